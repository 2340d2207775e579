NAME random_14
OBJSENSE
    MAX
ROWS
 N  obj
 L  r0
 L  r1
 L  r2
 L  r3
 L  r4
 E  r5
 E  r6
 L  r7
 E  r8
 L  r9
 G  r10
 G  r11
 G  r12
 L  r13
 L  r14
 E  r15
 L  r16
 G  r17
COLUMNS
    x0  obj  -2.14
    x0  r6  1.6
    x0  r10  -2.87
    x0  r11  -3.52
    x0  r12  -2.78
    x0  r17  3.65
    x1  obj  -0.37
    x1  r1  2.09
    x1  r2  1.94
    x1  r7  -0.7
    x1  r15  1.5
    x2  obj  -1.7
    x2  r0  3.71
    x2  r7  -4.43
    x2  r13  1.68
    x2  r17  0.2
    x3  obj  -0.22
    x3  r8  -5.62
    x3  r10  1.07
    x3  r11  -3.03
    x4  obj  -2.78
    x4  r11  4.6
    x4  r15  -2.86
    x5  obj  -3.59
    x5  r3  2.33
    x5  r7  1.5
    x6  obj  -1.66
    x6  r1  0.69
    x6  r3  0.01
    x7  obj  0.47
    x7  r1  0.74
    x7  r9  1.1
    x7  r12  0.2
    x7  r14  4.34
    x7  r16  1.56
RHS
    rhs  obj  8.97
    rhs  r0  -6.08
    rhs  r1  2.49
    rhs  r2  -1.06
    rhs  r3  5.52
    rhs  r4  1.77
    rhs  r6  7.58
    rhs  r7  12.34
    rhs  r8  -12.81
    rhs  r9  5.66
    rhs  r10  -13.74
    rhs  r11  -17.33
    rhs  r12  -12.39
    rhs  r13  -1.03
    rhs  r14  20.94
    rhs  r15  -6.89
    rhs  r16  8.58
    rhs  r17  14.61
RANGES
    rng  r12  1.3000000000000007
    rng  r17  5.68
BOUNDS
 LO bnd  x0  0.7400000000000002
 FX bnd  x1  -1.45
 LO bnd  x2  -5.77
 UP bnd  x2  0.0
 LO bnd  x3  -1.7200000000000002
 UP bnd  x3  4.0
 LO bnd  x4  -2.35
 UP bnd  x4  3.0
 LO bnd  x5  -2.52
 LO bnd  x6  -2.66
 UP bnd  x6  3.0
 FX bnd  x7  4.71
ENDATA
