NAME random_06_general
ROWS
 N obj
 L r0
 G r1
 L r2
 L r3
 L r4
 E r5
 L r6
 L r7
 E r8
COLUMNS
    x0 obj -5.0
    x0 r1 -6.0
    x0 r5 2.0
    x0 r8 -2.0
    x1 obj -4.0
    x1 r3 -3.0
    x1 r8 -2.0
    x2 obj 3.0
    x2 r1 -3.0
    x2 r2 6.0
    x2 r7 9.0
    x2 r8 3.0
    MARKER 'MARKER' 'INTORG'
    x3 obj -3.0
    x3 r0 6.0
    x3 r6 4.0
    x4 obj 10.0
    x4 r0 -8.0
    x4 r1 3.0
    x4 r2 -8.0
    x4 r3 -3.0
    x4 r4 -1.0
    x4 r5 5.0
    x4 r6 7.0
    x4 r7 6.0
    x4 r8 -6.0
    MARKER 'MARKER' 'INTEND'
    x5 obj -10.0
    x5 r0 -7.0
    x5 r1 8.0
    x5 r4 -1.0
    x5 r5 -4.0
    x5 r6 -7.0
    x5 r7 9.0
    MARKER 'MARKER' 'INTORG'
    x6 obj 3.0
    x6 r1 -1.0
    x6 r2 -5.0
    x6 r4 1.0
    x6 r5 -2.0
    x6 r7 -3.0
    x6 r8 1.0
    x7 obj -4.0
    x7 r2 -4.0
    x7 r3 2.0
    x7 r5 -7.0
    x8 obj 6.0
    x8 r0 -3.0
    x8 r2 -4.0
    x8 r7 1.0
    x8 r8 -5.0
    MARKER 'MARKER' 'INTEND'
RHS
    rhs r0 11.006868914391912
    rhs r1 -21.0
    rhs r2 5.203141429677665
    rhs r3 1.0
    rhs r4 1.1438384163417017
    rhs r5 -10.445115403821191
    rhs r6 22.006868914391912
    rhs r7 63.0
    rhs r8 -4.798543095113839
RANGES
    rng r0 4.0
    rng r2 5.0
    rng r4 3.0
    rng r6 3.0
BOUNDS
 UP bnd x0 10.0
 UP bnd x1 10.0
 UP bnd x3 10.0
 UP bnd x4 10.0
 UP bnd x5 10.0
 UP bnd x6 10.0
 UP bnd x7 10.0
 PL bnd x8
ENDATA
