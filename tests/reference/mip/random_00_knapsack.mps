NAME random_00_knapsack
ROWS
 N obj
 L r0
 L r1
COLUMNS
    MARKER 'MARKER' 'INTORG'
    x0 obj -76.0
    x0 r0 41.0
    x0 r1 15.0
    x1 obj -74.0
    x1 r0 27.0
    x1 r1 24.0
    x2 obj -87.0
    x2 r0 53.0
    x2 r1 28.0
    x3 obj -69.0
    x3 r0 31.0
    x3 r1 15.0
    x4 obj -55.0
    x4 r0 7.0
    x4 r1 35.0
    x5 obj -61.0
    x5 r0 51.0
    x5 r1 52.0
    x6 obj -64.0
    x6 r0 39.0
    x6 r1 29.0
    x7 obj -11.0
    x7 r0 40.0
    x7 r1 22.0
    x8 obj -64.0
    x8 r0 38.0
    x8 r1 56.0
    x9 obj -52.0
    x9 r0 11.0
    x9 r1 8.0
    x10 obj -83.0
    x10 r0 9.0
    x10 r1 11.0
    x11 obj -73.0
    x11 r0 33.0
    x11 r1 53.0
    x12 obj -32.0
    x12 r0 52.0
    x12 r1 55.0
    x13 obj -48.0
    x13 r0 21.0
    x13 r1 48.0
    x14 obj -92.0
    x14 r0 56.0
    x14 r1 12.0
    x15 obj -41.0
    x15 r0 29.0
    x15 r1 32.0
    x16 obj -80.0
    x16 r0 44.0
    x16 r1 43.0
    x17 obj -32.0
    x17 r0 32.0
    x17 r1 54.0
    x18 obj -44.0
    x18 r0 36.0
    x18 r1 52.0
    x19 obj -89.0
    x19 r0 47.0
    x19 r1 11.0
    x20 obj -48.0
    x20 r0 51.0
    x20 r1 48.0
    x21 obj -66.0
    x21 r0 8.0
    x21 r1 15.0
    x22 obj -75.0
    x22 r0 59.0
    x22 r1 55.0
    x23 obj -63.0
    x23 r0 44.0
    x23 r1 37.0
    x24 obj -81.0
    x24 r0 59.0
    x24 r1 34.0
    MARKER 'MARKER' 'INTEND'
RHS
    rhs r0 367.0
    rhs r1 337.0
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
ENDATA
