NAME random_01
ROWS
 N  obj
 L  r0
 L  r1
 L  r2
 L  r3
 G  r4
 G  r5
 E  r6
 L  r7
 L  r8
 L  r9
 G  r10
 G  r11
 L  r12
 E  r13
 L  r14
 G  r15
 E  r16
COLUMNS
    x0  obj  -1.76
    x0  r2  0.49
    x0  r3  -1.23
    x0  r7  -1.22
    x0  r16  1.64
    x1  obj  -3.77
    x1  r0  -1.03
    x1  r2  4.13
    x1  r10  -0.13
    x1  r12  10.08
    x1  r15  4.19
    x2  obj  0.24
    x2  r0  3.06
    x2  r7  -0.75
    x2  r9  1.19
    x2  r12  -4.81
    x3  obj  -2.47
    x3  r3  -0.22
    x3  r4  -0.83
    x3  r6  2.01
    x3  r14  -3.28
    x4  obj  2.26
    x4  r2  1.48
    x4  r6  4.5
    x5  obj  -2.11
    x5  r2  1.58
    x5  r16  4.73
    x6  obj  1.47
    x6  r13  -3.2
    x7  obj  -4.24
    x7  r6  -2.83
    x7  r9  0.26
    x7  r12  -1.06
    x8  obj  -1.57
    x8  r2  -2.33
    x8  r3  1.2
    x8  r4  -2.16
    x8  r9  3.95
    x8  r10  -2.67
    x8  r12  -0.21
    x8  r13  -1.32
    x9  obj  0.23
    x9  r10  -3.49
    x9  r16  -2.87
    x10  obj  2.89
    x10  r1  -1.34
    x10  r10  -5.09
    x10  r11  -0.54
    x10  r14  4.57
    x10  r15  -1.13
    x11  obj  1.04
    x11  r3  1.85
    x11  r11  0.66
    x11  r13  1.86
    x11  r16  0.02
    x12  obj  -0.46
    x12  r3  -1.24
    x12  r4  5.69
    x12  r5  -2.11
    x12  r10  -4.54
    x12  r11  0.52
    x12  r16  -1.39
    x13  obj  1.91
    x13  r1  -1.17
    x13  r6  1.96
    x13  r7  -2.84
    x13  r10  -3.87
    x13  r11  -0.33
    x13  r14  -1.75
    x13  r16  0.19
    x14  obj  1.67
    x14  r1  -3.85
    x14  r2  -2.75
    x14  r7  -1.75
    x14  r12  -7.29
    x15  obj  0.26
    x15  r2  -0.87
    x15  r8  2.09
    x15  r9  -1.36
    x15  r13  -6.25
RHS
    rhs  obj  -1.89
    rhs  r0  1.33
    rhs  r1  -25.43
    rhs  r2  -17.37
    rhs  r3  4.15
    rhs  r4  13.43
    rhs  r5  -10.22
    rhs  r6  7.84
    rhs  r7  -17.0
    rhs  r8  12.08
    rhs  r9  16.66
    rhs  r10  -81.17
    rhs  r11  -0.67
    rhs  r12  -28.94
    rhs  r13  -31.96
    rhs  r14  12.3
    rhs  r15  -2.32
    rhs  r16  -10.26
RANGES
    rng  r4  2.200000000000001
    rng  r5  2.500000000000001
    rng  r11  5.82
    rng  r15  2.4
BOUNDS
 MI bnd  x0
 UP bnd  x0  5.0
 MI bnd  x1
 UP bnd  x1  4.86
 LO bnd  x2  -1.0
 UP bnd  x2  3.0
 MI bnd  x3
 UP bnd  x3  5.46
 LO bnd  x4  -1.62
 MI bnd  x5
 UP bnd  x5  1.0
 FX bnd  x6  1.64
 MI bnd  x7
 UP bnd  x7  5.0
 LO bnd  x8  3.0
 UP bnd  x8  7.0
 LO bnd  x11  3.0
 UP bnd  x11  7.0
 UP bnd  x12  8.49
 LO bnd  x13  -1.5299999999999998
 UP bnd  x13  4.0
 LO bnd  x14  3.0
 UP bnd  x14  7.0
 FX bnd  x15  4.49
ENDATA
