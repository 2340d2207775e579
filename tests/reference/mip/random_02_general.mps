NAME random_02_general
ROWS
 N obj
 L r0
 G r1
 L r2
 G r3
 L r4
 L r5
 G r6
 E r7
 E r8
COLUMNS
    x0 obj -1.0
    x0 r2 -8.0
    x0 r4 7.0
    x0 r5 -3.0
    x0 r7 3.0
    x0 r8 -4.0
    x1 obj -9.0
    x1 r1 -2.0
    x1 r2 6.0
    x1 r5 -7.0
    x1 r8 -8.0
    x2 obj -5.0
    x2 r0 9.0
    x2 r1 9.0
    x2 r3 -6.0
    x2 r4 7.0
    x2 r5 -9.0
    x2 r8 -1.0
    MARKER 'MARKER' 'INTORG'
    x3 obj -6.0
    x3 r4 -3.0
    x3 r5 -6.0
    x3 r6 -3.0
    x4 obj 1.0
    x4 r1 7.0
    x4 r3 5.0
    x4 r4 3.0
    x4 r6 -3.0
    x4 r7 -5.0
    x4 r8 2.0
    x5 obj 10.0
    x5 r0 4.0
    x5 r4 5.0
    x5 r5 5.0
    x5 r6 1.0
    x5 r7 9.0
    x5 r8 -9.0
    x6 obj 10.0
    x6 r0 -7.0
    x6 r1 8.0
    x6 r5 4.0
    x6 r6 -4.0
    x6 r7 9.0
    x7 obj 1.0
    x7 r2 -3.0
    x7 r3 -5.0
    x7 r4 -1.0
    x7 r5 8.0
    x7 r6 8.0
    x7 r7 6.0
    x7 r8 1.0
    x8 obj -9.0
    x8 r1 -7.0
    x8 r2 -2.0
    x8 r3 -4.0
    x8 r5 9.0
    x8 r6 7.0
    x8 r8 -5.0
    x9 obj -5.0
    x9 r0 -7.0
    x9 r3 7.0
    x9 r8 4.0
    x10 obj -9.0
    x10 r0 -7.0
    x10 r1 9.0
    x10 r2 -3.0
    x10 r3 -5.0
    x10 r5 -1.0
    x10 r7 4.0
    x11 obj 5.0
    x11 r4 3.0
    x11 r8 -8.0
    MARKER 'MARKER' 'INTEND'
    x12 obj 8.0
    x12 r2 -3.0
    x12 r4 -9.0
    x12 r5 2.0
    MARKER 'MARKER' 'INTORG'
    x13 obj 1.0
    x13 r0 6.0
    x13 r1 2.0
    x13 r5 9.0
    x13 r6 -7.0
    x13 r7 1.0
    MARKER 'MARKER' 'INTEND'
RHS
    rhs r0 20.0
    rhs r1 88.0
    rhs r2 -6.539363889300208
    rhs r3 -26.0
    rhs r4 72.33485885970465
    rhs r5 -44.0
    rhs r6 -17.0
    rhs r7 52.2482705807148
    rhs r8 -99.42332818000605
RANGES
    rng r2 5.0
    rng r4 8.0
BOUNDS
 UP bnd x0 10.0
 UP bnd x1 10.0
 UP bnd x2 10.0
 UP bnd x3 10.0
 UP bnd x4 10.0
 PL bnd x5
 UP bnd x6 10.0
 UP bnd x7 10.0
 UP bnd x8 10.0
 UP bnd x9 10.0
 UP bnd x10 10.0
 PL bnd x11
 UP bnd x12 10.0
 UP bnd x13 10.0
ENDATA
