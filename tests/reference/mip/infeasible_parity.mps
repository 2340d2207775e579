NAME infeasible_parity
ROWS
 N obj
 E r0
COLUMNS
    MARKER 'MARKER' 'INTORG'
    x0 obj 1.0
    x0 r0 2.0
    x1 obj 1.0
    x1 r0 4.0
    MARKER 'MARKER' 'INTEND'
RHS
    rhs r0 7.0
BOUNDS
 UP bnd x0 10.0
 UP bnd x1 10.0
ENDATA
