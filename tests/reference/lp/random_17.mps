NAME random_17
ROWS
 N  obj
 G  r0
 L  r1
 G  r2
 E  r3
 E  r4
 L  r5
COLUMNS
    x0  obj  -1.1
    x0  r0  1.51
    x0  r1  -2.02
    x0  r2  4.34
    x0  r3  -3.77
    x0  r5  -0.59
    x1  obj  2.13
    x1  r2  1.0
    x2  obj  -0.51
    x2  r2  -1.36
    x2  r3  1.35
    x2  r4  2.63
    x3  obj  -0.13
    x3  r1  -1.53
    x3  r2  -0.95
    x3  r3  -0.05
    x3  r4  -5.05
    x4  obj  -0.6
    x4  r1  -0.07
    x4  r3  -2.71
    x5  obj  1.17
    x5  r0  -2.66
    x5  r5  3.44
    x6  obj  0.21
    x6  r1  6.09
    x6  r5  4.56
    x7  obj  -1.03
    x7  r1  -0.63
    x7  r2  -0.41
    x7  r4  2.94
    x8  obj  -1.84
    x8  r1  -5.1
    x9  obj  1.76
    x9  r1  1.0
    x10  obj  -0.06
    x10  r0  -3.47
    x10  r2  0.31
    x10  r3  6.48
    x11  obj  -0.8
    x11  r0  -2.55
    x11  r1  -5.62
    x11  r4  3.24
    x12  obj  1.37
    x12  r1  -2.2
    x12  r5  -1.67
    x13  obj  -1.38
    x13  r2  0.2
    x13  r4  1.19
    x14  obj  -2.3
    x14  r0  -1.95
    x14  r2  -0.94
    x14  r5  1.35
    x15  obj  -2.29
    x15  r4  1.0
    x16  obj  -0.09
    x16  r2  6.43
    x16  r3  -5.26
    x16  r5  -3.45
RHS
    rhs  obj  7.69
    rhs  r0  -8.88
    rhs  r1  -22.89
    rhs  r2  39.04
    rhs  r3  -17.59
    rhs  r4  19.88
    rhs  r5  -12.17
RANGES
    rng  r2  3.8400000000000034
BOUNDS
 UP bnd  x0  7.42
 LO bnd  x1  -1.44
 MI bnd  x2
 UP bnd  x2  5.0
 UP bnd  x3  5.23
 LO bnd  x4  -2.0
 UP bnd  x4  2.0
 LO bnd  x5  -5.35
 UP bnd  x5  0.0
 UP bnd  x6  4.0
 MI bnd  x7
 UP bnd  x7  6.640000000000001
 MI bnd  x8
 UP bnd  x8  7.55
 FX bnd  x9  3.28
 UP bnd  x10  6.2
 MI bnd  x11
 UP bnd  x11  5.24
 MI bnd  x13
 UP bnd  x13  4.0
 UP bnd  x14  7.38
 FX bnd  x15  2.29
 FX bnd  x16  4.92
ENDATA
