NAME random_24
OBJSENSE
    MAX
ROWS
 N  obj
 E  r0
 L  r1
 L  r2
 G  r3
 G  r4
 L  r5
 L  r6
 E  r7
 L  r8
 G  r9
 L  r10
 G  r11
 L  r12
 L  r13
 L  r14
COLUMNS
    x0  obj  2.21
    x0  r0  2.1
    x0  r2  -1.25
    x0  r3  -1.93
    x0  r5  1.25
    x0  r6  2.44
    x0  r7  -2.02
    x0  r8  7.28
    x0  r9  -0.37
    x0  r10  1.99
    x0  r13  0.97
    x1  obj  -0.71
    x1  r1  2.09
    x1  r2  -0.88
    x1  r3  -3.03
    x1  r4  -1.15
    x1  r6  0.54
    x1  r8  -2.82
    x1  r9  0.03
    x1  r10  4.35
    x1  r11  -0.5
    x1  r12  1.73
    x1  r13  -2.83
    x1  r14  -0.5
    x2  obj  -0.35
    x2  r0  1.75
    x2  r1  -3.58
    x2  r6  1.57
    x2  r7  -3.29
    x2  r9  1.85
    x2  r12  -3.76
    x2  r13  -0.67
    x3  obj  2.57
    x3  r1  0.75
    x3  r4  -1.97
    x3  r5  1.38
    x3  r7  0.04
    x3  r9  -1.72
    x3  r10  0.18
    x3  r12  0.41
    x4  obj  -0.4
    x4  r1  2.63
    x4  r2  2.45
    x4  r3  0.84
    x4  r4  -2.81
    x4  r7  0.59
    x4  r8  -0.47
    x4  r9  -2.51
    x4  r11  6.15
    x4  r12  1.66
    x4  r13  2.68
    x4  r14  6.15
    x5  obj  1.01
    x5  r0  -1.37
    x5  r1  -3.13
    x5  r3  1.22
    x5  r4  3.73
    x5  r5  3.87
    x5  r6  -2.8
    x5  r7  0.78
    x5  r8  3.73
    x5  r9  -0.96
    x5  r10  -2.09
    x5  r11  -0.96
    x5  r14  -0.96
    x6  obj  -4.43
    x6  r0  -5.29
    x6  r1  -0.59
    x6  r2  -2.58
    x6  r3  1.56
    x6  r5  2.29
    x6  r10  -2.81
    x7  obj  -2.9
    x7  r2  -2.4
    x7  r5  -1.78
    x7  r7  -0.45
    x7  r8  1.44
    x7  r10  -0.17
    x7  r11  0.76
    x7  r13  -3.99
    x7  r14  0.76
    x8  obj  -1.49
    x8  r1  -0.93
    x8  r6  -1.98
    x8  r8  -3.38
    x8  r10  1.83
    x8  r11  -7.36
    x8  r12  1.56
    x8  r13  0.88
    x8  r14  -7.36
    x9  obj  1.19
    x9  r0  1.58
    x9  r1  -7.05
    x9  r2  1.14
    x9  r3  1.36
    x9  r7  -3.03
    x9  r10  0.94
    x9  r11  -0.01
    x9  r13  -1.64
    x9  r14  -0.01
    x10  obj  -2.67
    x10  r0  6.38
    x10  r5  1.52
    x10  r6  1.23
    x10  r7  -5.16
    x10  r8  5.1
    x10  r9  1.36
    x10  r11  6.35
    x10  r13  3.04
    x10  r14  6.35
    x11  obj  -3.61
    x11  r0  -0.46
    x11  r2  4.11
    x11  r3  1.3
    x11  r4  0.1
    x11  r5  0.29
    x11  r6  -0.72
    x11  r9  0.32
    x11  r11  -1.17
    x11  r12  -1.92
    x11  r13  -1.45
    x11  r14  -1.17
    x12  obj  1.59
    x12  r3  -0.86
    x12  r4  2.21
    x12  r8  0.19
    x12  r10  5.05
    x12  r12  -5.48
    x12  r13  -2.99
    x13  obj  0.82
    x13  r2  0.28
    x13  r4  -3.51
    x13  r5  0.89
    x13  r6  -4.48
    x13  r9  2.61
    x13  r11  -0.18
    x13  r12  0.27
    x13  r13  -5.32
    x13  r14  -0.18
    x14  obj  -0.36
    x14  r1  -1.82
    x14  r2  0.71
    x14  r3  -3.02
    x14  r7  4.38
    x14  r8  0.46
    x15  obj  -0.49
    x15  r0  4.94
    x15  r3  -0.68
    x15  r4  -1.2
    x15  r6  1.79
    x15  r7  0.8
    x15  r9  -3.46
    x15  r10  1.38
    x15  r11  4.47
    x15  r12  -1.8
    x15  r14  4.47
    x16  obj  2.05
    x16  r0  3.87
    x16  r4  -0.69
    x16  r5  -2.58
    x16  r6  0.1
    x16  r8  1.92
    x16  r9  -3.17
    x16  r11  -5.27
    x16  r12  1.3
    x16  r13  -0.61
    x16  r14  -5.27
    x17  obj  -1.09
    x17  r2  -0.85
    x17  r7  2.36
    x17  r8  -1.53
    x17  r9  0.84
    x17  r12  0.26
    x17  r13  2.33
    x18  obj  -0.23
    x18  r2  -0.32
    x18  r5  -1.39
    x18  r7  -3.24
    x18  r10  0.46
    x18  r12  -0.82
    x19  obj  -1.33
    x19  r0  0.13
    x19  r2  0.6
    x19  r4  5.44
    x19  r6  -1.81
    x19  r7  1.44
    x19  r11  -1.12
    x19  r12  -4.09
    x19  r13  -0.12
    x19  r14  -1.12
RHS
    rhs  obj  -6.12
    rhs  r0  55.55
    rhs  r1  -9.85
    rhs  r2  -7.14
    rhs  r3  -30.56
    rhs  r4  -42.73
    rhs  r5  1.73
    rhs  r6  0.1
    rhs  r7  -11.31
    rhs  r8  31.94
    rhs  r9  1.39
    rhs  r10  22.27
    rhs  r11  7.4
    rhs  r12  21.8
    rhs  r13  -25.34
    rhs  r14  2.4
RANGES
    rng  r3  3.7799999999999976
    rng  r9  1.5800000000000003
BOUNDS
 FX bnd  x0  1.91
 FX bnd  x3  3.85
 LO bnd  x4  -4.98
 LO bnd  x5  -1.0
 UP bnd  x5  3.0
 LO bnd  x6  -4.54
 UP bnd  x6  1.0
 FX bnd  x7  2.62
 FX bnd  x8  0.08
 MI bnd  x9
 UP bnd  x9  2.0
 FX bnd  x10  4.03
 LO bnd  x12  -3.0
 UP bnd  x12  1.0
 UP bnd  x13  8.4
 LO bnd  x14  3.0
 UP bnd  x14  7.0
 UP bnd  x15  4.0
 LO bnd  x16  2.0
 UP bnd  x16  6.0
 LO bnd  x18  -1.67
 UP bnd  x18  4.0
 LO bnd  x19  -5.98
ENDATA
