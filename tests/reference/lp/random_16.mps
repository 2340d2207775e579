NAME random_16
ROWS
 N  obj
 L  r0
 L  r1
 L  r2
 L  r3
 E  r4
 E  r5
COLUMNS
    x0  obj  -1.78
    x0  r4  1.0
    x1  obj  -0.5
    x1  r5  1.0
    x2  obj  -1.69
    x2  r2  2.16
    x3  obj  1.47
    x3  r1  1.0
    x4  obj  -0.22
    x4  r4  1.01
    x5  obj  0.01
    x5  r1  -0.67
    x5  r2  -5.2
    x6  obj  0.41
    x6  r0  2.12
    x7  obj  2.36
    x7  r0  -2.86
    x8  obj  -1.58
    x8  r0  -2.33
    x8  r1  2.36
    x9  obj  -3.12
    x9  r4  1.0
    x10  obj  -2.76
    x10  r5  1.0
    x11  obj  -3.79
    x11  r1  -3.15
    x12  obj  -1.83
    x12  r0  -0.62
    x13  obj  1.27
    x13  r0  1.0
    x14  obj  0.97
    x14  r4  -3.77
    x15  obj  2.65
    x15  r3  1.9
    x16  obj  -2.86
    x16  r4  0.63
    x17  obj  2.11
    x17  r4  -1.49
    x18  obj  2.26
    x18  r4  1.0
    x19  obj  -0.66
    x19  r3  1.0
    x20  obj  0.33
    x20  r4  1.0
RHS
    rhs  obj  -9.67
    rhs  r0  -4.89
    rhs  r1  6.88
    rhs  r2  -0.63
    rhs  r3  11.65
    rhs  r4  14.98
    rhs  r5  3.68
BOUNDS
 LO bnd  x0  -3.0
 UP bnd  x0  1.0
 LO bnd  x1  -3.0
 UP bnd  x1  1.0
 LO bnd  x2  3.0
 UP bnd  x2  7.0
 LO bnd  x3  -1.0
 UP bnd  x3  3.0
 MI bnd  x4
 UP bnd  x4  4.0
 LO bnd  x5  -1.75
 UP bnd  x5  4.0
 LO bnd  x6  -1.75
 UP bnd  x6  4.0
 FX bnd  x7  3.61
 UP bnd  x8  4.0
 UP bnd  x9  5.18
 UP bnd  x10  8.99
 FX bnd  x11  -0.88
 FX bnd  x12  2.24
 FX bnd  x13  3.21
 FX bnd  x14  -1.05
 LO bnd  x15  -1.23
 MI bnd  x16
 UP bnd  x16  4.31
 LO bnd  x17  -3.0
 UP bnd  x17  1.0
 LO bnd  x19  3.0
 UP bnd  x19  7.0
 FX bnd  x20  1.25
ENDATA
