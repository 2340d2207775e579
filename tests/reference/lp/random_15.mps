NAME random_15
ROWS
 N  obj
 L  r0
 G  r1
 L  r2
 E  r3
 E  r4
 G  r5
 L  r6
 L  r7
 E  r8
 E  r9
COLUMNS
    x0  obj  1.7
    x0  r7  2.02
    x0  r8  1.77
    x0  r9  -2.9
    x1  obj  -4.08
    x1  r6  -0.64
    x1  r8  -3.48
    x2  obj  -0.25
    x2  r1  3.07
    x2  r7  -3.51
    x2  r8  -3.34
    x2  r9  -5.3
    x3  obj  -0.59
    x3  r5  0.84
    x3  r9  0.99
    x4  obj  3.73
    x4  r0  -3.45
    x4  r2  -1.77
    x4  r3  2.45
    x4  r4  2.81
    x4  r6  3.59
    x5  obj  0.3
    x5  r2  -0.37
    x5  r3  -4.15
    x5  r9  -1.64
    x6  obj  -0.34
    x6  r5  -0.23
    x7  obj  1.87
    x7  r6  -4.36
    x8  obj  -1.76
    x8  r0  2.23
    x8  r1  -0.32
    x8  r8  -1.43
    x9  obj  2.81
    x9  r3  -1.74
    x9  r6  -1.02
    x10  obj  -0.48
    x10  r9  1.0
    x11  obj  2.98
    x11  r5  7.75
    x12  obj  0.43
    x12  r1  -3.46
    x12  r4  -1.41
    x12  r5  -1.16
    x13  obj  3.63
    x13  r2  -0.2
    x14  obj  1.76
    x14  r0  0.2
    x14  r1  0.85
    x14  r3  -0.75
    x14  r5  1.13
    x14  r7  0.11
    x14  r9  4.29
    x15  obj  1.04
    x15  r3  -1.56
    x15  r8  5.2
    x16  obj  -3.86
    x16  r0  1.74
    x16  r3  3.73
    x16  r6  0.31
    x16  r7  5.07
    x17  obj  -1.43
    x17  r2  1.06
    x17  r4  2.17
    x17  r7  6.12
    x17  r9  -1.05
    x18  obj  -1.82
    x18  r2  1.91
    x18  r3  0.86
    x18  r6  -1.46
    x18  r9  -3.97
    x19  obj  1.13
    x19  r2  1.0
    x20  obj  -1.33
    x20  r4  3.77
    x20  r5  -0.32
    x20  r7  1.9
    x21  obj  -0.71
    x21  r0  -0.81
    x21  r4  2.7
    x21  r9  1.6
    x22  obj  -1.8
    x22  r2  -0.94
    x22  r3  2.03
    x22  r4  1.05
    x22  r6  2.01
    x22  r9  -0.51
RHS
    rhs  obj  6.77
    rhs  r0  5.58
    rhs  r1  7.49
    rhs  r2  -0.28
    rhs  r3  24.2
    rhs  r4  25.01
    rhs  r5  -5.06
    rhs  r6  5.71
    rhs  r7  33.97
    rhs  r8  -13.1
    rhs  r9  6.32
BOUNDS
 LO bnd  x0  -2.74
 MI bnd  x1
 UP bnd  x1  7.52
 FX bnd  x2  0.76
 LO bnd  x3  -3.0
 UP bnd  x3  1.0
 MI bnd  x6
 UP bnd  x6  5.41
 LO bnd  x7  -2.6100000000000003
 UP bnd  x7  3.0
 UP bnd  x8  4.6
 LO bnd  x9  -5.7
 UP bnd  x9  0.0
 FX bnd  x10  1.72
 LO bnd  x11  -5.02
 UP bnd  x11  0.0
 LO bnd  x12  -4.89
 UP bnd  x12  1.0
 LO bnd  x14  2.0
 UP bnd  x14  6.0
 UP bnd  x16  7.96
 UP bnd  x17  5.21
 UP bnd  x18  4.53
 LO bnd  x19  -3.39
 UP bnd  x19  2.0
 FX bnd  x20  2.69
 MI bnd  x21
 UP bnd  x21  3.0
 MI bnd  x22
 UP bnd  x22  4.0
ENDATA
