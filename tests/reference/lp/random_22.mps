NAME random_22
OBJSENSE
    MAX
ROWS
 N  obj
 L  r0
 G  r1
 G  r2
 G  r3
 L  r4
 G  r5
 L  r6
COLUMNS
    x0  obj  0.1
    x0  r0  -1.35
    x0  r3  1.82
    x1  obj  -0.91
    x1  r5  -0.23
    x1  r6  -2.58
    x2  obj  -3.34
    x2  r1  5.0
    x2  r4  -0.14
    x2  r5  5.81
    x3  obj  0.4
    x3  r6  0.12
    x4  obj  -0.78
    x4  r1  -4.0
    x4  r3  -1.33
    x4  r4  -2.01
    x5  obj  -2.92
    x5  r3  -1.09
    x5  r6  -0.07
    x6  obj  -0.79
    x6  r0  -3.32
    x6  r3  3.46
    x7  obj  1.23
    x7  r4  1.0
    x8  obj  -0.4
    x8  r1  -0.71
RHS
    rhs  obj  -1.19
    rhs  r0  -14.4
    rhs  r1  -12.25
    rhs  r2  -2.62
    rhs  r3  7.11
    rhs  r4  -5.14
    rhs  r5  5.19
    rhs  r6  -2.88
RANGES
    rng  r1  3.8000000000000007
    rng  r3  2.1000000000000005
    rng  r5  1.1199999999999992
BOUNDS
 FX bnd  x0  -1.1
 UP bnd  x1  4.0
 LO bnd  x2  -3.0300000000000002
 MI bnd  x3
 UP bnd  x3  1.0
 FX bnd  x4  3.34
 FX bnd  x7  -1.12
 FX bnd  x8  3.29
ENDATA
