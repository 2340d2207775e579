NAME infeasible_knapsack
ROWS
 N obj
 G r0
 L r1
COLUMNS
    MARKER 'MARKER' 'INTORG'
    x0 obj 1.0
    x0 r0 1.0
    x0 r1 2.0
    x1 obj 1.0
    x1 r0 1.0
    x1 r1 2.0
    x2 obj 1.0
    x2 r0 1.0
    x2 r1 2.0
    x3 obj 1.0
    x3 r0 1.0
    x3 r1 2.0
    MARKER 'MARKER' 'INTEND'
RHS
    rhs r0 3.0
    rhs r1 5.0
BOUNDS
 UP bnd x0 1.0
 UP bnd x1 1.0
 UP bnd x2 1.0
 UP bnd x3 1.0
ENDATA
