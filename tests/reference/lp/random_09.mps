NAME random_09
OBJSENSE
    MAX
ROWS
 N  obj
 G  r0
 G  r1
 G  r2
 L  r3
 G  r4
 L  r5
 G  r6
 L  r7
 L  r8
 L  r9
 G  r10
 G  r11
 E  r12
 L  r13
 L  r14
 L  r15
 L  r16
 G  r17
 L  r18
COLUMNS
    x0  obj  0.88
    x0  r2  2.25
    x0  r3  0.56
    x0  r9  -0.8
    x0  r14  7.45
    x1  obj  3.44
    x1  r2  0.78
    x1  r6  -1.35
    x1  r7  2.09
    x1  r8  -1.29
    x2  obj  -2.01
    x2  r2  3.69
    x2  r3  -1.15
    x2  r5  4.31
    x2  r7  -3.44
    x2  r17  -1.24
    x3  obj  -0.07
    x3  r3  0.01
    x3  r4  -0.26
    x3  r5  1.46
    x3  r6  5.97
    x3  r7  -3.76
    x3  r9  0.84
    x3  r11  3.54
    x3  r12  0.61
    x3  r18  1.03
    x4  obj  -0.68
    x4  r0  -1.22
    x4  r2  0.85
    x4  r10  1.87
    x4  r12  -1.09
    x4  r13  2.72
    x4  r14  -1.32
    x4  r15  -0.68
    x5  obj  0.15
    x5  r3  -1.44
    x5  r4  4.87
    x5  r6  -2.33
    x5  r8  3.28
    x5  r14  -0.3
    x5  r16  2.05
    x5  r17  6.06
    x6  obj  -2.11
    x6  r0  -0.73
    x6  r1  -2.15
    x6  r2  0.43
    x6  r3  2.56
    x6  r6  -1.72
    x6  r13  2.48
    x6  r15  -2.08
    x6  r18  0.11
    x7  obj  -1.57
    x7  r0  -1.24
    x7  r6  1.19
    x7  r7  1.59
    x7  r15  -6.14
    x8  obj  2.19
    x8  r12  -1.6
    x8  r15  4.76
    x8  r16  -0.21
    x8  r17  -2.72
    x9  obj  -4.43
    x9  r2  4.93
    x9  r3  2.62
    x9  r4  -3.08
    x9  r9  -0.77
    x9  r10  -1.73
    x9  r11  -0.36
    x9  r12  -1.53
    x9  r13  -3.01
    x9  r17  0.97
    x10  obj  0.43
    x10  r4  -1.28
    x10  r5  4.78
    x10  r13  2.83
    x10  r14  1.8
    x10  r16  2.58
    x11  obj  -0.12
    x11  r2  2.77
    x11  r4  1.87
    x11  r11  -0.34
    x11  r15  0.31
    x11  r16  1.57
    x11  r17  -1.28
    x12  obj  0.31
    x12  r1  -1.04
    x12  r4  -2.07
    x12  r5  2.16
    x12  r7  0.42
    x12  r10  -2.21
    x12  r11  0.33
    x12  r14  2.83
    x12  r17  1.22
    x12  r18  4.99
    x13  obj  0.77
    x13  r6  -1.18
    x13  r7  -2.34
    x13  r14  -0.48
    x13  r15  -3.52
    x13  r17  -1.4
    x13  r18  0.22
    x14  obj  1.08
    x14  r2  0.28
    x14  r3  0.93
    x14  r4  1.56
    x14  r5  0.75
    x14  r8  2.31
    x14  r10  3.41
    x14  r18  -1.55
    x15  obj  -0.34
    x15  r5  -2.19
    x15  r8  0.17
    x15  r9  -0.17
    x15  r12  -0.88
    x15  r14  4.74
    x15  r15  -4.68
    x15  r16  -0.06
    x15  r17  -0.66
    x16  obj  2.1
    x16  r1  2.92
    x16  r5  -2.42
    x16  r6  -0.5
    x16  r8  -4.07
    x16  r9  -1.56
    x16  r12  3.74
    x17  obj  1.7
    x17  r1  4.07
    x17  r6  2.07
    x17  r11  -1.02
    x17  r17  -3.67
    x18  obj  1.03
    x18  r4  5.6
    x18  r7  -0.92
    x18  r12  7.45
    x19  obj  -2.32
    x19  r1  3.57
    x19  r9  4.44
    x19  r12  -0.27
    x19  r15  1.54
    x20  obj  -1.03
    x20  r2  -4.12
    x20  r5  0.44
    x20  r11  -2.78
    x20  r14  -1.91
    x20  r15  5.59
    x20  r17  -0.68
    x21  obj  0.37
    x21  r1  -2.78
    x21  r3  2.81
    x21  r5  2.41
    x21  r6  -0.36
    x21  r7  -0.13
    x21  r10  1.08
    x21  r12  3.44
    x21  r13  -0.73
    x22  obj  -0.36
    x22  r12  -3.83
    x23  obj  -0.79
    x23  r4  -1.12
    x23  r7  4.1
    x23  r9  -0.13
    x23  r11  -6.74
    x23  r13  1.82
    x23  r18  -5.94
    x24  obj  0.03
    x24  r6  -2.91
    x24  r7  1.46
    x24  r8  -4.12
    x24  r11  -0.89
    x24  r12  -1.62
    x24  r15  -2.52
    x25  obj  1.15
    x25  r2  0.29
    x25  r3  4.4
    x25  r4  -6.29
    x25  r11  1.37
    x25  r14  -4.06
    x25  r16  -3.03
    x26  obj  0.71
    x26  r0  0.13
    x26  r2  5.5
    x26  r4  -5.93
    x26  r8  6.99
    x26  r9  -3.32
    x26  r10  -0.78
    x26  r11  0.01
    x26  r13  5.28
RHS
    rhs  obj  -6.02
    rhs  r0  -2.53
    rhs  r1  0.79
    rhs  r2  41.87
    rhs  r3  12.6
    rhs  r4  -6.98
    rhs  r5  27.31
    rhs  r6  3.82
    rhs  r7  2.77
    rhs  r8  44.54
    rhs  r9  -14.16
    rhs  r10  0.29
    rhs  r11  -21.73
    rhs  r12  1.38
    rhs  r13  34.84
    rhs  r14  9.09
    rhs  r15  -16.5
    rhs  r16  30.41
    rhs  r17  3.51
    rhs  r18  -22.61
RANGES
    rng  r1  2.4
    rng  r6  6.459999999999999
    rng  r10  3.54
    rng  r11  1.4000000000000021
BOUNDS
 MI bnd  x0
 UP bnd  x0  2.84
 MI bnd  x1
 UP bnd  x1  4.27
 FX bnd  x2  0.42
 LO bnd  x3  -1.7599999999999998
 LO bnd  x4  -2.0
 UP bnd  x4  2.0
 LO bnd  x5  4.0
 UP bnd  x5  7.0
 UP bnd  x7  4.0
 MI bnd  x8
 UP bnd  x8  5.22
 UP bnd  x9  4.0
 UP bnd  x10  8.530000000000001
 FX bnd  x11  4.5
 MI bnd  x12
 UP bnd  x12  2.63
 UP bnd  x13  5.09
 MI bnd  x14
 UP bnd  x14  2.0
 FX bnd  x15  2.63
 UP bnd  x16  5.33
 MI bnd  x17
 UP bnd  x17  7.0
 MI bnd  x18
 UP bnd  x18  2.0
 LO bnd  x19  -2.0
 UP bnd  x19  2.0
 LO bnd  x20  -3.5
 UP bnd  x20  2.0
 UP bnd  x21  8.92
 LO bnd  x22  0.6500000000000004
 LO bnd  x23  -0.6000000000000001
 MI bnd  x24
 UP bnd  x24  1.0
 MI bnd  x25
 UP bnd  x25  1.0
 FX bnd  x26  4.27
ENDATA
