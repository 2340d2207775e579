NAME random_19_facility
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
 L r11
COLUMNS
    MARKER 'MARKER' 'INTORG'
    x0 obj 59.0
    x0 r8 -36.0
    x1 obj 66.0
    x1 r9 -65.0
    x2 obj 90.0
    x2 r10 -77.0
    x3 obj 123.0
    x3 r11 -57.0
    MARKER 'MARKER' 'INTEND'
    x4 obj 2.0
    x4 r0 1.0
    x4 r8 1.0
    x5 obj 17.0
    x5 r1 1.0
    x5 r8 1.0
    x6 obj 11.0
    x6 r2 1.0
    x6 r8 1.0
    x7 obj 1.0
    x7 r3 1.0
    x7 r8 1.0
    x8 obj 16.0
    x8 r4 1.0
    x8 r8 1.0
    x9 obj 8.0
    x9 r5 1.0
    x9 r8 1.0
    x10 obj 17.0
    x10 r6 1.0
    x10 r8 1.0
    x11 obj 5.0
    x11 r7 1.0
    x11 r8 1.0
    x12 obj 15.0
    x12 r0 1.0
    x12 r9 1.0
    x13 obj 14.0
    x13 r1 1.0
    x13 r9 1.0
    x14 obj 11.0
    x14 r2 1.0
    x14 r9 1.0
    x15 obj 4.0
    x15 r3 1.0
    x15 r9 1.0
    x16 obj 6.0
    x16 r4 1.0
    x16 r9 1.0
    x17 obj 3.0
    x17 r5 1.0
    x17 r9 1.0
    x18 obj 8.0
    x18 r6 1.0
    x18 r9 1.0
    x19 obj 16.0
    x19 r7 1.0
    x19 r9 1.0
    x20 obj 5.0
    x20 r0 1.0
    x20 r10 1.0
    x21 obj 3.0
    x21 r1 1.0
    x21 r10 1.0
    x22 obj 18.0
    x22 r2 1.0
    x22 r10 1.0
    x23 obj 3.0
    x23 r3 1.0
    x23 r10 1.0
    x24 obj 15.0
    x24 r4 1.0
    x24 r10 1.0
    x25 obj 19.0
    x25 r5 1.0
    x25 r10 1.0
    x26 obj 18.0
    x26 r6 1.0
    x26 r10 1.0
    x27 obj 4.0
    x27 r7 1.0
    x27 r10 1.0
    x28 obj 7.0
    x28 r0 1.0
    x28 r11 1.0
    x29 obj 17.0
    x29 r1 1.0
    x29 r11 1.0
    x30 obj 3.0
    x30 r2 1.0
    x30 r11 1.0
    x31 obj 9.0
    x31 r3 1.0
    x31 r11 1.0
    x32 obj 12.0
    x32 r4 1.0
    x32 r11 1.0
    x33 obj 13.0
    x33 r5 1.0
    x33 r11 1.0
    x34 obj 15.0
    x34 r6 1.0
    x34 r11 1.0
    x35 obj 7.0
    x35 r7 1.0
    x35 r11 1.0
RHS
    rhs r0 12.0
    rhs r1 5.0
    rhs r2 20.0
    rhs r3 15.0
    rhs r4 6.0
    rhs r5 21.0
    rhs r6 20.0
    rhs r7 6.0
BOUNDS
 UP bnd x0 1.0
 UP bnd x1 1.0
 UP bnd x2 1.0
 UP bnd x3 1.0
ENDATA
