NAME random_18
ROWS
 N  obj
 L  r0
 L  r1
 E  r2
 L  r3
 E  r4
COLUMNS
    x0  obj  -1.29
    x0  r1  2.0
    x0  r3  -3.32
    x1  obj  -1.44
    x1  r0  -0.57
    x1  r1  1.58
    x1  r3  0.66
    x1  r4  4.44
    x2  obj  1.2
    x2  r0  -4.54
    x2  r3  -2.76
    x3  obj  -0.03
    x3  r4  -2.37
    x4  obj  3.1
    x4  r0  6.01
    x4  r2  0.4
    x4  r3  5.13
    x4  r4  1.53
    x5  obj  1.73
    x5  r0  2.25
    x5  r3  -5.24
    x5  r4  3.19
    x6  obj  0.71
    x6  r1  2.45
    x6  r3  4.11
    x7  obj  -2.62
    x7  r0  -2.06
    x7  r4  -2.58
    x8  obj  1.89
    x8  r1  1.0
    x9  obj  -4.35
    x9  r4  2.02
    x10  obj  3.12
    x10  r1  1.77
    x11  obj  -2.35
    x11  r3  -0.13
    x11  r4  -1.28
    x12  obj  3.39
    x12  r3  1.0
    x13  obj  1.38
    x13  r0  1.0
    x14  obj  0.24
    x14  r3  -9.31
    x15  obj  -5.49
    x15  r4  0.82
    x16  obj  -3.7
    x16  r1  -2.32
    x17  obj  0.72
    x17  r0  -1.53
    x17  r1  -2.98
    x17  r3  5.3
    x17  r4  -0.54
RHS
    rhs  obj  -1.8
    rhs  r0  6.58
    rhs  r1  24.81
    rhs  r2  0.49
    rhs  r3  -59.88
    rhs  r4  3.56
BOUNDS
 MI bnd  x0
 UP bnd  x0  5.0
 MI bnd  x1
 UP bnd  x1  3.51
 LO bnd  x2  -1.71
 UP bnd  x2  4.0
 UP bnd  x3  7.1899999999999995
 FX bnd  x4  1.22
 LO bnd  x5  2.0
 UP bnd  x5  6.0
 LO bnd  x6  -1.02
 MI bnd  x7
 UP bnd  x7  5.16
 LO bnd  x8  -0.31000000000000005
 UP bnd  x8  5.0
 MI bnd  x9
 UP bnd  x9  3.0
 LO bnd  x10  -5.08
 FX bnd  x11  3.48
 LO bnd  x14  2.0
 UP bnd  x14  6.0
 LO bnd  x15  3.0
 UP bnd  x15  7.0
 LO bnd  x16  -3.0
 UP bnd  x16  1.0
 LO bnd  x17  -5.55
 UP bnd  x17  0.0
ENDATA
