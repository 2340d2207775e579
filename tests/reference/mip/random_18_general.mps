NAME random_18_general
ROWS
 N obj
 G r0
 L r1
 G r2
 E r3
 L r4
COLUMNS
    MARKER 'MARKER' 'INTORG'
    x0 obj -8.0
    x0 r1 -6.0
    x0 r3 2.0
    MARKER 'MARKER' 'INTEND'
    x1 obj 2.0
    x1 r1 -3.0
    x1 r2 -2.0
    MARKER 'MARKER' 'INTORG'
    x2 obj 7.0
    x2 r0 3.0
    x2 r1 4.0
    x2 r4 -6.0
    x3 obj 6.0
    x3 r0 -8.0
    x3 r2 -2.0
    x4 obj 5.0
    x4 r1 2.0
    x4 r2 -3.0
    x4 r3 -4.0
    x5 obj 9.0
    x5 r0 -3.0
    x5 r1 -9.0
    x5 r3 1.0
    x5 r4 2.0
    x6 obj 8.0
    x6 r0 3.0
    x6 r1 -8.0
    x6 r2 3.0
    x6 r4 9.0
    x7 obj 4.0
    x7 r0 6.0
    x7 r3 2.0
    MARKER 'MARKER' 'INTEND'
    x8 obj 8.0
    x8 r1 -5.0
    x8 r3 5.0
    MARKER 'MARKER' 'INTORG'
    x9 obj -5.0
    x9 r4 9.0
    x10 obj 6.0
    x10 r0 -2.0
    x10 r3 -8.0
    MARKER 'MARKER' 'INTEND'
    x11 obj -9.0
    x11 r2 -5.0
RHS
    rhs r0 -10.0
    rhs r1 -51.0
    rhs r2 -31.0
    rhs r3 9.310083138784858
    rhs r4 44.0
RANGES
    rng r4 2.0
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
 UP bnd x9 10.0
 UP bnd x10 10.0
 UP bnd x11 10.0
ENDATA
