NAME free
OBJSENSE
    MAX
ROWS
 N obj
 L c1
 E c2
 N extra
COLUMNS
    MARKER 'MARKER' 'INTORG'
    z obj 1 c1 2
    MARKER 'MARKER' 'INTEND'
    y obj 2 c2 1
    y extra 3
RHS
    c1 4 c2 1
BOUNDS
 BV bnd z
 LI bnd y 1
 UI bnd y 5
 PL bnd y
ENDATA
