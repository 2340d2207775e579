NAME infeasible_band
ROWS
 N obj
 L r0
COLUMNS
    MARKER 'MARKER' 'INTORG'
    x0 obj 1.0
    x0 r0 1.0
    x1 obj 2.0
    x1 r0 1.0
    MARKER 'MARKER' 'INTEND'
RHS
    rhs r0 1.8
RANGES
    rng r0 0.6000000000000001
BOUNDS
 UP bnd x0 5.0
 UP bnd x1 5.0
ENDATA
