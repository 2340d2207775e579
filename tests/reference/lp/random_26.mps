NAME random_26
OBJSENSE
    MAX
ROWS
 N  obj
 L  r0
 L  r1
 G  r2
 G  r3
 G  r4
 L  r5
 E  r6
 E  r7
 G  r8
 G  r9
 L  r10
 G  r11
 L  r12
 L  r13
 L  r14
 L  r15
COLUMNS
    x0  obj  -0.96
    x0  r12  2.23
    x0  r14  1.24
    x1  obj  -0.51
    x1  r4  -1.38
    x1  r5  3.47
    x1  r10  -2.79
    x1  r11  2.85
    x1  r13  -1.6
    x1  r14  0.6
    x1  r15  -1.38
    x2  obj  -2.4
    x2  r7  -0.1
    x2  r11  -0.42
    x2  r12  2.32
    x3  obj  -1.16
    x3  r1  4.12
    x3  r2  -1.13
    x3  r10  -3.23
    x4  obj  -0.14
    x4  r8  1.27
    x5  obj  -2.62
    x5  r0  -3.57
    x5  r6  -0.56
    x5  r12  3.62
    x6  obj  0.84
    x6  r0  3.72
    x6  r5  -1.45
    x6  r10  -2.04
    x6  r13  -3.29
    x7  obj  1.93
    x7  r5  -2.57
    x7  r11  2.17
RHS
    rhs  obj  -0.57
    rhs  r0  -11.7
    rhs  r1  11.3
    rhs  r2  -4.16
    rhs  r3  -0.83
    rhs  r4  -0.04
    rhs  r5  8.94
    rhs  r6  -2.35
    rhs  r7  -0.29
    rhs  r8  0.46
    rhs  r9  -2.04
    rhs  r10  -15.25
    rhs  r11  9.45
    rhs  r12  25.98
    rhs  r13  -5.49
    rhs  r14  5.44
    rhs  r15  -5.04
RANGES
    rng  r8  6.64
    rng  r11  1.3600000000000012
BOUNDS
 LO bnd  x1  1.0
 UP bnd  x1  5.0
 LO bnd  x2  -1.06
 UP bnd  x2  4.0
 LO bnd  x3  -1.62
 UP bnd  x3  4.0
 FX bnd  x4  2.58
 FX bnd  x6  0.51
 UP bnd  x7  5.16
ENDATA
