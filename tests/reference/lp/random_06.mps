NAME random_06
ROWS
 N  obj
 L  r0
 E  r1
 E  r2
 L  r3
 L  r4
 L  r5
 L  r6
 L  r7
COLUMNS
    x0  obj  -1.65
    x0  r2  -1.38
    x0  r3  -1.14
    x0  r5  0.13
    x1  obj  0.17
    x1  r1  2.51
    x1  r3  -4.27
    x1  r5  -1.03
    x1  r6  -3.45
    x1  r7  8.51
    x2  obj  0.4
    x2  r1  -1.68
    x2  r2  2.96
    x2  r3  -2.04
    x2  r4  5.17
    x2  r5  0.79
    x2  r6  -3.17
    x3  obj  1.33
    x3  r1  -1.8
    x3  r3  1.65
    x3  r5  -2.69
    x3  r6  2.08
    x3  r7  -4.26
    x4  obj  -0.54
    x4  r1  0.34
    x4  r2  -4.86
    x4  r3  -0.42
    x5  obj  2.12
    x5  r0  2.52
    x5  r1  7.52
    x5  r2  -4.25
    x5  r5  -0.4
    x5  r6  3.62
    x6  obj  -1.09
    x6  r0  3.73
    x6  r5  2.39
    x6  r6  -1.76
    x7  obj  -1.13
    x7  r0  1.92
    x7  r1  -3.52
    x7  r2  3.22
    x7  r4  -5.12
    x7  r5  -1.3
    x7  r7  1.43
    x8  obj  -0.5
    x8  r2  0.21
    x8  r6  2.41
    x9  obj  -1.65
    x9  r1  2.24
    x9  r3  0.24
    x9  r5  -2.55
    x10  obj  1.22
    x10  r1  1.06
    x10  r3  2.89
    x10  r4  1.03
    x10  r5  1.78
    x11  obj  -1.87
    x11  r0  1.18
    x11  r2  -1.28
    x11  r3  1.18
    x11  r6  0.25
    x12  obj  2.39
    x12  r1  -1.31
    x12  r2  2.58
    x12  r3  6.28
    x12  r4  1.23
    x12  r6  -1.64
    x13  obj  0.43
    x13  r1  -0.12
    x13  r6  -8.99
    x13  r7  -1.55
    x14  obj  -0.64
    x14  r0  -3.63
    x14  r1  -5.25
    x14  r6  -1.44
    x15  obj  -1.78
    x15  r0  -3.45
    x15  r6  -2.15
    x15  r7  0.5
    x16  obj  -6.32
    x16  r0  -0.51
    x16  r1  -3.71
    x16  r3  -6.1
    x16  r4  -3.11
    x16  r6  -1.72
    x16  r7  -2.88
    x17  obj  -1.49
    x17  r0  -0.57
    x17  r3  1.6
    x17  r4  -1.75
    x17  r6  -0.58
    x18  obj  -0.02
    x18  r0  1.01
    x18  r4  -1.75
    x18  r6  -2.27
    x19  obj  1.8
    x19  r0  0.88
RHS
    rhs  obj  -1.8
    rhs  r0  -6.53
    rhs  r1  -26.51
    rhs  r2  17.49
    rhs  r3  15.3
    rhs  r4  1.77
    rhs  r5  -7.0
    rhs  r6  -36.79
    rhs  r7  -12.37
BOUNDS
 LO bnd  x0  -3.0
 UP bnd  x0  1.0
 LO bnd  x1  -3.0
 UP bnd  x1  1.0
 FX bnd  x2  4.65
 FX bnd  x4  1.53
 MI bnd  x6
 UP bnd  x6  2.98
 MI bnd  x7
 UP bnd  x7  7.84
 MI bnd  x8
 UP bnd  x8  6.0
 FX bnd  x9  4.51
 LO bnd  x10  0.7999999999999998
 UP bnd  x10  6.0
 FX bnd  x11  2.57
 LO bnd  x12  -3.59
 UP bnd  x12  2.0
 LO bnd  x13  2.0
 UP bnd  x13  6.0
 LO bnd  x14  1.0
 UP bnd  x14  5.0
 FX bnd  x15  2.19
 MI bnd  x16
 UP bnd  x16  5.11
 FX bnd  x17  1.39
 UP bnd  x18  5.41
 UP bnd  x19  4.0
ENDATA
