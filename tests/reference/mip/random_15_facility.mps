NAME random_15_facility
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
 L r10
 L r11
COLUMNS
    MARKER 'MARKER' 'INTORG'
    x0 obj 140.0
    x0 r7 -76.0
    x1 obj 57.0
    x1 r8 -59.0
    x2 obj 70.0
    x2 r9 -42.0
    x3 obj 105.0
    x3 r10 -43.0
    x4 obj 94.0
    x4 r11 -66.0
    MARKER 'MARKER' 'INTEND'
    x5 obj 19.0
    x5 r0 1.0
    x5 r7 1.0
    x6 obj 9.0
    x6 r1 1.0
    x6 r7 1.0
    x7 obj 10.0
    x7 r2 1.0
    x7 r7 1.0
    x8 obj 16.0
    x8 r3 1.0
    x8 r7 1.0
    x9 obj 2.0
    x9 r4 1.0
    x9 r7 1.0
    x10 obj 6.0
    x10 r5 1.0
    x10 r7 1.0
    x11 obj 10.0
    x11 r6 1.0
    x11 r7 1.0
    x12 obj 6.0
    x12 r0 1.0
    x12 r8 1.0
    x13 obj 16.0
    x13 r1 1.0
    x13 r8 1.0
    x14 obj 18.0
    x14 r2 1.0
    x14 r8 1.0
    x15 obj 3.0
    x15 r3 1.0
    x15 r8 1.0
    x16 obj 5.0
    x16 r4 1.0
    x16 r8 1.0
    x17 obj 1.0
    x17 r5 1.0
    x17 r8 1.0
    x18 obj 14.0
    x18 r6 1.0
    x18 r8 1.0
    x19 obj 11.0
    x19 r0 1.0
    x19 r9 1.0
    x20 obj 9.0
    x20 r1 1.0
    x20 r9 1.0
    x21 obj 13.0
    x21 r2 1.0
    x21 r9 1.0
    x22 obj 11.0
    x22 r3 1.0
    x22 r9 1.0
    x23 obj 16.0
    x23 r4 1.0
    x23 r9 1.0
    x24 obj 19.0
    x24 r5 1.0
    x24 r9 1.0
    x25 obj 2.0
    x25 r6 1.0
    x25 r9 1.0
    x26 obj 4.0
    x26 r0 1.0
    x26 r10 1.0
    x27 obj 4.0
    x27 r1 1.0
    x27 r10 1.0
    x28 obj 9.0
    x28 r2 1.0
    x28 r10 1.0
    x29 obj 17.0
    x29 r3 1.0
    x29 r10 1.0
    x30 obj 18.0
    x30 r4 1.0
    x30 r10 1.0
    x31 obj 4.0
    x31 r5 1.0
    x31 r10 1.0
    x32 obj 11.0
    x32 r6 1.0
    x32 r10 1.0
    x33 obj 12.0
    x33 r0 1.0
    x33 r11 1.0
    x34 obj 6.0
    x34 r1 1.0
    x34 r11 1.0
    x35 obj 2.0
    x35 r2 1.0
    x35 r11 1.0
    x36 obj 14.0
    x36 r3 1.0
    x36 r11 1.0
    x37 obj 6.0
    x37 r4 1.0
    x37 r11 1.0
    x38 obj 5.0
    x38 r5 1.0
    x38 r11 1.0
    x39 obj 3.0
    x39 r6 1.0
    x39 r11 1.0
RHS
    rhs r0 8.0
    rhs r1 12.0
    rhs r2 17.0
    rhs r3 9.0
    rhs r4 14.0
    rhs r5 12.0
    rhs r6 13.0
BOUNDS
 UP bnd x0 1.0
 UP bnd x1 1.0
 UP bnd x2 1.0
 UP bnd x3 1.0
 UP bnd x4 1.0
ENDATA
