NAME random_03
ROWS
 N  obj
 L  r0
 G  r1
 G  r2
 L  r3
 L  r4
 G  r5
 L  r6
COLUMNS
    x0  obj  -2.37
    x0  r0  4.14
    x0  r2  -2.27
    x0  r4  0.68
    x0  r5  4.43
    x1  obj  -0.72
    x1  r3  8.56
    x1  r5  -2.05
    x1  r6  0.47
    x2  obj  0.31
    x2  r0  2.42
    x2  r1  2.6
    x2  r2  -3.36
    x2  r5  -7.33
    x3  obj  -4.74
    x3  r1  -2.24
    x3  r4  3.9
    x4  obj  0.36
    x4  r4  0.5
    x4  r5  0.81
    x5  obj  -0.46
    x5  r2  -3.4
    x5  r3  7.87
    x6  obj  1.45
    x6  r2  0.89
    x6  r4  -1.68
    x6  r6  -1.24
    x7  obj  1.96
    x7  r0  2.71
    x7  r1  2.53
    x7  r2  4.49
    x8  obj  3.71
    x8  r0  2.89
    x8  r1  -0.5
    x8  r2  -2.01
    x8  r3  0.65
    x8  r4  0.24
    x8  r5  -5.09
    x8  r6  -3.95
    x9  obj  -0.4
    x9  r0  -2.65
    x9  r1  -2.88
    x9  r2  -0.55
    x9  r3  -0.96
    x9  r6  -2.64
    x10  obj  -0.47
    x10  r0  5.98
    x10  r1  -2.73
    x10  r2  -1.85
    x10  r4  0.58
    x11  obj  -2.23
    x11  r0  -8.87
    x11  r2  -5.81
    x11  r4  2.14
    x11  r5  1.12
    x12  obj  3.94
    x12  r0  -0.27
    x12  r4  -4.48
    x12  r5  -2.3
    x12  r6  -1.39
    x13  obj  2.42
    x13  r3  0.06
    x13  r6  -5.11
    x14  obj  0.2
    x14  r2  0.15
    x14  r3  -5.9
    x14  r4  -7.04
    x14  r5  -0.45
    x15  obj  -1.54
    x15  r1  -1.29
    x15  r2  3.98
    x15  r3  -1.98
    x16  obj  -0.85
    x16  r0  4.18
    x16  r1  5.05
    x16  r2  -3.66
    x16  r6  2.23
    x17  obj  -1.85
    x17  r0  -5.81
    x17  r1  3.89
    x17  r2  2.71
    x18  obj  -2.18
    x18  r0  4.12
    x18  r3  -1.75
    x18  r6  1.23
RHS
    rhs  obj  8.38
    rhs  r0  -42.27
    rhs  r1  2.44
    rhs  r2  -45.85
    rhs  r3  -4.03
    rhs  r4  -27.11
    rhs  r5  -21.76
    rhs  r6  -23.02
RANGES
    rng  r2  2.219999999999999
    rng  r5  3.620000000000001
BOUNDS
 UP bnd  x0  4.42
 MI bnd  x1
 UP bnd  x1  4.0
 UP bnd  x2  4.0
 LO bnd  x3  2.0
 UP bnd  x3  6.0
 LO bnd  x4  -5.77
 LO bnd  x5  -2.0
 UP bnd  x5  2.0
 LO bnd  x7  -5.46
 UP bnd  x7  0.0
 FX bnd  x8  -0.57
 FX bnd  x9  0.34
 MI bnd  x10
 UP bnd  x10  4.0
 LO bnd  x11  3.0
 UP bnd  x11  7.0
 FX bnd  x12  4.65
 LO bnd  x13  0.3899999999999997
 UP bnd  x13  6.0
 LO bnd  x14  3.0
 UP bnd  x14  7.0
 FX bnd  x15  -1.98
 MI bnd  x16
 UP bnd  x16  3.0
 FX bnd  x17  2.28
 FX bnd  x18  -0.54
ENDATA
