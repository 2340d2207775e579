NAME random_21
OBJSENSE
    MAX
ROWS
 N  obj
 L  r0
 G  r1
 L  r2
 G  r3
 G  r4
 G  r5
 G  r6
 G  r7
 E  r8
 E  r9
COLUMNS
    x0  obj  -3.56
    x0  r5  -6.12
    x0  r7  -3.97
    x0  r8  4.12
    x0  r9  -0.5
    x1  obj  0.79
    x1  r0  4.06
    x1  r1  1.86
    x1  r2  6.55
    x1  r3  1.32
    x1  r5  6.27
    x2  obj  3.54
    x2  r0  -0.47
    x2  r9  -0.49
    x3  obj  -3.49
    x3  r1  -0.78
    x3  r6  -0.32
    x4  obj  -1.71
    x4  r2  0.89
    x4  r5  1.37
    x4  r6  2.79
    x5  obj  -5.11
    x5  r3  2.83
    x5  r7  -2.06
    x5  r8  -5.39
    x6  obj  0.75
    x6  r0  -0.06
    x6  r3  5.39
    x6  r5  1.04
    x6  r9  -7.2
    x7  obj  -2.18
    x7  r2  -0.95
    x7  r4  -8.03
    x7  r6  2.71
    x8  obj  -0.28
    x8  r3  -0.95
    x8  r6  2.1
    x8  r8  -3.22
    x8  r9  5.47
    x9  obj  -1.35
    x9  r5  0.13
    x9  r8  0.41
    x9  r9  1.73
    x10  obj  3.86
    x10  r0  1.03
    x10  r8  -2.46
    x11  obj  0.08
    x11  r3  0.02
    x11  r7  -5.61
    x12  obj  2.29
    x12  r0  -3.93
    x12  r4  2.87
    x12  r7  1.66
    x13  obj  0.4
    x13  r2  -3.19
    x13  r9  -1.65
    x14  obj  -1.4
    x14  r6  1.42
    x15  obj  1.22
    x15  r2  1.63
    x15  r5  -0.72
    x15  r6  -1.87
    x15  r7  -1.04
    x15  r9  -4.76
    x16  obj  0.54
    x16  r1  7.23
    x16  r3  -1.54
    x16  r5  -0.39
    x17  obj  1.31
    x17  r2  2.39
    x17  r6  -3.04
    x18  obj  -0.83
    x18  r4  0.87
    x18  r9  -7.09
    x19  obj  -1.78
    x19  r3  -4.4
    x19  r4  -2.53
    x19  r8  3.7
    x19  r9  -3.63
    x20  obj  2.92
    x20  r0  -0.31
    x20  r1  3.13
    x20  r4  0.42
    x20  r5  -5.43
    x20  r6  0.23
    x20  r8  1.54
    x21  obj  -3.26
    x21  r1  -1.63
    x21  r3  2.21
    x21  r4  -1.64
    x22  obj  2.31
    x22  r3  -1.39
    x22  r4  0.41
    x22  r8  -1.65
    x23  obj  -0.75
    x23  r8  -1.69
    x24  obj  0.22
    x24  r0  -0.38
    x24  r5  -1.36
    x25  obj  -0.22
    x25  r1  1.88
    x25  r2  -1.43
    x25  r5  3.66
    x25  r9  -7.87
RHS
    rhs  obj  1.37
    rhs  r0  -7.23
    rhs  r1  27.39
    rhs  r2  19.82
    rhs  r3  -21.76
    rhs  r4  -4.11
    rhs  r5  -49.95
    rhs  r6  -8.23
    rhs  r7  -29.77
    rhs  r8  -12.77
    rhs  r9  -0.83
RANGES
    rng  r4  4.54
    rng  r5  4.0
    rng  r7  4.84
BOUNDS
 MI bnd  x1
 UP bnd  x1  2.0
 FX bnd  x2  0.63
 UP bnd  x4  4.0
 LO bnd  x5  -1.6600000000000001
 MI bnd  x6
 UP bnd  x6  0.0
 LO bnd  x7  -3.0
 LO bnd  x8  0.13999999999999968
 LO bnd  x9  -2.1
 UP bnd  x9  3.0
 UP bnd  x10  5.61
 UP bnd  x11  5.59
 MI bnd  x12
 UP bnd  x12  6.640000000000001
 UP bnd  x13  5.46
 LO bnd  x14  -2.0
 UP bnd  x14  2.0
 MI bnd  x15
 UP bnd  x15  6.0
 LO bnd  x16  2.0
 UP bnd  x16  6.0
 MI bnd  x17
 UP bnd  x17  6.0
 LO bnd  x18  -1.27
 UP bnd  x18  4.0
 MI bnd  x20
 UP bnd  x20  7.71
 LO bnd  x21  -2.67
 UP bnd  x21  3.0
 UP bnd  x22  6.35
 LO bnd  x23  -0.04999999999999982
 LO bnd  x24  -3.0
 UP bnd  x24  1.0
 LO bnd  x25  -5.67
ENDATA
