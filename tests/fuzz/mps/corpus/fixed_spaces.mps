NAME          SPACES
ROWS
 N  OBJ ROW
 L  BR   1 1
COLUMNS
    X 1       OBJ ROW         1.   BR   1 1         2.
RHS
    RHS 1     BR   1 1        10.
BOUNDS
 UP BND 1     X 1             5.
ENDATA
