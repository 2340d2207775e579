NAME random_00
ROWS
 N  obj
 E  r0
 L  r1
 L  r2
 L  r3
 E  r4
 L  r5
 E  r6
 E  r7
 G  r8
 L  r9
 G  r10
COLUMNS
    x0  obj  0.89
    x0  r1  3.24
    x0  r4  -3.75
    x0  r5  -1.2
    x0  r7  -3.06
    x0  r9  3.19
    x0  r10  -0.65
    x1  obj  0.04
    x1  r2  0.86
    x1  r3  0.15
    x1  r4  3.54
    x1  r6  -2.1
    x1  r7  4.16
    x1  r8  -2.46
    x1  r10  -0.08
    x2  obj  -2.69
    x2  r0  3.47
    x2  r5  -2.72
    x2  r6  -2.47
    x2  r9  -2.11
    x2  r10  2.38
    x3  obj  -0.78
    x3  r0  3.24
    x3  r3  -3.77
    x3  r5  4.84
    x3  r6  0.11
    x3  r9  1.78
    x4  obj  1.36
    x4  r1  2.84
    x4  r2  0.44
    x4  r3  0.58
    x4  r4  -4.24
    x4  r6  1.02
    x4  r7  0.59
    x5  obj  -0.37
    x5  r3  2.93
    x5  r6  2.63
    x5  r9  3.7
    x5  r10  3.45
    x6  obj  0.24
    x6  r1  0.61
    x6  r4  2.78
    x6  r7  4.38
    x6  r8  -3.29
    x6  r10  1.16
    x7  obj  2.29
    x7  r2  3.71
    x7  r3  -2.1
    x7  r4  -0.57
    x7  r9  -4.84
    x7  r10  -3.29
RHS
    rhs  obj  -3.17
    rhs  r0  0.97
    rhs  r1  7.89
    rhs  r2  8.17
    rhs  r3  4.81
    rhs  r4  -14.89
    rhs  r5  7.11
    rhs  r6  9.07
    rhs  r7  3.78
    rhs  r8  0.76
    rhs  r9  1.6
    rhs  r10  -1.25
BOUNDS
 FX bnd  x0  -1.24
 LO bnd  x1  -3.7199999999999998
 MI bnd  x2
 UP bnd  x2  3.58
 UP bnd  x3  4.75
 UP bnd  x5  5.63
 LO bnd  x6  -4.83
 LO bnd  x7  -3.05
ENDATA
