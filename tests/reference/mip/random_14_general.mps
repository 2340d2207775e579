NAME random_14_general
ROWS
 N obj
 L r0
 L r1
 E r2
 L r3
 L r4
 E r5
 L r6
 L r7
COLUMNS
    MARKER 'MARKER' 'INTORG'
    x0 obj 9.0
    x0 r4 -6.0
    x0 r6 1.0
    x1 obj 4.0
    x1 r2 -3.0
    x1 r3 3.0
    MARKER 'MARKER' 'INTEND'
    x2 obj 10.0
    x2 r0 8.0
    x2 r2 -2.0
    x2 r5 2.0
    x2 r7 -5.0
    x3 obj 8.0
    x3 r0 -7.0
    x3 r2 6.0
    x3 r3 1.0
    x3 r6 -9.0
    x3 r7 2.0
    MARKER 'MARKER' 'INTORG'
    x4 obj -5.0
    x4 r5 -2.0
    x5 obj -2.0
    x5 r0 6.0
    x5 r1 -5.0
    x5 r3 -8.0
    x5 r5 2.0
    x5 r6 -8.0
    x5 r7 1.0
    MARKER 'MARKER' 'INTEND'
    x6 obj 3.0
    x6 r0 -6.0
    x6 r6 -7.0
    x6 r7 -4.0
    MARKER 'MARKER' 'INTORG'
    x7 obj 7.0
    x7 r0 -1.0
    x7 r1 -4.0
    x7 r2 4.0
    x7 r3 8.0
    MARKER 'MARKER' 'INTEND'
    x8 obj 9.0
    x8 r1 8.0
    x8 r2 2.0
    x8 r7 7.0
    MARKER 'MARKER' 'INTORG'
    x9 obj 1.0
    x9 r4 -4.0
    x9 r5 -3.0
    x9 r6 -3.0
    x9 r7 -5.0
    x10 obj 4.0
    x10 r0 -9.0
    x10 r2 -2.0
    x10 r3 -9.0
    x10 r5 5.0
    x11 obj -4.0
    x11 r1 7.0
    x11 r2 2.0
    x11 r3 -2.0
    x11 r4 -4.0
    x11 r7 2.0
    x12 obj -4.0
    x12 r0 7.0
    x12 r1 9.0
    x12 r2 -5.0
    x12 r4 -5.0
    x12 r7 5.0
    MARKER 'MARKER' 'INTEND'
RHS
    rhs r0 41.0
    rhs r1 4.917620081464108
    rhs r2 18.765952578732588
    rhs r3 -13.569185131043021
    rhs r4 -36.0
    rhs r5 7.298341655375303
    rhs r6 -84.05499522820408
    rhs r7 -39.0
RANGES
    rng r1 5.0
    rng r3 6.0
    rng r4 3.0
    rng r6 7.0
BOUNDS
 PL bnd x0
 PL bnd x1
 UP bnd x2 10.0
 UP bnd x3 10.0
 UP bnd x4 10.0
 UP bnd x5 10.0
 UP bnd x6 10.0
 PL bnd x7
 UP bnd x8 10.0
 PL bnd x9
 PL bnd x10
 UP bnd x11 10.0
 UP bnd x12 10.0
ENDATA
