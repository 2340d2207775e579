NAME unbounded_diagonal
ROWS
 N obj
 L r0
 L r1
COLUMNS
    MARKER 'MARKER' 'INTORG'
    x0 obj -1.0
    x0 r0 1.0
    x0 r1 -1.0
    x1 obj -1.0
    x1 r0 -1.0
    x1 r1 1.0
    MARKER 'MARKER' 'INTEND'
RHS
    rhs r0 0.5
    rhs r1 0.5
BOUNDS
 PL bnd x0
 PL bnd x1
ENDATA
