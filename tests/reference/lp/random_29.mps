NAME random_29
ROWS
 N  obj
 L  r0
 L  r1
 G  r2
 G  r3
 G  r4
 G  r5
 E  r6
 E  r7
 G  r8
COLUMNS
    x0  obj  2.82
    x0  r2  0.98
    x0  r4  -0.86
    x0  r5  -1.76
    x1  obj  1.4
    x1  r5  -5.12
    x2  obj  0.76
    x2  r0  1.0
    x3  obj  3.53
    x3  r1  -1.59
    x4  obj  -1.89
    x4  r4  1.12
    x4  r5  -6.93
    x5  obj  0.43
    x5  r1  1.0
    x6  obj  1.5
    x7  obj  2.97
    x7  r0  1.0
    x8  obj  -1.41
    x8  r0  -2.61
    x8  r1  1.83
    x8  r6  0.65
    x8  r7  0.61
    x9  obj  -0.46
    x9  r4  1.36
    x9  r5  0.52
    x9  r8  1.16
    x10  obj  -0.49
    x10  r1  1.6
    x11  obj  1.32
    x11  r0  1.05
    x11  r2  3.01
RHS
    rhs  obj  9.25
    rhs  r0  -4.85
    rhs  r1  8.53
    rhs  r2  14.76
    rhs  r3  -1.38
    rhs  r4  1.06
    rhs  r5  -35.18
    rhs  r6  2.57
    rhs  r7  2.41
    rhs  r8  -1.74
RANGES
    rng  r3  3.76
BOUNDS
 LO bnd  x0  2.0
 UP bnd  x0  6.0
 LO bnd  x1  -2.0
 UP bnd  x1  2.0
 LO bnd  x3  2.0
 UP bnd  x3  6.0
 MI bnd  x4
 UP bnd  x4  6.0
 FX bnd  x5  -0.64
 FR bnd  x6
 LO bnd  x7  -3.0
 UP bnd  x7  1.0
 FX bnd  x9  0.8
 FR bnd  x10
 FR bnd  x11
ENDATA
