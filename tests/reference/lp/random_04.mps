NAME random_04
ROWS
 N  obj
 G  r0
 L  r1
 G  r2
 G  r3
 G  r4
 E  r5
 G  r6
 L  r7
COLUMNS
    x0  obj  0.37
    x0  r0  -0.82
    x0  r2  -0.95
    x0  r3  0.43
    x0  r4  -1.38
    x0  r5  -0.24
    x1  obj  -1.12
    x1  r0  3.04
    x1  r7  0.75
    x2  obj  -2.76
    x2  r2  -4.27
    x2  r5  -0.95
    x3  obj  -1.63
    x3  r6  -1.11
    x3  r7  0.04
    x4  obj  -0.21
    x4  r2  1.45
    x4  r3  -1.25
    x4  r6  -5.03
    x5  obj  -2.61
    x5  r0  4.47
    x5  r5  3.09
    x5  r6  -2.92
    x6  obj  -2.56
    x6  r0  1.56
    x6  r3  2.28
    x7  obj  1.61
    x7  r1  5.38
    x7  r3  0.57
    x7  r4  -3.77
    x7  r7  1.66
    x8  obj  1.54
    x8  r2  2.36
    x8  r3  -2.5
    x8  r5  1.33
    x8  r6  6.19
    x9  obj  0.83
    x9  r2  -6.16
    x10  obj  -1.62
    x10  r2  -5.24
    x10  r4  1.63
    x11  obj  2.56
    x11  r0  7.24
    x11  r1  -3.16
    x11  r3  -0.75
    x11  r5  -2.39
    x11  r7  -2.5
    x12  obj  -0.73
    x12  r2  -5.24
    x12  r5  0.65
    x13  obj  1.94
    x13  r0  -2.42
    x13  r2  3.74
    x13  r3  0.89
    x13  r4  -0.87
    x13  r5  -0.79
    x14  obj  -0.47
    x14  r0  0.18
    x14  r2  -6.91
    x15  obj  1.99
    x15  r2  0.69
    x15  r3  -4.28
    x15  r4  2.33
    x15  r7  -3.5
    x16  obj  -0.22
    x16  r0  3.17
    x16  r3  -3.52
    x16  r4  2.9
    x16  r6  -2.9
    x16  r7  4.77
    x17  obj  2.51
    x17  r1  -0.89
    x18  obj  0.63
    x18  r0  -2.89
    x18  r7  0.49
    x19  obj  -1.82
    x19  r0  -1.02
    x19  r5  -3.61
    x20  obj  0.83
    x20  r3  -1.2
    x20  r5  4.2
    x20  r6  0.19
    x21  obj  -1.38
    x21  r1  3.4
    x22  obj  1.17
    x22  r2  -4.54
    x22  r6  -1.15
    x22  r7  -0.71
    x23  obj  -1.1
    x23  r0  -0.99
    x23  r5  2.89
    x23  r7  0.36
    x24  obj  2.11
    x24  r0  5.14
    x24  r5  -3.58
    x24  r6  -2.08
    x25  obj  -0.12
    x25  r3  -2.55
    x25  r4  5.18
    x25  r5  -3.72
    x26  obj  -1.59
    x26  r0  -5.19
    x26  r1  5.7
    x26  r2  -0.43
    x26  r4  2.73
    x26  r7  4.48
    x27  obj  3.72
    x27  r1  0.56
    x27  r2  2.17
    x27  r3  2.31
    x27  r4  -4.98
    x27  r7  2.6
    x28  obj  -0.04
    x28  r1  -1.84
    x28  r2  1.22
    x28  r4  2.4
    x28  r6  -2.28
RHS
    rhs  obj  -2.96
    rhs  r0  -19.93
    rhs  r1  10.6
    rhs  r2  -72.89
    rhs  r3  -30.62
    rhs  r4  36.24
    rhs  r5  -1.53
    rhs  r6  -6.47
    rhs  r7  -5.68
RANGES
    rng  r2  1.1800000000000068
BOUNDS
 LO bnd  x0  -2.37
 MI bnd  x1
 UP bnd  x1  2.1
 MI bnd  x2
 UP bnd  x2  5.87
 FX bnd  x3  4.4
 MI bnd  x4
 UP bnd  x4  4.1
 FX bnd  x5  3.92
 MI bnd  x6
 UP bnd  x6  1.0
 LO bnd  x7  -3.7199999999999998
 UP bnd  x7  2.0
 LO bnd  x8  0.25
 UP bnd  x8  6.0
 LO bnd  x9  3.0
 UP bnd  x9  7.0
 UP bnd  x10  4.66
 LO bnd  x11  -3.0
 UP bnd  x11  1.0
 LO bnd  x12  2.0
 UP bnd  x12  6.0
 LO bnd  x14  1.0
 UP bnd  x14  5.0
 FX bnd  x15  2.5
 LO bnd  x16  -2.0
 UP bnd  x16  2.0
 LO bnd  x17  2.0
 UP bnd  x17  6.0
 UP bnd  x18  4.0
 MI bnd  x19
 UP bnd  x19  5.0
 LO bnd  x20  -3.05
 UP bnd  x20  2.0
 MI bnd  x21
 UP bnd  x21  4.0
 LO bnd  x22  -0.3999999999999999
 MI bnd  x23
 UP bnd  x23  3.0
 LO bnd  x24  -3.2800000000000002
 MI bnd  x25
 UP bnd  x25  7.74
 MI bnd  x26
 UP bnd  x26  3.0
 FX bnd  x27  -0.39
 MI bnd  x28
 UP bnd  x28  8.58
ENDATA
