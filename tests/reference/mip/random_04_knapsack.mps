NAME random_04_knapsack
ROWS
 N obj
 L r0
 L r1
 L r2
 L r3
COLUMNS
    MARKER 'MARKER' 'INTORG'
    x0 obj -13.0
    x0 r0 55.0
    x0 r1 58.0
    x0 r2 18.0
    x0 r3 17.0
    x1 obj -88.0
    x1 r0 15.0
    x1 r1 58.0
    x1 r2 56.0
    x1 r3 28.0
    x2 obj -72.0
    x2 r0 12.0
    x2 r1 57.0
    x2 r2 52.0
    x2 r3 43.0
    x3 obj -32.0
    x3 r0 38.0
    x3 r1 9.0
    x3 r2 51.0
    x3 r3 30.0
    x4 obj -61.0
    x4 r0 30.0
    x4 r1 13.0
    x4 r2 16.0
    x4 r3 39.0
    x5 obj -82.0
    x5 r0 5.0
    x5 r1 9.0
    x5 r2 41.0
    x5 r3 15.0
    x6 obj -63.0
    x6 r0 18.0
    x6 r1 32.0
    x6 r2 19.0
    x6 r3 31.0
    x7 obj -14.0
    x7 r0 15.0
    x7 r1 8.0
    x7 r2 15.0
    x7 r3 43.0
    x8 obj -63.0
    x8 r0 51.0
    x8 r1 39.0
    x8 r2 7.0
    x8 r3 27.0
    x9 obj -98.0
    x9 r0 23.0
    x9 r1 28.0
    x9 r2 20.0
    x9 r3 45.0
    x10 obj -48.0
    x10 r0 39.0
    x10 r1 11.0
    x10 r2 15.0
    x10 r3 27.0
    x11 obj -87.0
    x11 r0 59.0
    x11 r1 14.0
    x11 r2 29.0
    x11 r3 15.0
    x12 obj -43.0
    x12 r0 24.0
    x12 r1 20.0
    x12 r2 39.0
    x12 r3 10.0
    x13 obj -94.0
    x13 r0 59.0
    x13 r1 31.0
    x13 r2 40.0
    x13 r3 14.0
    x14 obj -91.0
    x14 r0 36.0
    x14 r1 17.0
    x14 r2 36.0
    x14 r3 19.0
    x15 obj -18.0
    x15 r0 27.0
    x15 r1 36.0
    x15 r2 26.0
    x15 r3 52.0
    x16 obj -64.0
    x16 r0 49.0
    x16 r1 39.0
    x16 r2 34.0
    x16 r3 39.0
    x17 obj -97.0
    x17 r0 17.0
    x17 r1 45.0
    x17 r2 23.0
    x17 r3 58.0
    x18 obj -76.0
    x18 r0 22.0
    x18 r1 45.0
    x18 r2 12.0
    x18 r3 21.0
    x19 obj -63.0
    x19 r0 43.0
    x19 r1 58.0
    x19 r2 37.0
    x19 r3 14.0
    x20 obj -50.0
    x20 r0 48.0
    x20 r1 32.0
    x20 r2 37.0
    x20 r3 32.0
    x21 obj -82.0
    x21 r0 8.0
    x21 r1 34.0
    x21 r2 6.0
    x21 r3 46.0
    x22 obj -35.0
    x22 r0 15.0
    x22 r1 59.0
    x22 r2 41.0
    x22 r3 13.0
    x23 obj -15.0
    x23 r0 13.0
    x23 r1 52.0
    x23 r2 32.0
    x23 r3 22.0
    MARKER 'MARKER' 'INTEND'
RHS
    rhs r0 288.0
    rhs r1 321.0
    rhs r2 280.0
    rhs r3 280.0
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
