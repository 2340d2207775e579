NAME random_25
OBJSENSE
    MAX
ROWS
 N  obj
 L  r0
 L  r1
 L  r2
 G  r3
 G  r4
 E  r5
 E  r6
 L  r7
 G  r8
 G  r9
 E  r10
 E  r11
 L  r12
 G  r13
 G  r14
 L  r15
 E  r16
 L  r17
COLUMNS
    x0  obj  0.19
    x0  r3  1.0
    x1  obj  -3.32
    x1  r7  2.71
    x2  obj  -1.99
    x2  r1  -5.38
    x2  r3  1.06
    x2  r8  7.05
    x2  r11  -2.52
    x3  obj  3.78
    x3  r10  0.5
    x3  r13  0.34
    x4  obj  1.73
    x4  r6  2.38
    x4  r13  1.21
    x5  obj  -1.73
    x5  r4  -0.27
    x5  r17  -0.27
    x6  obj  0.97
    x6  r1  -2.9
    x6  r5  -1.85
    x6  r12  2.66
    x7  obj  2.75
    x7  r4  3.18
    x7  r7  0.82
    x7  r8  1.01
    x7  r15  1.99
    x7  r17  3.18
    x8  obj  2.84
    x8  r0  2.49
    x8  r2  1.6
    x8  r16  1.72
    x9  obj  0.08
    x9  r2  -3.19
    x9  r3  4.57
    x9  r10  6.04
    x10  obj  0.69
    x10  r9  4.22
    x10  r11  1.91
    x11  obj  -2.21
    x11  r1  1.65
    x11  r12  1.31
    x11  r14  -0.19
    x11  r15  1.03
    x12  obj  -1.34
    x12  r3  1.87
    x12  r5  7.03
    x12  r13  0.62
    x13  obj  -1.1
    x13  r16  1.0
    x14  obj  -1.74
    x14  r2  -2.48
    x14  r11  1.47
    x14  r13  1.23
    x14  r16  1.17
    x15  obj  -2.41
    x15  r10  0.34
    x16  obj  1.61
    x16  r7  -0.02
    x17  obj  2.56
    x17  r6  -0.88
    x17  r14  -1.51
    x18  obj  3.84
    x18  r5  7.01
    x18  r8  -0.89
    x18  r12  0.49
    x18  r13  -2.34
    x18  r14  0.11
RHS
    rhs  obj  6.84
    rhs  r0  -0.64
    rhs  r1  -13.56
    rhs  r2  -8.26
    rhs  r3  -6.07
    rhs  r4  3.94
    rhs  r5  15.19
    rhs  r6  -2.22
    rhs  r7  2.55
    rhs  r8  -0.92
    rhs  r9  8.18
    rhs  r10  -6.87
    rhs  r11  10.13
    rhs  r12  9.08
    rhs  r13  -5.01
    rhs  r14  -0.69
    rhs  r15  1.44
    rhs  r16  8.4
    rhs  r17  -1.06
RANGES
    rng  r3  4.26
    rng  r8  5.8
    rng  r9  3.880000000000001
    rng  r14  5.26
BOUNDS
 FX bnd  x0  0.98
 FX bnd  x1  0.69
 LO bnd  x3  -2.0
 UP bnd  x3  2.0
 MI bnd  x4
 UP bnd  x4  2.88
 LO bnd  x5  1.0
 UP bnd  x5  5.0
 MI bnd  x6
 UP bnd  x6  7.23
 MI bnd  x7
 UP bnd  x7  2.0
 LO bnd  x8  -2.0
 UP bnd  x8  2.0
 MI bnd  x9
 UP bnd  x9  0.0
 LO bnd  x10  1.0
 UP bnd  x10  5.0
 FX bnd  x11  -1.79
 LO bnd  x12  -3.99
 LO bnd  x14  0.8899999999999997
 UP bnd  x14  6.0
 FX bnd  x15  4.11
 LO bnd  x16  3.0
 UP bnd  x16  7.0
 MI bnd  x17
 UP bnd  x17  1.0
 MI bnd  x18
 UP bnd  x18  5.0
ENDATA
