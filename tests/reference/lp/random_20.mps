NAME random_20
ROWS
 N  obj
 L  r0
 L  r1
 E  r2
 G  r3
 L  r4
 L  r5
 E  r6
 G  r7
 G  r8
 L  r9
 E  r10
 L  r11
 L  r12
 G  r13
 L  r14
COLUMNS
    x0  obj  0.56
    x0  r0  -1.48
    x0  r1  -0.64
    x0  r2  -0.12
    x0  r3  -3.52
    x0  r5  3.21
    x0  r7  -4.22
    x0  r8  -0.81
    x0  r12  -5.0
    x0  r14  -0.54
    x1  obj  -1.8
    x1  r0  -2.76
    x1  r1  1.76
    x1  r2  -0.56
    x1  r3  -3.33
    x1  r4  -1.79
    x1  r5  3.59
    x1  r11  1.94
    x1  r13  -0.29
    x2  obj  2.6
    x2  r1  6.82
    x2  r2  -2.81
    x2  r3  -1.82
    x2  r4  -4.1
    x2  r8  3.69
    x2  r12  -3.51
    x3  obj  -1.93
    x3  r0  3.03
    x3  r1  -1.52
    x3  r4  -2.97
    x3  r6  -4.45
    x3  r7  -0.58
    x3  r12  3.98
    x4  obj  -1.69
    x4  r1  -0.19
    x4  r5  -4.38
    x4  r6  7.13
    x4  r7  -1.91
    x4  r11  3.47
    x4  r14  2.68
    x5  obj  3.49
    x5  r1  -1.35
    x5  r2  -0.38
    x5  r5  -4.13
    x5  r6  -1.79
    x5  r7  -5.68
    x5  r9  5.37
    x5  r10  -4.25
    x5  r14  0.92
    x6  obj  1.61
    x6  r0  6.02
    x6  r1  -3.55
    x6  r3  -2.32
    x6  r4  3.76
    x6  r5  0.55
    x6  r7  -6.97
    x6  r11  -2.12
    x6  r14  -0.43
    x7  obj  0.87
    x7  r2  6.64
    x7  r4  -2.52
    x7  r5  -1.68
    x7  r7  -1.79
    x7  r8  -0.8
    x7  r14  2.99
    x8  obj  1.64
    x8  r1  4.45
    x8  r2  2.57
    x8  r3  -2.79
    x8  r4  0.33
    x8  r5  -3.55
    x8  r6  1.09
    x8  r7  -0.11
    x8  r8  1.04
    x8  r10  -2.75
    x8  r11  -3.35
    x8  r14  0.97
    x9  obj  -3.54
    x9  r1  -3.51
    x9  r2  -0.36
    x9  r3  1.14
    x9  r5  0.93
    x9  r6  0.42
    x9  r7  0.14
    x9  r10  -1.86
    x9  r13  0.6
    x10  obj  -0.15
    x10  r1  -5.32
    x10  r3  -0.42
    x10  r4  1.77
    x10  r7  -2.23
    x10  r9  -1.77
    x10  r11  4.92
    x10  r12  -1.94
    x11  obj  3.25
    x11  r1  -0.06
    x11  r2  -3.4
    x11  r3  3.93
    x11  r4  0.45
    x11  r5  1.77
    x11  r6  6.34
    x11  r7  0.63
    x11  r8  2.9
    x11  r10  1.24
    x11  r12  4.84
    x11  r14  0.16
    x12  obj  -2.81
    x12  r0  -1.02
    x12  r9  2.03
    x12  r10  1.11
    x12  r11  2.23
    x12  r12  -1.54
RHS
    rhs  obj  6.13
    rhs  r0  9.38
    rhs  r1  19.28
    rhs  r2  -26.83
    rhs  r3  -7.93
    rhs  r4  -15.54
    rhs  r5  -12.29
    rhs  r6  43.32
    rhs  r7  -38.8
    rhs  r8  31.78
    rhs  r9  19.27
    rhs  r10  -11.05
    rhs  r11  22.52
    rhs  r12  10.75
    rhs  r13  -0.36
    rhs  r14  14.36
RANGES
    rng  r3  3.6399999999999997
    rng  r7  1.7199999999999989
    rng  r8  3.1999999999999957
BOUNDS
 LO bnd  x0  -4.48
 FX bnd  x1  2.88
 UP bnd  x3  4.0
 MI bnd  x4
 UP bnd  x4  7.42
 LO bnd  x8  -2.26
 UP bnd  x8  3.0
 FX bnd  x9  0.94
 UP bnd  x10  5.63
 MI bnd  x12
 UP bnd  x12  6.529999999999999
ENDATA
