NAME random_28
ROWS
 N  obj
 L  r0
 G  r1
 G  r2
 L  r3
 G  r4
 G  r5
 E  r6
 L  r7
COLUMNS
    x0  obj  2.74
    x0  r0  0.04
    x0  r1  2.34
    x0  r4  -5.82
    x0  r5  2.51
    x0  r6  0.29
    x1  obj  0.36
    x1  r0  -4.74
    x1  r1  -1.59
    x1  r2  2.44
    x1  r4  3.66
    x1  r5  0.09
    x2  obj  0.48
    x2  r0  3.25
    x2  r2  2.14
    x2  r4  -1.4
    x2  r6  2.14
    x3  obj  1.36
    x3  r0  2.41
    x3  r1  3.34
    x3  r2  -4.6
    x3  r3  -1.65
    x3  r6  0.42
    x4  obj  0.43
    x4  r0  2.05
    x4  r2  1.2
    x4  r3  -1.02
    x5  obj  1.5
    x6  obj  0.68
    x6  r1  -2.61
    x6  r2  -1.92
    x6  r5  0.83
    x6  r6  1.69
    x7  obj  -4.58
    x7  r0  -1.06
    x7  r1  3.54
    x7  r2  -2.43
    x7  r5  2.56
RHS
    rhs  obj  -9.7
    rhs  r0  -29.14
    rhs  r1  -15.81
    rhs  r2  11.14
    rhs  r3  2.06
    rhs  r4  26.76
    rhs  r5  3.41
    rhs  r6  0.39
    rhs  r7  23.95
RANGES
    rng  r1  6.0
    rng  r4  2.4399999999999977
    rng  r5  5.58
BOUNDS
 MI bnd  x0
 UP bnd  x0  0.0
 LO bnd  x2  -3.0
 UP bnd  x2  1.0
 MI bnd  x3
 UP bnd  x3  0.0
 FR bnd  x5
 FX bnd  x7  3.18
ENDATA
