NAME random_02
ROWS
 N  obj
 E  r0
 E  r1
 E  r2
 G  r3
 G  r4
 L  r5
 G  r6
 L  r7
 G  r8
 G  r9
 G  r10
 E  r11
 E  r12
 L  r13
 E  r14
 G  r15
COLUMNS
    x0  obj  2.57
    x0  r3  -3.16
    x0  r5  -2.2
    x0  r6  2.75
    x0  r7  -3.52
    x0  r13  4.36
    x0  r14  -0.45
    x0  r15  2.52
    x1  obj  2.32
    x1  r4  -2.09
    x1  r7  5.3
    x1  r13  -3.37
    x1  r14  -1.83
    x2  obj  1.92
    x2  r5  0.16
    x2  r13  -0.29
    x2  r14  -1.4
    x2  r15  0.2
    x3  obj  0.39
    x3  r2  -2.72
    x3  r7  -0.16
    x3  r11  4.48
    x3  r14  -0.96
    x4  obj  -1.64
    x4  r0  -2.2
    x4  r4  -2.35
    x4  r9  -1.79
    x4  r12  4.27
    x4  r13  -0.31
    x5  obj  3.52
    x5  r8  -2.31
    x5  r14  -0.9
    x5  r15  3.3
    x6  obj  -0.15
    x6  r0  -3.18
    x6  r1  -0.16
    x6  r4  -3.97
    x6  r5  0.66
    x7  obj  -1.9
    x7  r6  -4.4
    x7  r11  -2.14
    x7  r13  -2.97
    x7  r15  -2.24
    x8  obj  0.22
    x8  r1  -1.16
    x8  r10  -1.12
    x8  r13  -4.29
    x8  r14  1.52
    x9  obj  -1.12
    x9  r6  1.0
    x10  obj  0.83
    x10  r0  0.58
    x10  r1  -1.17
    x10  r2  4.23
    x10  r4  -1.22
    x10  r10  -0.49
    x10  r15  0.83
    x11  obj  -3.15
    x11  r4  -4.24
    x11  r5  5.26
    x11  r10  2.86
    x11  r12  2.79
    x12  obj  0.32
    x12  r13  -1.07
    x13  obj  2.45
    x13  r1  -1.5
    x13  r4  3.17
    x13  r5  -0.16
    x13  r7  0.53
    x13  r8  1.99
    x13  r11  -3.88
    x13  r15  0.82
    x14  obj  1.43
    x14  r1  -1.37
    x14  r9  -1.45
    x15  obj  -2.92
    x15  r2  -4.3
    x15  r14  4.57
    x16  obj  -1.65
    x16  r1  -2.54
    x16  r14  -0.19
    x17  obj  1.9
    x17  r8  -6.76
    x17  r12  0.33
    x17  r14  2.62
    x18  obj  -3.8
    x18  r6  -1.57
    x18  r9  4.73
    x18  r10  -2.69
    x18  r11  2.24
    x18  r15  -1.35
    x19  obj  -2.85
    x19  r4  3.54
    x19  r12  -0.76
    x20  obj  -3.46
    x20  r5  -2.18
    x20  r9  1.52
    x20  r12  0.15
    x20  r14  -0.94
    x20  r15  0.3
    x21  obj  -3.7
    x21  r0  0.59
RHS
    rhs  obj  1.23
    rhs  r0  -0.15
    rhs  r1  -21.2
    rhs  r2  -15.62
    rhs  r3  -6.1
    rhs  r4  -1.25
    rhs  r5  6.74
    rhs  r6  -4.08
    rhs  r7  -2.61
    rhs  r8  -15.54
    rhs  r9  -4.35
    rhs  r10  -0.91
    rhs  r11  -1.55
    rhs  r12  11.52
    rhs  r13  -4.76
    rhs  r14  14.72
    rhs  r15  6.93
RANGES
    rng  r3  1.3199999999999994
    rng  r9  5.52
    rng  r15  6.120000000000001
BOUNDS
 LO bnd  x1  -3.51
 LO bnd  x2  -4.9399999999999995
 LO bnd  x3  -2.0300000000000002
 UP bnd  x3  3.0
 UP bnd  x4  4.0
 LO bnd  x6  -2.0
 UP bnd  x6  2.0
 UP bnd  x7  5.79
 UP bnd  x9  6.71
 FX bnd  x11  2.11
 LO bnd  x12  -3.36
 LO bnd  x13  -1.4700000000000002
 LO bnd  x14  0.9000000000000004
 UP bnd  x14  6.0
 LO bnd  x15  1.0
 UP bnd  x15  5.0
 LO bnd  x16  2.0
 UP bnd  x16  6.0
 LO bnd  x17  1.0
 UP bnd  x17  5.0
 UP bnd  x18  5.46
 UP bnd  x19  4.85
 FX bnd  x20  0.29
 FX bnd  x21  1.62
ENDATA
