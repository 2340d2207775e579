NAME random_22_general
ROWS
 N obj
 E r0
 E r1
 L r2
 G r3
 L r4
 L r5
 G r6
 G r7
 E r8
COLUMNS
    MARKER 'MARKER' 'INTORG'
    x0 obj -3.0
    x0 r0 -8.0
    x0 r1 9.0
    x0 r3 -8.0
    x0 r4 6.0
    x0 r6 -5.0
    x0 r8 -4.0
    MARKER 'MARKER' 'INTEND'
    x1 obj 2.0
    x1 r0 -9.0
    x1 r1 -9.0
    x1 r3 6.0
    x1 r4 2.0
    x1 r6 -4.0
    x1 r8 4.0
    MARKER 'MARKER' 'INTORG'
    x2 obj 2.0
    x2 r2 -7.0
    x2 r3 5.0
    x2 r4 6.0
    x2 r5 5.0
    x3 obj 2.0
    x3 r3 -2.0
    x3 r4 -1.0
    x3 r7 -6.0
    x3 r8 -7.0
    x4 obj 3.0
    x4 r0 4.0
    x4 r1 -1.0
    x4 r2 -9.0
    x4 r3 -5.0
    x4 r7 5.0
    x4 r8 2.0
    x5 obj -2.0
    x5 r0 -2.0
    x5 r2 -8.0
    x5 r3 4.0
    x5 r4 4.0
    x5 r5 4.0
    x5 r6 -2.0
    x5 r8 8.0
    MARKER 'MARKER' 'INTEND'
    x6 obj 3.0
    x6 r3 -5.0
    x6 r4 1.0
    x6 r5 1.0
    x6 r8 -7.0
    x7 obj 0.0
    x7 r2 2.0
    x7 r6 8.0
    x7 r8 3.0
    MARKER 'MARKER' 'INTORG'
    x8 obj 7.0
    x8 r0 5.0
    x8 r2 4.0
    x8 r4 1.0
    x8 r5 -1.0
    x8 r6 -6.0
    MARKER 'MARKER' 'INTEND'
RHS
    rhs r0 -71.33057293163439
    rhs r1 -1.3305729316343928
    rhs r2 -90.80711966126418
    rhs r3 -9.0
    rhs r4 74.0
    rhs r5 37.0
    rhs r6 -60.0
    rhs r7 -7.0
    rhs r8 16.673436815475263
RANGES
    rng r2 3.0
BOUNDS
 UP bnd x0 10.0
 UP bnd x1 10.0
 UP bnd x2 10.0
 UP bnd x3 10.0
 PL bnd x4
 UP bnd x5 10.0
 UP bnd x6 10.0
 UP bnd x7 10.0
 UP bnd x8 10.0
ENDATA
