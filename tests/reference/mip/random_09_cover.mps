NAME random_09_cover
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
 G r13
 G r14
 G r15
COLUMNS
    MARKER 'MARKER' 'INTORG'
    x0 obj 6.0
    x0 r5 1.0
    x0 r11 1.0
    x0 r13 1.0
    x1 obj 14.0
    x1 r15 1.0
    x2 obj 16.0
    x2 r1 1.0
    x2 r2 1.0
    x2 r15 1.0
    x3 obj 7.0
    x3 r4 1.0
    x3 r6 1.0
    x3 r7 1.0
    x3 r13 1.0
    x3 r14 1.0
    x4 obj 11.0
    x4 r6 1.0
    x4 r12 1.0
    x5 obj 19.0
    x5 r0 1.0
    x5 r3 1.0
    x5 r10 1.0
    x5 r13 1.0
    x5 r14 1.0
    x6 obj 7.0
    x6 r4 1.0
    x6 r9 1.0
    x6 r13 1.0
    x7 obj 5.0
    x7 r2 1.0
    x7 r9 1.0
    x7 r10 1.0
    x8 obj 7.0
    x8 r1 1.0
    x8 r5 1.0
    x8 r8 1.0
    x8 r9 1.0
    x8 r13 1.0
    x9 obj 4.0
    x9 r5 1.0
    x9 r8 1.0
    x9 r11 1.0
    x9 r12 1.0
    x10 obj 6.0
    x10 r1 1.0
    x10 r9 1.0
    x10 r11 1.0
    x11 obj 9.0
    x11 r0 1.0
    x11 r2 1.0
    x11 r5 1.0
    x11 r6 1.0
    x11 r7 1.0
    x11 r12 1.0
    x12 obj 4.0
    x12 r0 1.0
    x12 r1 1.0
    x12 r5 1.0
    x12 r10 1.0
    x13 obj 13.0
    x13 r10 1.0
    x13 r12 1.0
    x13 r14 1.0
    x13 r15 1.0
    x14 obj 10.0
    x14 r2 1.0
    x14 r11 1.0
    x15 obj 16.0
    x15 r3 1.0
    x15 r4 1.0
    x15 r7 1.0
    x16 obj 10.0
    x16 r2 1.0
    x16 r4 1.0
    x17 obj 16.0
    x17 r6 1.0
    x17 r9 1.0
    x17 r11 1.0
    x17 r13 1.0
    x18 obj 15.0
    x18 r3 1.0
    x18 r5 1.0
    x18 r8 1.0
    x18 r13 1.0
    x19 obj 5.0
    x19 r0 1.0
    x19 r1 1.0
    x19 r12 1.0
    x19 r14 1.0
    x20 obj 4.0
    x20 r4 1.0
    x20 r5 1.0
    x20 r6 1.0
    x20 r9 1.0
    x21 obj 2.0
    x21 r5 1.0
    x21 r8 1.0
    x21 r9 1.0
    x22 obj 17.0
    x22 r1 1.0
    x22 r6 1.0
    x23 obj 13.0
    x23 r0 1.0
    x23 r3 1.0
    x23 r5 1.0
    x23 r11 1.0
    x23 r13 1.0
    x24 obj 18.0
    x24 r13 1.0
    x25 obj 17.0
    x25 r8 1.0
    x25 r10 1.0
    x26 obj 2.0
    x26 r12 1.0
    x26 r13 1.0
    x26 r14 1.0
    x26 r15 1.0
    x27 obj 11.0
    x27 r1 1.0
    x27 r3 1.0
    x27 r4 1.0
    x27 r7 1.0
    x27 r8 1.0
    x27 r10 1.0
    x28 obj 10.0
    x28 r0 1.0
    x28 r1 1.0
    x28 r15 1.0
    x29 obj 12.0
    x29 r0 1.0
    x29 r1 1.0
    x29 r8 1.0
    x30 obj 14.0
    x30 r7 1.0
    x30 r12 1.0
    x30 r15 1.0
    x31 obj 3.0
    x31 r2 1.0
    x31 r3 1.0
    x31 r4 1.0
    x31 r11 1.0
    x32 obj 9.0
    x32 r4 1.0
    x32 r10 1.0
    x32 r12 1.0
    x32 r13 1.0
    x33 obj 6.0
    x33 r11 1.0
    x33 r15 1.0
    x34 obj 7.0
    x34 r3 1.0
    x34 r7 1.0
    x34 r8 1.0
    x35 obj 4.0
    x35 r4 1.0
    x35 r7 1.0
    x35 r9 1.0
    x35 r11 1.0
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
    rhs r13 1.0
    rhs r14 1.0
    rhs r15 1.0
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
ENDATA
