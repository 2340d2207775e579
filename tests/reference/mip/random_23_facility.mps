NAME random_23_facility
ROWS
 N obj
 E r0
 E r1
 E r2
 E r3
 E r4
 E r5
 E r6
 L r7
 L r8
 L r9
COLUMNS
    MARKER 'MARKER' 'INTORG'
    x0 obj 97.0
    x0 r7 -61.0
    x1 obj 125.0
    x1 r8 -50.0
    x2 obj 91.0
    x2 r9 -50.0
    MARKER 'MARKER' 'INTEND'
    x3 obj 17.0
    x3 r0 1.0
    x3 r7 1.0
    x4 obj 13.0
    x4 r1 1.0
    x4 r7 1.0
    x5 obj 9.0
    x5 r2 1.0
    x5 r7 1.0
    x6 obj 3.0
    x6 r3 1.0
    x6 r7 1.0
    x7 obj 1.0
    x7 r4 1.0
    x7 r7 1.0
    x8 obj 1.0
    x8 r5 1.0
    x8 r7 1.0
    x9 obj 17.0
    x9 r6 1.0
    x9 r7 1.0
    x10 obj 8.0
    x10 r0 1.0
    x10 r8 1.0
    x11 obj 6.0
    x11 r1 1.0
    x11 r8 1.0
    x12 obj 1.0
    x12 r2 1.0
    x12 r8 1.0
    x13 obj 16.0
    x13 r3 1.0
    x13 r8 1.0
    x14 obj 14.0
    x14 r4 1.0
    x14 r8 1.0
    x15 obj 13.0
    x15 r5 1.0
    x15 r8 1.0
    x16 obj 2.0
    x16 r6 1.0
    x16 r8 1.0
    x17 obj 13.0
    x17 r0 1.0
    x17 r9 1.0
    x18 obj 17.0
    x18 r1 1.0
    x18 r9 1.0
    x19 obj 3.0
    x19 r2 1.0
    x19 r9 1.0
    x20 obj 12.0
    x20 r3 1.0
    x20 r9 1.0
    x21 obj 2.0
    x21 r4 1.0
    x21 r9 1.0
    x22 obj 4.0
    x22 r5 1.0
    x22 r9 1.0
    x23 obj 2.0
    x23 r6 1.0
    x23 r9 1.0
RHS
    rhs r0 8.0
    rhs r1 11.0
    rhs r2 8.0
    rhs r3 23.0
    rhs r4 22.0
    rhs r5 7.0
    rhs r6 17.0
BOUNDS
 UP bnd x0 1.0
 UP bnd x1 1.0
 UP bnd x2 1.0
ENDATA
