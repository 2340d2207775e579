NAME random_10
ROWS
 N  obj
 E  r0
 E  r1
 G  r2
 E  r3
 L  r4
 E  r5
 G  r6
 G  r7
 L  r8
 E  r9
 G  r10
 E  r11
 G  r12
 G  r13
 L  r14
COLUMNS
    x0  obj  -0.73
    x0  r2  0.97
    x0  r3  2.87
    x0  r5  1.6
    x0  r8  0.81
    x0  r9  1.87
    x1  obj  1.2
    x1  r1  1.65
    x1  r2  -2.24
    x1  r5  1.56
    x1  r8  0.31
    x2  obj  0.41
    x2  r0  5.14
    x2  r6  4.29
    x2  r7  -0.29
    x2  r9  0.74
    x2  r11  0.09
    x2  r12  2.26
    x3  obj  -1.08
    x3  r1  1.43
    x3  r4  0.15
    x3  r5  0.47
    x3  r8  8.22
    x3  r9  -2.07
    x3  r10  3.14
    x3  r11  3.83
    x3  r12  1.83
    x3  r14  1.12
    x4  obj  2.01
    x4  r1  -2.26
    x4  r2  -5.26
    x4  r4  -3.06
    x4  r9  -4.39
    x4  r10  -3.62
    x4  r11  -3.33
    x4  r13  0.91
    x4  r14  -0.92
    x5  obj  -2.52
    x5  r0  -4.21
    x5  r2  -1.32
    x5  r4  0.03
    x5  r6  -1.76
    x5  r10  0.74
RHS
    rhs  obj  5.26
    rhs  r0  18.31
    rhs  r1  7.86
    rhs  r2  -20.49
    rhs  r3  13.75
    rhs  r4  -4.92
    rhs  r5  16.33
    rhs  r6  15.32
    rhs  r7  -1.46
    rhs  r8  35.23
    rhs  r9  -3.4
    rhs  r10  3.17
    rhs  r11  7.04
    rhs  r12  15.01
    rhs  r13  1.41
    rhs  r14  2.35
RANGES
    rng  r6  6.780000000000001
    rng  r10  4.38
    rng  r13  1.84
BOUNDS
 MI bnd  x0
 UP bnd  x0  8.79
 LO bnd  x2  3.0
 UP bnd  x2  7.0
 MI bnd  x3
 UP bnd  x3  7.470000000000001
 LO bnd  x4  1.0
 UP bnd  x4  5.0
 FX bnd  x5  1.67
ENDATA
