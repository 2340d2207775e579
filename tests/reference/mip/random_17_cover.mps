NAME random_17_cover
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
 G r10
 G r11
 G r12
COLUMNS
    MARKER 'MARKER' 'INTORG'
    x0 obj 10.0
    x0 r2 1.0
    x0 r9 1.0
    x0 r12 1.0
    x1 obj 2.0
    x1 r6 1.0
    x1 r12 1.0
    x2 obj 8.0
    x2 r8 1.0
    x3 obj 2.0
    x3 r6 1.0
    x3 r8 1.0
    x3 r10 1.0
    x4 obj 18.0
    x4 r0 1.0
    x4 r8 1.0
    x5 obj 15.0
    x5 r2 1.0
    x5 r3 1.0
    x5 r5 1.0
    x5 r9 1.0
    x6 obj 6.0
    x6 r0 1.0
    x6 r3 1.0
    x6 r7 1.0
    x7 obj 17.0
    x7 r5 1.0
    x7 r10 1.0
    x7 r12 1.0
    x8 obj 3.0
    x8 r0 1.0
    x8 r4 1.0
    x8 r10 1.0
    x9 obj 13.0
    x9 r0 1.0
    x9 r2 1.0
    x9 r5 1.0
    x9 r6 1.0
    x9 r7 1.0
    x10 obj 18.0
    x10 r2 1.0
    x10 r7 1.0
    x10 r10 1.0
    x11 obj 3.0
    x11 r4 1.0
    x11 r6 1.0
    x11 r9 1.0
    x11 r11 1.0
    x12 obj 11.0
    x12 r3 1.0
    x13 obj 13.0
    x13 r5 1.0
    x13 r10 1.0
    x13 r12 1.0
    x14 obj 7.0
    x14 r1 1.0
    x14 r9 1.0
    x14 r12 1.0
    x15 obj 5.0
    x15 r1 1.0
    x15 r2 1.0
    x15 r4 1.0
    x15 r5 1.0
    x15 r9 1.0
    x15 r11 1.0
    x16 obj 8.0
    x16 r1 1.0
    x16 r5 1.0
    x17 obj 17.0
    x17 r0 1.0
    x17 r4 1.0
    x17 r10 1.0
    x18 obj 1.0
    x18 r3 1.0
    x18 r5 1.0
    x18 r7 1.0
    x19 obj 16.0
    x19 r2 1.0
    x19 r3 1.0
    x19 r5 1.0
    x19 r10 1.0
    x19 r11 1.0
    x20 obj 8.0
    x20 r8 1.0
    x20 r12 1.0
    x21 obj 12.0
    x21 r5 1.0
    x21 r7 1.0
    x21 r12 1.0
    x22 obj 5.0
    x22 r2 1.0
    x22 r6 1.0
    x23 obj 3.0
    x23 r6 1.0
    x23 r11 1.0
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
    rhs r10 1.0
    rhs r11 1.0
    rhs r12 1.0
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
ENDATA
