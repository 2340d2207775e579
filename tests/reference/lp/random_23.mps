NAME random_23
ROWS
 N  obj
 L  r0
 L  r1
 L  r2
 L  r3
 E  r4
 L  r5
 G  r6
 G  r7
 E  r8
 L  r9
 G  r10
 G  r11
 L  r12
 G  r13
 G  r14
 L  r15
COLUMNS
    x0  obj  -3.68
    x0  r1  -3.46
    x0  r2  2.98
    x0  r4  -2.18
    x0  r8  3.93
    x0  r9  -2.22
    x0  r10  3.94
    x0  r11  0.14
    x0  r12  2.58
    x0  r13  -5.44
    x0  r14  -1.06
    x0  r15  -3.65
    x1  obj  -5.16
    x1  r5  2.33
    x1  r6  -0.7
    x1  r7  2.11
    x1  r8  -1.36
    x1  r10  2.48
    x1  r14  2.22
    x2  obj  0.61
    x2  r1  0.24
    x2  r3  4.48
    x2  r7  -0.65
    x2  r10  -3.45
    x2  r11  0.5
    x2  r12  -2.73
    x2  r15  -2.96
    x3  obj  1.61
    x3  r1  -0.08
    x3  r3  -0.83
    x3  r7  2.87
    x3  r8  0.1
    x3  r10  -5.22
    x3  r13  4.06
    x3  r14  0.59
    x4  obj  0.59
    x4  r0  -0.68
    x4  r6  0.7
    x4  r7  1.64
    x4  r8  -0.83
    x4  r12  -6.16
    x4  r13  -2.04
    x4  r14  -0.35
    x5  obj  -1.23
    x5  r2  1.67
    x5  r6  -7.9
    x5  r9  1.25
    x5  r11  -0.25
    x5  r15  0.62
    x6  obj  1.32
    x6  r0  6.93
    x6  r1  4.27
    x6  r4  3.74
    x6  r5  1.11
    x6  r6  -2.56
    x6  r9  1.59
    x6  r10  -0.07
    x6  r13  1.42
    x7  obj  1.84
    x7  r2  1.54
    x7  r7  0.11
    x8  obj  -1.03
    x8  r0  -0.88
    x8  r4  -0.64
    x8  r7  1.49
    x8  r9  1.23
    x8  r15  4.38
    x9  obj  -1.05
    x9  r0  -0.19
    x9  r2  4.8
    x9  r3  -4.79
    x9  r4  3.96
    x9  r5  2.25
    x9  r8  -0.57
    x9  r9  1.74
    x9  r11  -2.74
    x9  r15  -1.36
    x10  obj  -2.62
    x10  r0  -2.06
    x10  r4  3.04
    x10  r12  -1.1
    x10  r14  1.39
    x10  r15  -5.45
    x11  obj  3.47
    x11  r0  -2.41
    x11  r1  3.51
    x11  r2  1.53
    x11  r4  2.5
    x11  r7  2.81
    x11  r8  6.75
    x11  r10  -5.05
    x11  r12  0.2
    x11  r13  -3.75
    x12  obj  -1.22
    x12  r1  -3.14
    x12  r2  1.73
    x12  r4  0.57
    x12  r6  5.6
    x12  r7  -3.5
    x12  r8  -5.37
    x12  r12  -0.51
    x12  r15  -3.73
RHS
    rhs  obj  6.94
    rhs  r0  -17.28
    rhs  r1  -8.01
    rhs  r2  32.55
    rhs  r3  -3.65
    rhs  r4  3.04
    rhs  r5  12.85
    rhs  r6  -9.75
    rhs  r7  18.45
    rhs  r8  12.17
    rhs  r9  2.34
    rhs  r10  7.41
    rhs  r11  -6.49
    rhs  r12  -19.59
    rhs  r13  -33.43
    rhs  r14  1.48
    rhs  r15  -3.62
RANGES
    rng  r6  3.16
    rng  r7  5.220000000000002
    rng  r10  1.6799999999999997
    rng  r11  1.3200000000000003
    rng  r14  5.720000000000001
BOUNDS
 UP bnd  x0  6.75
 UP bnd  x1  7.29
 FX bnd  x2  1.47
 FX bnd  x3  -0.27
 FX bnd  x4  3.66
 UP bnd  x5  5.54
 LO bnd  x6  -3.0
 UP bnd  x6  1.0
 LO bnd  x8  2.0
 UP bnd  x8  6.0
 UP bnd  x9  6.58
 LO bnd  x10  -1.0
 UP bnd  x10  3.0
 LO bnd  x12  -2.0
 UP bnd  x12  2.0
ENDATA
