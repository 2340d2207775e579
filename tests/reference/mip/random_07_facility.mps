NAME random_07_facility
ROWS
 N obj
 E r0
 E r1
 E r2
 E r3
 E r4
 E r5
 L r6
 L r7
 L r8
 L r9
 L r10
COLUMNS
    MARKER 'MARKER' 'INTORG'
    x0 obj 146.0
    x0 r6 -51.0
    x1 obj 51.0
    x1 r7 -75.0
    x2 obj 96.0
    x2 r8 -30.0
    x3 obj 145.0
    x3 r9 -64.0
    x4 obj 58.0
    x4 r10 -35.0
    MARKER 'MARKER' 'INTEND'
    x5 obj 2.0
    x5 r0 1.0
    x5 r6 1.0
    x6 obj 1.0
    x6 r1 1.0
    x6 r6 1.0
    x7 obj 18.0
    x7 r2 1.0
    x7 r6 1.0
    x8 obj 19.0
    x8 r3 1.0
    x8 r6 1.0
    x9 obj 6.0
    x9 r4 1.0
    x9 r6 1.0
    x10 obj 1.0
    x10 r5 1.0
    x10 r6 1.0
    x11 obj 16.0
    x11 r0 1.0
    x11 r7 1.0
    x12 obj 5.0
    x12 r1 1.0
    x12 r7 1.0
    x13 obj 3.0
    x13 r2 1.0
    x13 r7 1.0
    x14 obj 3.0
    x14 r3 1.0
    x14 r7 1.0
    x15 obj 4.0
    x15 r4 1.0
    x15 r7 1.0
    x16 obj 2.0
    x16 r5 1.0
    x16 r7 1.0
    x17 obj 8.0
    x17 r0 1.0
    x17 r8 1.0
    x18 obj 1.0
    x18 r1 1.0
    x18 r8 1.0
    x19 obj 3.0
    x19 r2 1.0
    x19 r8 1.0
    x20 obj 16.0
    x20 r3 1.0
    x20 r8 1.0
    x21 obj 6.0
    x21 r4 1.0
    x21 r8 1.0
    x22 obj 7.0
    x22 r5 1.0
    x22 r8 1.0
    x23 obj 6.0
    x23 r0 1.0
    x23 r9 1.0
    x24 obj 17.0
    x24 r1 1.0
    x24 r9 1.0
    x25 obj 19.0
    x25 r2 1.0
    x25 r9 1.0
    x26 obj 1.0
    x26 r3 1.0
    x26 r9 1.0
    x27 obj 13.0
    x27 r4 1.0
    x27 r9 1.0
    x28 obj 3.0
    x28 r5 1.0
    x28 r9 1.0
    x29 obj 10.0
    x29 r0 1.0
    x29 r10 1.0
    x30 obj 10.0
    x30 r1 1.0
    x30 r10 1.0
    x31 obj 3.0
    x31 r2 1.0
    x31 r10 1.0
    x32 obj 10.0
    x32 r3 1.0
    x32 r10 1.0
    x33 obj 12.0
    x33 r4 1.0
    x33 r10 1.0
    x34 obj 4.0
    x34 r5 1.0
    x34 r10 1.0
RHS
    rhs r0 9.0
    rhs r1 9.0
    rhs r2 14.0
    rhs r3 13.0
    rhs r4 22.0
    rhs r5 17.0
BOUNDS
 UP bnd x0 1.0
 UP bnd x1 1.0
 UP bnd x2 1.0
 UP bnd x3 1.0
 UP bnd x4 1.0
ENDATA
