NAME random_27
ROWS
 N  obj
 L  r0
 G  r1
 L  r2
 G  r3
 G  r4
 L  r5
 G  r6
 L  r7
 G  r8
 G  r9
 L  r10
 G  r11
COLUMNS
    x0  obj  -0.67
    x0  r6  2.05
    x1  obj  -1.72
    x1  r0  3.74
    x1  r5  -5.47
    x1  r10  -1.66
    x1  r11  -0.45
    x2  obj  0.17
    x2  r4  -0.37
    x2  r5  -1.07
    x2  r6  6.36
    x3  obj  -0.44
    x3  r0  -2.69
    x3  r6  -0.95
    x3  r8  2.27
    x3  r11  1.32
    x4  obj  -1.59
    x4  r0  -0.47
    x4  r7  0.73
    x4  r10  6.87
    x5  obj  -3.05
    x5  r5  0.18
    x5  r9  -1.68
    x6  obj  1.0
    x6  r1  -2.93
    x6  r9  -1.56
    x7  obj  0.07
    x7  r3  -0.97
    x7  r9  1.58
    x8  obj  -2.81
    x8  r2  1.83
    x8  r4  -1.85
    x9  obj  1.5
    x10  obj  -0.45
    x10  r0  0.81
    x10  r3  -2.58
    x10  r11  -2.68
    x11  obj  1.85
    x11  r1  1.74
    x11  r2  -1.92
    x11  r9  -0.14
    x11  r11  -0.64
    x12  obj  0.39
    x12  r7  -0.99
    x12  r9  1.22
    x13  obj  -1.67
    x13  r0  -2.93
    x13  r4  -3.34
    x13  r11  -0.7
    x14  obj  2.02
    x14  r1  4.11
    x14  r5  -4.89
    x15  obj  -1.62
    x15  r0  -3.31
    x15  r2  -1.09
    x15  r4  0.5
    x15  r5  5.31
    x15  r6  1.89
    x15  r7  -0.08
    x15  r8  -1.6
    x16  obj  0.41
    x16  r1  0.62
    x16  r7  -2.41
    x16  r11  -2.09
    x17  obj  -2.18
    x17  r2  -0.6
    x17  r8  -5.97
    x18  obj  0.55
    x18  r0  4.17
    x19  obj  -0.37
    x19  r6  -2.33
    x19  r9  3.56
    x20  obj  -1.63
    x20  r1  -1.58
    x20  r2  -2.13
    x20  r5  4.36
    x20  r6  -1.2
    x21  obj  1.55
    x21  r1  -0.66
    x21  r5  3.17
    x21  r7  -2.28
    x21  r10  -2.11
    x22  obj  -2.55
    x22  r6  0.16
    x23  obj  0.32
    x23  r0  2.18
    x23  r1  2.56
    x23  r2  -4.89
    x24  obj  -0.43
    x24  r2  5.06
    x24  r4  -2.52
    x24  r6  -1.9
    x25  obj  0.99
    x25  r1  -3.4
    x25  r3  3.65
    x25  r7  3.07
    x25  r9  -0.99
    x26  obj  -2.15
    x26  r2  2.25
    x26  r3  0.35
    x26  r8  3.21
    x26  r10  -0.52
    x27  obj  1.18
    x27  r4  -3.84
    x27  r8  1.56
    x27  r10  3.99
RHS
    rhs  obj  0.63
    rhs  r0  -9.53
    rhs  r1  -4.41
    rhs  r2  12.1
    rhs  r3  -8.51
    rhs  r4  -17.35
    rhs  r5  32.29
    rhs  r6  -12.27
    rhs  r7  -18.52
    rhs  r8  -13.65
    rhs  r9  -9.09
    rhs  r10  13.46
    rhs  r11  -13.27
RANGES
    rng  r8  3.380000000000001
    rng  r9  4.0
    rng  r11  5.819999999999999
BOUNDS
 LO bnd  x0  -1.0
 UP bnd  x0  3.0
 MI bnd  x1
 UP bnd  x1  1.0
 FX bnd  x2  -1.63
 FR bnd  x3
 MI bnd  x4
 UP bnd  x4  3.0
 FX bnd  x5  -0.89
 FR bnd  x6
 UP bnd  x7  4.0
 FR bnd  x9
 FR bnd  x10
 FX bnd  x11  4.15
 FX bnd  x13  2.71
 MI bnd  x14
 UP bnd  x14  3.0
 MI bnd  x15
 UP bnd  x15  4.0
 LO bnd  x16  2.0
 UP bnd  x16  6.0
 FR bnd  x18
 LO bnd  x19  -3.0
 UP bnd  x19  1.0
 FR bnd  x21
 MI bnd  x22
 UP bnd  x22  6.0
 FX bnd  x23  -1.14
 LO bnd  x24  1.0
 UP bnd  x24  5.0
 FR bnd  x26
ENDATA
