NAME random_07
ROWS
 N  obj
 G  r0
 L  r1
 L  r2
 L  r3
 G  r4
COLUMNS
    x0  obj  0.93
    x0  r4  1.0
    x1  obj  2.81
    x1  r2  -1.59
    x1  r4  -6.07
    x2  obj  -0.97
    x2  r3  -3.44
    x3  obj  1.42
    x3  r3  -2.5
    x4  obj  0.47
    x4  r1  1.22
    x5  obj  -1.94
    x5  r1  2.36
    x5  r4  1.74
    x6  obj  -2.83
    x6  r1  2.36
    x7  obj  1.33
    x7  r4  1.0
    x8  obj  3.11
    x8  r1  -0.9
    x8  r4  1.08
    x9  obj  -1.4
    x9  r0  0.5
    x9  r2  -5.59
    x10  obj  -0.62
    x10  r0  -3.18
    x11  obj  0.99
    x11  r1  -5.78
    x12  obj  -1.49
    x12  r1  -2.93
    x12  r2  1.92
    x12  r4  -2.83
    x13  obj  0.9
    x13  r2  1.03
RHS
    rhs  obj  -6.62
    rhs  r0  -5.5
    rhs  r1  -27.16
    rhs  r2  3.42
    rhs  r3  2.2
    rhs  r4  -14.2
RANGES
    rng  r0  6.02
    rng  r4  5.0
BOUNDS
 LO bnd  x0  -5.12
 LO bnd  x1  -1.94
 UP bnd  x2  4.98
 LO bnd  x3  -5.9399999999999995
 LO bnd  x4  3.0
 UP bnd  x4  7.0
 LO bnd  x5  -1.0
 UP bnd  x5  3.0
 UP bnd  x6  4.0
 LO bnd  x8  0.4900000000000002
 LO bnd  x9  -1.0
 UP bnd  x9  3.0
 MI bnd  x10
 UP bnd  x10  3.0
 LO bnd  x11  3.0
 UP bnd  x11  7.0
 LO bnd  x12  1.0
 UP bnd  x12  5.0
ENDATA
