NAME random_05
ROWS
 N  obj
 G  r0
 L  r1
 G  r2
 G  r3
 G  r4
 L  r5
 L  r6
 L  r7
 L  r8
 E  r9
 L  r10
 G  r11
 E  r12
 L  r13
 E  r14
COLUMNS
    x0  obj  -2.34
    x0  r1  1.05
    x0  r3  2.05
    x0  r8  2.37
    x0  r12  -0.89
    x0  r14  3.87
    x1  obj  -3.44
    x1  r8  1.4
    x2  obj  -0.92
    x2  r0  2.06
    x2  r4  3.38
    x2  r7  2.13
    x2  r9  -1.81
    x2  r11  2.94
    x2  r13  2.45
    x3  obj  5.15
    x3  r3  -5.01
    x3  r9  -0.49
    x3  r10  -4.48
    x4  obj  -2.03
    x4  r1  3.4
    x4  r7  3.29
    x4  r8  -2.69
    x4  r13  -4.58
    x4  r14  -5.32
    x5  obj  0.05
    x5  r1  -4.03
    x5  r3  0.06
    x5  r5  -3.7
    x5  r12  -0.4
    x6  obj  1.07
    x6  r0  -6.8
    x6  r1  -1.89
    x6  r3  -5.44
    x6  r7  -0.46
    x6  r12  -0.19
    x6  r13  -0.31
    x7  obj  3.07
    x7  r0  -0.32
    x7  r1  -4.5
    x7  r3  6.45
    x8  obj  -0.41
    x8  r0  -3.71
    x8  r2  -1.31
    x8  r4  -0.65
    x8  r11  5.64
    x9  obj  3.33
    x9  r1  -5.83
    x9  r8  -3.92
    x9  r11  2.26
    x10  obj  3.84
    x10  r6  -1.69
    x10  r14  -9.2
    x11  obj  2.78
    x11  r0  -2.1
    x11  r10  -1.24
    x12  obj  -2.93
    x12  r0  3.7
    x12  r3  1.21
    x12  r6  1.4
    x12  r7  1.32
    x12  r11  3.71
    x13  obj  -1.14
    x13  r2  0.2
    x13  r6  -4.19
    x13  r10  -0.56
RHS
    rhs  obj  -6.82
    rhs  r0  -38.43
    rhs  r1  -17.97
    rhs  r2  -7.69
    rhs  r3  -6.97
    rhs  r4  5.83
    rhs  r5  -2.3
    rhs  r6  -5.51
    rhs  r7  10.07
    rhs  r8  -3.79
    rhs  r9  -4.12
    rhs  r10  8.11
    rhs  r11  35.22
    rhs  r12  -4.9
    rhs  r13  -0.57
    rhs  r14  -24.77
RANGES
    rng  r0  1.1199999999999974
    rng  r11  2.6799999999999997
BOUNDS
 MI bnd  x0
 UP bnd  x0  6.0
 MI bnd  x1
 UP bnd  x1  0.0
 LO bnd  x2  1.0
 UP bnd  x2  5.0
 LO bnd  x3  -5.87
 UP bnd  x4  5.46
 UP bnd  x5  4.0
 LO bnd  x6  0.4299999999999997
 UP bnd  x6  6.0
 LO bnd  x7  -3.91
 MI bnd  x8
 UP bnd  x8  5.0
 FX bnd  x9  2.45
 FX bnd  x10  3.56
 LO bnd  x11  -3.19
 LO bnd  x12  -1.0
 UP bnd  x12  3.0
 MI bnd  x13
 UP bnd  x13  2.0
ENDATA
