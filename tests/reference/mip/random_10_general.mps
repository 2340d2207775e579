NAME random_10_general
ROWS
 N obj
 L r0
 G r1
 E r2
 L r3
 L r4
 L r5
 L r6
 G r7
 L r8
 E r9
COLUMNS
    MARKER 'MARKER' 'INTORG'
    x0 obj 10.0
    x0 r1 8.0
    x0 r9 -7.0
    x1 obj 7.0
    x1 r0 -5.0
    x1 r1 5.0
    x1 r2 3.0
    x1 r3 -2.0
    x1 r6 8.0
    x1 r8 9.0
    x2 obj 3.0
    x2 r0 -8.0
    x2 r6 1.0
    x3 obj -10.0
    x3 r1 6.0
    x3 r6 -7.0
    x3 r8 -9.0
    x3 r9 8.0
    x4 obj 1.0
    x4 r0 8.0
    x4 r2 -6.0
    x4 r4 -1.0
    x4 r5 -9.0
    x4 r6 8.0
    x4 r8 -8.0
    x4 r9 -8.0
    x5 obj 9.0
    x5 r1 3.0
    x5 r2 1.0
    x5 r7 1.0
    x5 r9 -5.0
    MARKER 'MARKER' 'INTEND'
    x6 obj 9.0
    x6 r0 -4.0
    x6 r3 7.0
    x6 r4 -7.0
    x6 r6 1.0
    x6 r8 5.0
    x7 obj 9.0
    x7 r4 6.0
    x7 r9 4.0
    MARKER 'MARKER' 'INTORG'
    x8 obj -7.0
    x8 r3 -5.0
    x9 obj 1.0
    x9 r0 2.0
    x9 r3 4.0
    x9 r4 -8.0
    x9 r6 3.0
    MARKER 'MARKER' 'INTEND'
    x10 obj -10.0
    x10 r0 8.0
    x10 r2 6.0
    x10 r3 -1.0
    x10 r4 -6.0
    x10 r7 4.0
    x10 r8 8.0
    x10 r9 -2.0
RHS
    rhs r0 -25.0
    rhs r1 56.0
    rhs r2 -2.818329382914211
    rhs r3 9.0
    rhs r4 -9.125309307942636
    rhs r5 -23.0
    rhs r6 41.61098862701234
    rhs r7 6.0
    rhs r8 5.963837291176077
    rhs r9 -21.505035740208918
RANGES
    rng r4 6.0
    rng r5 7.0
    rng r6 5.0
    rng r8 3.0
BOUNDS
 PL bnd x0
 UP bnd x1 10.0
 UP bnd x2 10.0
 UP bnd x3 10.0
 PL bnd x4
 PL bnd x5
 UP bnd x6 10.0
 UP bnd x7 10.0
 UP bnd x8 10.0
 UP bnd x9 10.0
 UP bnd x10 10.0
ENDATA
