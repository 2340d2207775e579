NAME random_19
ROWS
 N  obj
 L  r0
 G  r1
 G  r2
 L  r3
 L  r4
 L  r5
 L  r6
 L  r7
 L  r8
 G  r9
 E  r10
 G  r11
 G  r12
 L  r13
COLUMNS
    x0  obj  0.19
    x0  r3  5.35
    x0  r4  2.28
    x0  r5  -0.81
    x0  r6  0.29
    x0  r9  1.89
    x0  r10  -2.0
    x0  r11  5.86
    x0  r12  -3.17
    x1  obj  -3.14
    x1  r0  -1.15
    x1  r2  2.63
    x1  r3  4.49
    x1  r6  4.91
    x1  r9  6.77
    x1  r11  -0.83
    x1  r13  -2.13
    x2  obj  0.81
    x2  r1  -3.27
    x2  r3  0.58
    x2  r4  3.82
    x2  r5  1.71
    x2  r7  10.3
    x2  r9  -0.1
    x2  r13  -1.53
    x3  obj  -3.71
    x3  r1  -1.64
    x3  r10  -4.37
    x4  obj  -0.47
    x4  r2  0.51
    x4  r4  -4.85
    x4  r7  -2.92
    x4  r9  5.15
    x5  obj  0.13
    x5  r3  -1.44
    x5  r6  -0.34
    x5  r7  3.21
    x5  r8  0.54
    x5  r10  -0.7
    x5  r13  3.67
    x6  obj  0.86
    x6  r0  -1.94
    x6  r2  -0.11
    x6  r4  2.57
    x6  r5  -0.05
    x6  r10  -2.12
    x7  obj  -1.46
    x7  r2  1.96
    x7  r4  -2.27
    x7  r5  -4.36
    x7  r6  -4.02
    x7  r7  -4.31
    x7  r12  0.4
    x8  obj  -1.82
    x8  r0  0.66
    x8  r2  -2.51
    x8  r3  0.85
    x8  r4  -3.77
    x8  r5  2.8
    x8  r10  -1.86
    x8  r11  -4.64
    x9  obj  -0.67
    x9  r0  -5.9
    x9  r1  0.38
    x9  r2  -2.23
    x9  r6  3.5
    x9  r7  3.69
    x9  r8  -1.34
    x9  r10  -0.17
    x9  r13  0.85
    x10  obj  2.0
    x10  r0  -0.71
    x10  r1  -6.42
    x10  r4  -4.92
    x10  r5  3.24
    x10  r6  1.04
    x10  r10  -0.02
    x10  r12  -1.81
    x11  obj  5.32
    x11  r0  -1.8
    x11  r1  -0.48
    x11  r4  0.24
    x11  r6  -0.54
    x11  r7  3.15
    x11  r12  -2.52
    x12  obj  -1.37
    x12  r2  3.94
    x12  r3  -0.53
    x12  r6  -1.97
    x12  r9  2.05
    x12  r11  0.01
    x13  obj  -0.21
    x13  r3  4.24
    x13  r4  -3.26
    x13  r11  0.37
    x14  obj  -1.09
    x14  r0  3.6
    x14  r1  -0.37
    x14  r6  -2.95
    x14  r7  -3.91
    x14  r9  4.51
    x14  r12  -6.28
    x14  r13  7.54
RHS
    rhs  obj  -2.93
    rhs  r0  -22.28
    rhs  r1  1.23
    rhs  r2  -22.67
    rhs  r3  23.15
    rhs  r4  24.94
    rhs  r5  3.68
    rhs  r6  15.6
    rhs  r7  30.24
    rhs  r8  -3.15
    rhs  r9  13.79
    rhs  r10  -22.81
    rhs  r11  4.38
    rhs  r12  -27.26
    rhs  r13  25.38
RANGES
    rng  r1  6.720000000000001
    rng  r2  2.520000000000003
    rng  r9  6.82
    rng  r12  5.460000000000001
BOUNDS
 FX bnd  x0  3.87
 MI bnd  x1
 UP bnd  x1  2.0
 UP bnd  x2  4.0
 MI bnd  x3
 UP bnd  x3  1.0
 MI bnd  x4
 UP bnd  x4  1.0
 FX bnd  x5  1.49
 UP bnd  x7  4.5600000000000005
 LO bnd  x8  2.0
 UP bnd  x8  6.0
 UP bnd  x9  8.64
 FX bnd  x10  -1.31
 LO bnd  x11  -3.91
 FX bnd  x12  -1.54
 MI bnd  x13
 UP bnd  x13  1.0
 MI bnd  x14
 UP bnd  x14  4.0
ENDATA
