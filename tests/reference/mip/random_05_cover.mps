NAME random_05_cover
ROWS
 N obj
 G r0
 G r1
 G r2
 G r3
 G r4
 G r5
 G r6
 G r7
 G r8
 G r9
COLUMNS
    MARKER 'MARKER' 'INTORG'
    x0 obj 11.0
    x0 r5 1.0
    x0 r6 1.0
    x0 r8 1.0
    x1 obj 17.0
    x1 r2 1.0
    x2 obj 10.0
    x2 r1 1.0
    x2 r4 1.0
    x3 obj 16.0
    x3 r0 1.0
    x3 r5 1.0
    x3 r6 1.0
    x4 obj 10.0
    x4 r1 1.0
    x4 r3 1.0
    x4 r6 1.0
    x4 r7 1.0
    x5 obj 6.0
    x5 r0 1.0
    x6 obj 16.0
    x6 r1 1.0
    x7 obj 11.0
    x7 r0 1.0
    x7 r1 1.0
    x7 r2 1.0
    x7 r8 1.0
    x8 obj 12.0
    x8 r0 1.0
    x8 r7 1.0
    x9 obj 5.0
    x9 r0 1.0
    x9 r3 1.0
    x10 obj 16.0
    x10 r1 1.0
    x10 r9 1.0
    x11 obj 5.0
    x12 obj 15.0
    x12 r8 1.0
    x13 obj 1.0
    x13 r1 1.0
    x13 r2 1.0
    x13 r6 1.0
    x14 obj 5.0
    x14 r5 1.0
    x15 obj 17.0
    x15 r2 1.0
    x16 obj 9.0
    x16 r4 1.0
    x16 r7 1.0
    x16 r9 1.0
    x17 obj 9.0
    x17 r1 1.0
    x17 r7 1.0
    x18 obj 11.0
    x18 r2 1.0
    x18 r5 1.0
    x19 obj 18.0
    x19 r3 1.0
    x19 r4 1.0
    x19 r9 1.0
    x20 obj 17.0
    x20 r9 1.0
    x21 obj 10.0
    x21 r9 1.0
    x22 obj 14.0
    x22 r9 1.0
    x23 obj 18.0
    x23 r0 1.0
    x23 r3 1.0
    x23 r7 1.0
    x23 r9 1.0
    x24 obj 15.0
    x24 r0 1.0
    x24 r4 1.0
    x25 obj 10.0
    x25 r3 1.0
    x26 obj 15.0
    x26 r1 1.0
    x26 r2 1.0
    x26 r4 1.0
    x27 obj 15.0
    x27 r7 1.0
    x28 obj 7.0
    x28 r2 1.0
    x29 obj 5.0
    x29 r1 1.0
    x29 r5 1.0
    x29 r6 1.0
    x29 r7 1.0
    x29 r8 1.0
    x30 obj 8.0
    x31 obj 3.0
    x31 r8 1.0
    x32 obj 17.0
    x32 r9 1.0
    x33 obj 4.0
    x33 r0 1.0
    x33 r2 1.0
    x33 r3 1.0
    x34 obj 1.0
    x34 r0 1.0
    x34 r4 1.0
    x34 r7 1.0
    x35 obj 2.0
    x35 r0 1.0
    x35 r1 1.0
    x35 r2 1.0
    x35 r3 1.0
    x35 r5 1.0
    x36 obj 14.0
    x36 r5 1.0
    MARKER 'MARKER' 'INTEND'
RHS
    rhs r0 1.0
    rhs r1 1.0
    rhs r2 1.0
    rhs r3 1.0
    rhs r4 1.0
    rhs r5 1.0
    rhs r6 1.0
    rhs r7 1.0
    rhs r8 1.0
    rhs r9 1.0
BOUNDS
 UP bnd x0 1.0
 UP bnd x1 1.0
 UP bnd x2 1.0
 UP bnd x3 1.0
 UP bnd x4 1.0
 UP bnd x5 1.0
 UP bnd x6 1.0
 UP bnd x7 1.0
 UP bnd x8 1.0
 UP bnd x9 1.0
 UP bnd x10 1.0
 UP bnd x11 1.0
 UP bnd x12 1.0
 UP bnd x13 1.0
 UP bnd x14 1.0
 UP bnd x15 1.0
 UP bnd x16 1.0
 UP bnd x17 1.0
 UP bnd x18 1.0
 UP bnd x19 1.0
 UP bnd x20 1.0
 UP bnd x21 1.0
 UP bnd x22 1.0
 UP bnd x23 1.0
 UP bnd x24 1.0
 UP bnd x25 1.0
 UP bnd x26 1.0
 UP bnd x27 1.0
 UP bnd x28 1.0
 UP bnd x29 1.0
 UP bnd x30 1.0
 UP bnd x31 1.0
 UP bnd x32 1.0
 UP bnd x33 1.0
 UP bnd x34 1.0
 UP bnd x35 1.0
 UP bnd x36 1.0
ENDATA
