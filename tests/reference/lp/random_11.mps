NAME random_11
ROWS
 N  obj
 L  r0
 L  r1
 E  r2
 E  r3
 L  r4
 G  r5
 L  r6
 L  r7
COLUMNS
    x0  obj  0.4
    x0  r3  0.85
    x0  r4  2.57
    x0  r6  -2.64
    x0  r7  0.48
    x1  obj  0.05
    x1  r0  2.12
    x2  obj  1.59
    x2  r0  3.02
    x3  obj  2.03
    x3  r1  -0.08
    x4  obj  -0.9
    x4  r0  -0.25
    x4  r2  0.21
    x4  r4  -5.35
    x4  r5  0.36
    x4  r6  -1.13
    x5  obj  -2.44
    x5  r4  1.19
    x5  r5  0.72
    x5  r6  -2.18
    x5  r7  -2.3
    x6  obj  2.03
    x6  r2  1.95
    x6  r3  -2.56
    x6  r4  5.88
    x6  r5  -3.65
    x6  r6  -4.3
    x7  obj  0.15
    x7  r0  -3.04
    x7  r2  -2.0
    x7  r3  4.55
    x7  r6  -2.38
    x7  r7  -3.31
    x8  obj  1.56
    x8  r4  3.08
    x8  r5  -4.09
    x8  r6  1.86
    x8  r7  5.36
    x9  obj  -3.35
    x9  r2  5.96
    x9  r3  0.7
    x9  r6  -2.58
    x10  obj  2.02
    x10  r0  -4.0
    x10  r5  -3.81
    x10  r6  -1.38
    x10  r7  3.64
RHS
    rhs  obj  -9.87
    rhs  r0  -11.97
    rhs  r1  0.5
    rhs  r2  -2.7
    rhs  r3  3.68
    rhs  r4  -10.05
    rhs  r5  -7.06
    rhs  r6  -13.12
    rhs  r7  -2.0
RANGES
    rng  r5  1.5599999999999996
BOUNDS
 LO bnd  x0  -3.0
 UP bnd  x0  1.0
 FX bnd  x1  1.99
 LO bnd  x3  -4.49
 UP bnd  x3  1.0
 MI bnd  x4
 UP bnd  x4  5.58
 MI bnd  x5
 UP bnd  x5  8.49
 LO bnd  x6  -4.39
 UP bnd  x6  1.0
 LO bnd  x7  -1.0
 UP bnd  x7  3.0
 LO bnd  x8  -4.9399999999999995
 UP bnd  x8  1.0
 FX bnd  x9  -0.1
 LO bnd  x10  3.0
 UP bnd  x10  7.0
ENDATA
