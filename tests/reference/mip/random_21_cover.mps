NAME random_21_cover
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
 G r16
 G r17
 G r18
 G r19
COLUMNS
    MARKER 'MARKER' 'INTORG'
    x0 obj 15.0
    x0 r0 1.0
    x0 r12 1.0
    x0 r18 1.0
    x0 r19 1.0
    x1 obj 9.0
    x1 r4 1.0
    x1 r7 1.0
    x1 r14 1.0
    x2 obj 5.0
    x2 r7 1.0
    x2 r13 1.0
    x2 r17 1.0
    x3 obj 8.0
    x3 r5 1.0
    x3 r8 1.0
    x3 r12 1.0
    x3 r16 1.0
    x3 r19 1.0
    x4 obj 6.0
    x4 r16 1.0
    x4 r19 1.0
    x5 obj 16.0
    x5 r7 1.0
    x5 r12 1.0
    x5 r19 1.0
    x6 obj 12.0
    x6 r0 1.0
    x6 r3 1.0
    x6 r5 1.0
    x6 r7 1.0
    x6 r10 1.0
    x6 r15 1.0
    x6 r16 1.0
    x7 obj 19.0
    x7 r4 1.0
    x7 r6 1.0
    x7 r7 1.0
    x7 r13 1.0
    x7 r17 1.0
    x8 obj 10.0
    x8 r1 1.0
    x8 r13 1.0
    x8 r16 1.0
    x9 obj 5.0
    x9 r4 1.0
    x9 r6 1.0
    x9 r12 1.0
    x9 r14 1.0
    x10 obj 12.0
    x10 r13 1.0
    x10 r14 1.0
    x11 obj 11.0
    x11 r3 1.0
    x11 r4 1.0
    x11 r6 1.0
    x11 r18 1.0
    x12 obj 17.0
    x12 r2 1.0
    x12 r5 1.0
    x12 r8 1.0
    x12 r9 1.0
    x12 r10 1.0
    x12 r13 1.0
    x13 obj 19.0
    x13 r0 1.0
    x13 r4 1.0
    x13 r5 1.0
    x13 r10 1.0
    x13 r17 1.0
    x14 obj 7.0
    x14 r5 1.0
    x14 r15 1.0
    x15 obj 5.0
    x16 obj 16.0
    x16 r3 1.0
    x17 obj 14.0
    x17 r2 1.0
    x17 r12 1.0
    x17 r18 1.0
    x18 obj 15.0
    x18 r16 1.0
    x19 obj 17.0
    x19 r1 1.0
    x19 r7 1.0
    x19 r16 1.0
    x20 obj 9.0
    x20 r2 1.0
    x20 r3 1.0
    x20 r4 1.0
    x20 r5 1.0
    x20 r6 1.0
    x20 r8 1.0
    x20 r14 1.0
    x21 obj 3.0
    x21 r10 1.0
    x21 r14 1.0
    x22 obj 3.0
    x22 r0 1.0
    x22 r1 1.0
    x22 r4 1.0
    x22 r13 1.0
    x22 r16 1.0
    x23 obj 2.0
    x23 r7 1.0
    x24 obj 7.0
    x24 r10 1.0
    x24 r16 1.0
    x25 obj 5.0
    x25 r4 1.0
    x25 r7 1.0
    x25 r14 1.0
    x25 r15 1.0
    x25 r17 1.0
    x26 obj 7.0
    x26 r0 1.0
    x26 r7 1.0
    x26 r8 1.0
    x26 r14 1.0
    x26 r17 1.0
    x26 r18 1.0
    x27 obj 1.0
    x27 r3 1.0
    x27 r6 1.0
    x27 r9 1.0
    x27 r10 1.0
    x27 r12 1.0
    x27 r19 1.0
    x28 obj 14.0
    x28 r4 1.0
    x29 obj 19.0
    x29 r3 1.0
    x29 r6 1.0
    x29 r7 1.0
    x29 r9 1.0
    x29 r10 1.0
    x29 r15 1.0
    x29 r16 1.0
    x30 obj 11.0
    x30 r4 1.0
    x30 r8 1.0
    x30 r13 1.0
    x30 r16 1.0
    x31 obj 1.0
    x31 r2 1.0
    x31 r8 1.0
    x31 r11 1.0
    x31 r18 1.0
    x32 obj 4.0
    x32 r6 1.0
    x32 r8 1.0
    x32 r13 1.0
    x32 r18 1.0
    x33 obj 3.0
    x33 r0 1.0
    x33 r4 1.0
    x33 r13 1.0
    x34 obj 16.0
    x34 r0 1.0
    x34 r1 1.0
    x34 r14 1.0
    x34 r15 1.0
    x34 r18 1.0
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
    rhs r16 1.0
    rhs r17 1.0
    rhs r18 1.0
    rhs r19 1.0
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
ENDATA
