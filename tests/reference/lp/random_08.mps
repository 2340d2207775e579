NAME random_08
OBJSENSE
    MAX
ROWS
 N  obj
 E  r0
 G  r1
 L  r2
 G  r3
 L  r4
 L  r5
 G  r6
 E  r7
 G  r8
 L  r9
COLUMNS
    x0  obj  0.55
    x0  r1  -8.16
    x0  r3  -2.58
    x0  r5  3.17
    x0  r7  -2.93
    x0  r9  -4.18
    x1  obj  -1.24
    x1  r1  0.34
    x1  r2  -1.48
    x1  r3  4.03
    x1  r4  1.34
    x1  r5  -0.46
    x1  r7  0.39
    x2  obj  -1.99
    x2  r0  -0.26
    x2  r8  1.7
    x3  obj  0.05
    x3  r0  2.31
    x3  r3  -2.06
    x3  r6  2.26
    x3  r7  -0.33
    x3  r8  -1.73
    x3  r9  -4.74
    x4  obj  -2.58
    x4  r5  -2.9
    x4  r7  1.55
    x5  obj  -0.57
    x5  r1  -1.71
    x5  r3  -4.48
    x5  r5  3.47
    x5  r6  0.1
    x5  r7  -3.61
    x5  r8  3.06
    x6  obj  -2.46
    x6  r0  4.17
    x6  r5  -2.66
    x7  obj  -0.25
    x7  r0  2.08
    x7  r2  -3.43
    x7  r5  4.0
    x7  r6  -1.03
    x7  r7  -5.18
    x7  r8  4.97
    x8  obj  5.14
    x8  r0  -5.81
    x8  r5  3.61
    x9  obj  0.49
    x9  r5  -4.36
    x9  r8  -1.18
    x9  r9  -1.97
    x10  obj  -2.08
    x10  r0  -1.13
    x10  r2  -0.01
    x10  r3  1.56
    x10  r4  -3.66
    x10  r6  -0.45
    x10  r7  1.99
    x11  obj  -1.2
    x11  r0  -0.48
    x11  r3  -0.14
    x11  r4  8.95
    x11  r9  0.43
    x12  obj  -2.1
    x12  r3  -4.62
    x12  r4  -2.16
    x12  r5  1.51
    x12  r7  3.19
    x12  r8  -1.04
    x12  r9  4.42
    x13  obj  0.35
    x13  r1  -1.8
    x13  r2  -4.75
    x13  r3  -3.45
    x13  r4  -7.7
    x13  r6  0.14
    x13  r7  0.27
    x13  r9  -1.48
RHS
    rhs  obj  0.08
    rhs  r0  11.36
    rhs  r1  -45.08
    rhs  r2  -29.98
    rhs  r3  -33.43
    rhs  r4  -3.98
    rhs  r5  -18.03
    rhs  r6  3.51
    rhs  r7  4.84
    rhs  r8  -9.5
    rhs  r9  -22.96
RANGES
    rng  r6  4.0
BOUNDS
 MI bnd  x0
 UP bnd  x0  8.59
 LO bnd  x2  -2.27
 UP bnd  x2  3.0
 FX bnd  x3  1.64
 LO bnd  x4  3.0
 UP bnd  x4  7.0
 LO bnd  x6  -2.42
 FX bnd  x8  -0.24
 LO bnd  x9  3.0
 UP bnd  x9  7.0
 LO bnd  x10  -3.0
 UP bnd  x10  1.0
 LO bnd  x11  -0.69
 LO bnd  x13  3.0
 UP bnd  x13  7.0
ENDATA
