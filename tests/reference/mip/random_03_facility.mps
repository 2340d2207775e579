NAME random_03_facility
ROWS
 N obj
 E r0
 E r1
 E r2
 E r3
 E r4
 E r5
 E r6
 E r7
 L r8
 L r9
 L r10
COLUMNS
    MARKER 'MARKER' 'INTORG'
    x0 obj 113.0
    x0 r8 -62.0
    x1 obj 103.0
    x1 r9 -38.0
    x2 obj 95.0
    x2 r10 -74.0
    MARKER 'MARKER' 'INTEND'
    x3 obj 12.0
    x3 r0 1.0
    x3 r8 1.0
    x4 obj 12.0
    x4 r1 1.0
    x4 r8 1.0
    x5 obj 15.0
    x5 r2 1.0
    x5 r8 1.0
    x6 obj 12.0
    x6 r3 1.0
    x6 r8 1.0
    x7 obj 11.0
    x7 r4 1.0
    x7 r8 1.0
    x8 obj 18.0
    x8 r5 1.0
    x8 r8 1.0
    x9 obj 19.0
    x9 r6 1.0
    x9 r8 1.0
    x10 obj 19.0
    x10 r7 1.0
    x10 r8 1.0
    x11 obj 1.0
    x11 r0 1.0
    x11 r9 1.0
    x12 obj 9.0
    x12 r1 1.0
    x12 r9 1.0
    x13 obj 6.0
    x13 r2 1.0
    x13 r9 1.0
    x14 obj 11.0
    x14 r3 1.0
    x14 r9 1.0
    x15 obj 15.0
    x15 r4 1.0
    x15 r9 1.0
    x16 obj 8.0
    x16 r5 1.0
    x16 r9 1.0
    x17 obj 11.0
    x17 r6 1.0
    x17 r9 1.0
    x18 obj 16.0
    x18 r7 1.0
    x18 r9 1.0
    x19 obj 11.0
    x19 r0 1.0
    x19 r10 1.0
    x20 obj 14.0
    x20 r1 1.0
    x20 r10 1.0
    x21 obj 10.0
    x21 r2 1.0
    x21 r10 1.0
    x22 obj 3.0
    x22 r3 1.0
    x22 r10 1.0
    x23 obj 7.0
    x23 r4 1.0
    x23 r10 1.0
    x24 obj 4.0
    x24 r5 1.0
    x24 r10 1.0
    x25 obj 7.0
    x25 r6 1.0
    x25 r10 1.0
    x26 obj 11.0
    x26 r7 1.0
    x26 r10 1.0
RHS
    rhs r0 22.0
    rhs r1 18.0
    rhs r2 16.0
    rhs r3 13.0
    rhs r4 17.0
    rhs r5 10.0
    rhs r6 22.0
    rhs r7 19.0
BOUNDS
 UP bnd x0 1.0
 UP bnd x1 1.0
 UP bnd x2 1.0
ENDATA
