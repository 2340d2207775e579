NAME random_11_facility
ROWS
 N obj
 E r0
 E r1
 E r2
 E r3
 E r4
 L r5
 L r6
 L r7
 L r8
 L r9
COLUMNS
    MARKER 'MARKER' 'INTORG'
    x0 obj 79.0
    x0 r5 -62.0
    x1 obj 93.0
    x1 r6 -46.0
    x2 obj 102.0
    x2 r7 -30.0
    x3 obj 125.0
    x3 r8 -36.0
    x4 obj 122.0
    x4 r9 -46.0
    MARKER 'MARKER' 'INTEND'
    x5 obj 2.0
    x5 r0 1.0
    x5 r5 1.0
    x6 obj 14.0
    x6 r1 1.0
    x6 r5 1.0
    x7 obj 18.0
    x7 r2 1.0
    x7 r5 1.0
    x8 obj 17.0
    x8 r3 1.0
    x8 r5 1.0
    x9 obj 12.0
    x9 r4 1.0
    x9 r5 1.0
    x10 obj 19.0
    x10 r0 1.0
    x10 r6 1.0
    x11 obj 9.0
    x11 r1 1.0
    x11 r6 1.0
    x12 obj 12.0
    x12 r2 1.0
    x12 r6 1.0
    x13 obj 8.0
    x13 r3 1.0
    x13 r6 1.0
    x14 obj 12.0
    x14 r4 1.0
    x14 r6 1.0
    x15 obj 16.0
    x15 r0 1.0
    x15 r7 1.0
    x16 obj 3.0
    x16 r1 1.0
    x16 r7 1.0
    x17 obj 16.0
    x17 r2 1.0
    x17 r7 1.0
    x18 obj 13.0
    x18 r3 1.0
    x18 r7 1.0
    x19 obj 19.0
    x19 r4 1.0
    x19 r7 1.0
    x20 obj 16.0
    x20 r0 1.0
    x20 r8 1.0
    x21 obj 2.0
    x21 r1 1.0
    x21 r8 1.0
    x22 obj 15.0
    x22 r2 1.0
    x22 r8 1.0
    x23 obj 13.0
    x23 r3 1.0
    x23 r8 1.0
    x24 obj 12.0
    x24 r4 1.0
    x24 r8 1.0
    x25 obj 7.0
    x25 r0 1.0
    x25 r9 1.0
    x26 obj 6.0
    x26 r1 1.0
    x26 r9 1.0
    x27 obj 17.0
    x27 r2 1.0
    x27 r9 1.0
    x28 obj 17.0
    x28 r3 1.0
    x28 r9 1.0
    x29 obj 6.0
    x29 r4 1.0
    x29 r9 1.0
RHS
    rhs r0 14.0
    rhs r1 5.0
    rhs r2 6.0
    rhs r3 7.0
    rhs r4 15.0
BOUNDS
 UP bnd x0 1.0
 UP bnd x1 1.0
 UP bnd x2 1.0
 UP bnd x3 1.0
 UP bnd x4 1.0
ENDATA
