NAME random_12
ROWS
 N  obj
 L  r0
 G  r1
 G  r2
 E  r3
 G  r4
 G  r5
 G  r6
 L  r7
 L  r8
 L  r9
 L  r10
 G  r11
COLUMNS
    x0  obj  -3.59
    x0  r8  -5.26
    x1  obj  -3.3
    x1  r1  2.3
    x1  r2  -0.52
    x1  r4  0.59
    x1  r5  -0.72
    x1  r8  -2.08
    x1  r9  2.02
    x2  obj  -1.66
    x2  r2  1.92
    x2  r7  -5.21
    x2  r9  -4.82
    x3  obj  0.38
    x3  r0  2.57
    x3  r4  0.17
    x4  obj  0.93
    x4  r1  1.53
    x4  r3  -5.55
    x4  r4  5.09
    x4  r11  1.27
    x5  obj  2.37
    x5  r1  -0.42
    x5  r3  -4.04
    x5  r5  -6.56
    x5  r10  -1.78
    x6  obj  0.12
    x6  r1  1.16
    x6  r2  -2.52
    x6  r3  -4.12
    x6  r6  -1.85
    x6  r9  1.03
    x6  r11  5.17
    x7  obj  -0.94
    x7  r2  -1.8
    x7  r4  8.22
    x7  r8  -0.74
    x8  obj  0.21
    x8  r0  -1.52
    x8  r1  -0.47
    x8  r5  -4.18
    x8  r11  3.75
    x9  obj  -1.95
    x9  r2  -4.26
    x9  r4  3.1
    x9  r6  1.42
    x9  r7  -1.14
    x9  r8  10.03
RHS
    rhs  obj  0.16
    rhs  r0  5.24
    rhs  r1  -0.88
    rhs  r2  -12.78
    rhs  r3  -0.06
    rhs  r4  -4.9
    rhs  r5  8.43
    rhs  r6  -4.73
    rhs  r7  -10.26
    rhs  r8  15.22
    rhs  r9  -3.31
    rhs  r10  2.01
    rhs  r11  8.1
RANGES
    rng  r2  6.619999999999999
    rng  r5  5.5
    rng  r11  3.0600000000000005
BOUNDS
 MI bnd  x0
 UP bnd  x0  3.65
 FX bnd  x1  -0.15
 MI bnd  x2
 UP bnd  x2  3.0
 LO bnd  x3  -1.0
 UP bnd  x3  3.0
 LO bnd  x4  -5.87
 LO bnd  x5  -2.0
 UP bnd  x5  2.0
 LO bnd  x6  -0.7599999999999998
 UP bnd  x6  5.0
 MI bnd  x7
 UP bnd  x7  2.0
 LO bnd  x8  -5.4
 UP bnd  x8  0.0
 UP bnd  x9  5.1
ENDATA
