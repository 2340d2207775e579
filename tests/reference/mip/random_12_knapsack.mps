NAME random_12_knapsack
ROWS
 N obj
 L r0
 L r1
 L r2
 L r3
COLUMNS
    MARKER 'MARKER' 'INTORG'
    x0 obj -27.0
    x0 r0 31.0
    x0 r1 16.0
    x0 r2 10.0
    x0 r3 34.0
    x1 obj -39.0
    x1 r0 12.0
    x1 r1 17.0
    x1 r2 51.0
    x1 r3 58.0
    x2 obj -39.0
    x2 r0 25.0
    x2 r1 48.0
    x2 r2 28.0
    x2 r3 54.0
    x3 obj -24.0
    x3 r0 28.0
    x3 r1 12.0
    x3 r2 22.0
    x3 r3 59.0
    x4 obj -14.0
    x4 r0 19.0
    x4 r1 57.0
    x4 r2 52.0
    x4 r3 22.0
    x5 obj -79.0
    x5 r0 11.0
    x5 r1 35.0
    x5 r2 9.0
    x5 r3 47.0
    x6 obj -51.0
    x6 r0 6.0
    x6 r1 32.0
    x6 r2 57.0
    x6 r3 36.0
    x7 obj -76.0
    x7 r0 53.0
    x7 r1 19.0
    x7 r2 45.0
    x7 r3 40.0
    x8 obj -77.0
    x8 r0 8.0
    x8 r1 31.0
    x8 r2 20.0
    x8 r3 9.0
    x9 obj -43.0
    x9 r0 43.0
    x9 r1 20.0
    x9 r2 57.0
    x9 r3 41.0
    x10 obj -62.0
    x10 r0 25.0
    x10 r1 40.0
    x10 r2 45.0
    x10 r3 11.0
    x11 obj -60.0
    x11 r0 9.0
    x11 r1 43.0
    x11 r2 55.0
    x11 r3 6.0
    x12 obj -63.0
    x12 r0 14.0
    x12 r1 19.0
    x12 r2 42.0
    x12 r3 45.0
    x13 obj -66.0
    x13 r0 42.0
    x13 r1 34.0
    x13 r2 22.0
    x13 r3 30.0
    x14 obj -30.0
    x14 r0 32.0
    x14 r1 58.0
    x14 r2 27.0
    x14 r3 35.0
    MARKER 'MARKER' 'INTEND'
RHS
    rhs r0 143.0
    rhs r1 192.0
    rhs r2 216.0
    rhs r3 210.0
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
ENDATA
