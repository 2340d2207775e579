NAME random_13
ROWS
 N  obj
 E  r0
 G  r1
 E  r2
 G  r3
 G  r4
 L  r5
 G  r6
 G  r7
COLUMNS
    x0  obj  -0.05
    x0  r3  -0.08
    x0  r5  -4.84
    x0  r6  -4.76
    x0  r7  2.79
    x1  obj  -3.57
    x1  r1  -0.83
    x1  r2  -0.6
    x1  r4  2.48
    x1  r7  0.54
    x2  obj  3.06
    x2  r0  1.07
    x2  r3  1.88
    x2  r4  0.15
    x2  r5  -3.52
    x3  obj  -3.5
    x3  r1  -0.6
    x3  r3  -0.7
    x3  r4  0.97
    x3  r7  1.39
    x4  obj  2.69
    x4  r0  2.65
    x4  r2  2.49
    x4  r4  0.6
    x4  r6  -1.25
    x5  obj  2.3
    x5  r1  5.83
    x5  r3  1.79
    x5  r4  -1.27
    x5  r5  -3.21
    x6  obj  2.79
    x6  r4  4.21
    x6  r5  1.47
    x7  obj  -1.95
    x7  r0  2.42
    x7  r1  5.44
    x7  r2  1.04
    x7  r3  -4.37
    x7  r4  1.99
    x7  r6  0.29
    x7  r7  5.62
    x8  obj  -1.75
    x8  r2  2.35
    x8  r3  4.13
    x8  r5  -0.47
    x9  obj  5.41
    x9  r4  -3.53
    x9  r5  -0.79
    x9  r6  1.01
    x9  r7  -0.71
    x10  obj  -5.83
    x10  r2  4.9
    x10  r4  0.05
    x10  r5  -2.63
    x10  r6  -9.08
    x10  r7  -3.58
    x11  obj  -1.97
    x11  r2  1.39
    x11  r4  -0.48
    x12  obj  -0.69
    x12  r1  2.41
    x12  r2  -4.54
    x12  r7  2.88
    x13  obj  -0.8
    x13  r0  4.57
    x13  r4  0.61
    x13  r7  0.63
    x14  obj  -0.81
    x14  r0  -1.84
    x15  obj  -2.05
    x15  r4  -1.28
    x15  r5  0.51
    x15  r6  -0.37
    x15  r7  -0.33
    x16  obj  3.24
    x16  r2  2.86
    x16  r4  2.32
    x16  r6  -0.47
    x17  obj  1.81
    x17  r0  -10.49
    x17  r4  -3.65
    x17  r7  2.77
    x18  obj  -1.03
    x18  r0  -0.12
    x18  r4  -4.89
    x18  r6  2.07
    x18  r7  -3.82
    x19  obj  0.93
    x19  r0  4.62
    x19  r1  2.29
    x19  r2  -0.41
    x19  r3  4.93
    x19  r5  -1.62
    x20  obj  1.95
    x20  r5  1.16
    x20  r6  -4.44
RHS
    rhs  obj  5.55
    rhs  r0  -1.97
    rhs  r1  -7.31
    rhs  r2  26.58
    rhs  r3  14.11
    rhs  r4  -24.98
    rhs  r5  -1.55
    rhs  r6  -44.97
    rhs  r7  -14.26
RANGES
    rng  r1  6.8
    rng  r3  5.16
BOUNDS
 UP bnd  x0  5.12
 UP bnd  x1  4.31
 LO bnd  x2  -5.8
 FX bnd  x3  0.79
 LO bnd  x5  -3.0
 UP bnd  x5  1.0
 FX bnd  x6  -1.77
 MI bnd  x7
 UP bnd  x7  3.63
 MI bnd  x8
 UP bnd  x8  7.35
 LO bnd  x9  -4.95
 LO bnd  x10  1.0
 UP bnd  x10  5.0
 MI bnd  x11
 UP bnd  x11  6.92
 FX bnd  x12  2.06
 MI bnd  x13
 UP bnd  x13  4.0
 UP bnd  x14  8.629999999999999
 UP bnd  x15  5.05
 LO bnd  x16  -1.87
 MI bnd  x18
 UP bnd  x18  8.66
 LO bnd  x19  -2.3899999999999997
 UP bnd  x19  3.0
 LO bnd  x20  -0.43999999999999995
ENDATA
