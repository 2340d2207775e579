NAME random_20_knapsack
ROWS
 N obj
 L r0
 L r1
COLUMNS
    MARKER 'MARKER' 'INTORG'
    x0 obj -95.0
    x0 r0 56.0
    x0 r1 56.0
    x1 obj -38.0
    x1 r0 33.0
    x1 r1 37.0
    x2 obj -94.0
    x2 r0 7.0
    x2 r1 17.0
    x3 obj -16.0
    x3 r0 32.0
    x3 r1 32.0
    x4 obj -86.0
    x4 r0 45.0
    x4 r1 5.0
    x5 obj -15.0
    x5 r0 42.0
    x5 r1 8.0
    x6 obj -63.0
    x6 r0 48.0
    x6 r1 35.0
    x7 obj -89.0
    x7 r0 55.0
    x7 r1 23.0
    x8 obj -32.0
    x8 r0 31.0
    x8 r1 51.0
    x9 obj -22.0
    x9 r0 35.0
    x9 r1 27.0
    x10 obj -31.0
    x10 r0 53.0
    x10 r1 33.0
    x11 obj -81.0
    x11 r0 19.0
    x11 r1 50.0
    x12 obj -65.0
    x12 r0 28.0
    x12 r1 29.0
    x13 obj -84.0
    x13 r0 49.0
    x13 r1 10.0
    x14 obj -32.0
    x14 r0 14.0
    x14 r1 12.0
    x15 obj -63.0
    x15 r0 48.0
    x15 r1 52.0
    x16 obj -30.0
    x16 r0 52.0
    x16 r1 53.0
    x17 obj -70.0
    x17 r0 59.0
    x17 r1 54.0
    x18 obj -82.0
    x18 r0 57.0
    x18 r1 37.0
    x19 obj -75.0
    x19 r0 31.0
    x19 r1 17.0
    x20 obj -96.0
    x20 r0 59.0
    x20 r1 11.0
    x21 obj -15.0
    x21 r0 53.0
    x21 r1 31.0
    x22 obj -55.0
    x22 r0 8.0
    x22 r1 46.0
    x23 obj -22.0
    x23 r0 48.0
    x23 r1 32.0
    x24 obj -48.0
    x24 r0 47.0
    x24 r1 45.0
    x25 obj -65.0
    x25 r0 11.0
    x25 r1 6.0
    MARKER 'MARKER' 'INTEND'
RHS
    rhs r0 408.0
    rhs r1 323.0
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
ENDATA
