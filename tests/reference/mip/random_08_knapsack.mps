NAME random_08_knapsack
ROWS
 N obj
 L r0
 L r1
COLUMNS
    MARKER 'MARKER' 'INTORG'
    x0 obj -47.0
    x0 r0 33.0
    x0 r1 25.0
    x1 obj -60.0
    x1 r0 44.0
    x1 r1 20.0
    x2 obj -28.0
    x2 r0 41.0
    x2 r1 50.0
    x3 obj -34.0
    x3 r0 23.0
    x3 r1 28.0
    x4 obj -83.0
    x4 r0 46.0
    x4 r1 44.0
    x5 obj -66.0
    x5 r0 39.0
    x5 r1 44.0
    x6 obj -72.0
    x6 r0 19.0
    x6 r1 59.0
    x7 obj -40.0
    x7 r0 52.0
    x7 r1 22.0
    x8 obj -27.0
    x8 r0 59.0
    x8 r1 43.0
    x9 obj -95.0
    x9 r0 34.0
    x9 r1 15.0
    x10 obj -19.0
    x10 r0 20.0
    x10 r1 49.0
    x11 obj -64.0
    x11 r0 50.0
    x11 r1 15.0
    x12 obj -71.0
    x12 r0 25.0
    x12 r1 12.0
    x13 obj -77.0
    x13 r0 24.0
    x13 r1 17.0
    x14 obj -24.0
    x14 r0 21.0
    x14 r1 13.0
    x15 obj -42.0
    x15 r0 58.0
    x15 r1 54.0
    x16 obj -37.0
    x16 r0 51.0
    x16 r1 24.0
    x17 obj -94.0
    x17 r0 26.0
    x17 r1 12.0
    x18 obj -95.0
    x18 r0 46.0
    x18 r1 12.0
    x19 obj -23.0
    x19 r0 32.0
    x19 r1 57.0
    MARKER 'MARKER' 'INTEND'
RHS
    rhs r0 297.0
    rhs r1 246.0
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
ENDATA
