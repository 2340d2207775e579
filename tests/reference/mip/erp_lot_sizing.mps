NAME          erp_lot_sizing
ROWS
 N  obj
 E  balance_0_0
 L  setup_forcing_0_0
 E  balance_0_1
 L  setup_forcing_0_1
 E  balance_0_2
 L  setup_forcing_0_2
 E  balance_0_3
 L  setup_forcing_0_3
 E  balance_0_4
 L  setup_forcing_0_4
 E  balance_0_5
 L  setup_forcing_0_5
 E  balance_0_6
 L  setup_forcing_0_6
 E  balance_0_7
 L  setup_forcing_0_7
 E  balance_1_0
 L  setup_forcing_1_0
 E  balance_1_1
 L  setup_forcing_1_1
 E  balance_1_2
 L  setup_forcing_1_2
 E  balance_1_3
 L  setup_forcing_1_3
 E  balance_1_4
 L  setup_forcing_1_4
 E  balance_1_5
 L  setup_forcing_1_5
 E  balance_1_6
 L  setup_forcing_1_6
 E  balance_1_7
 L  setup_forcing_1_7
 E  balance_2_0
 L  setup_forcing_2_0
 E  balance_2_1
 L  setup_forcing_2_1
 E  balance_2_2
 L  setup_forcing_2_2
 E  balance_2_3
 L  setup_forcing_2_3
 E  balance_2_4
 L  setup_forcing_2_4
 E  balance_2_5
 L  setup_forcing_2_5
 E  balance_2_6
 L  setup_forcing_2_6
 E  balance_2_7
 L  setup_forcing_2_7
 E  balance_3_0
 L  setup_forcing_3_0
 E  balance_3_1
 L  setup_forcing_3_1
 E  balance_3_2
 L  setup_forcing_3_2
 E  balance_3_3
 L  setup_forcing_3_3
 E  balance_3_4
 L  setup_forcing_3_4
 E  balance_3_5
 L  setup_forcing_3_5
 E  balance_3_6
 L  setup_forcing_3_6
 E  balance_3_7
 L  setup_forcing_3_7
 L  machine_0
 L  machine_1
 L  machine_2
 L  machine_3
 L  machine_4
 L  machine_5
 L  machine_6
 L  machine_7
COLUMNS
    make_0_0  balance_0_0  1
    make_0_0  setup_forcing_0_0  1
    make_0_0  machine_0  1
    MARKER    'MARKER'    'INTORG'
    setup_0_0  obj  400
    setup_0_0  setup_forcing_0_0  -210
    setup_0_0  machine_0  10
    MARKER    'MARKER'    'INTEND'
    stock_0_0  obj  2
    stock_0_0  balance_0_0  -1
    stock_0_0  balance_0_1  1
    make_0_1  balance_0_1  1
    make_0_1  setup_forcing_0_1  1
    make_0_1  machine_1  1
    MARKER    'MARKER'    'INTORG'
    setup_0_1  obj  400
    setup_0_1  setup_forcing_0_1  -210
    setup_0_1  machine_1  10
    MARKER    'MARKER'    'INTEND'
    stock_0_1  obj  2
    stock_0_1  balance_0_1  -1
    stock_0_1  balance_0_2  1
    make_0_2  balance_0_2  1
    make_0_2  setup_forcing_0_2  1
    make_0_2  machine_2  1
    MARKER    'MARKER'    'INTORG'
    setup_0_2  obj  400
    setup_0_2  setup_forcing_0_2  -210
    setup_0_2  machine_2  10
    MARKER    'MARKER'    'INTEND'
    stock_0_2  obj  2
    stock_0_2  balance_0_2  -1
    stock_0_2  balance_0_3  1
    make_0_3  balance_0_3  1
    make_0_3  setup_forcing_0_3  1
    make_0_3  machine_3  1
    MARKER    'MARKER'    'INTORG'
    setup_0_3  obj  400
    setup_0_3  setup_forcing_0_3  -210
    setup_0_3  machine_3  10
    MARKER    'MARKER'    'INTEND'
    stock_0_3  obj  2
    stock_0_3  balance_0_3  -1
    stock_0_3  balance_0_4  1
    make_0_4  balance_0_4  1
    make_0_4  setup_forcing_0_4  1
    make_0_4  machine_4  1
    MARKER    'MARKER'    'INTORG'
    setup_0_4  obj  400
    setup_0_4  setup_forcing_0_4  -190
    setup_0_4  machine_4  10
    MARKER    'MARKER'    'INTEND'
    stock_0_4  obj  2
    stock_0_4  balance_0_4  -1
    stock_0_4  balance_0_5  1
    make_0_5  balance_0_5  1
    make_0_5  setup_forcing_0_5  1
    make_0_5  machine_5  1
    MARKER    'MARKER'    'INTORG'
    setup_0_5  obj  400
    setup_0_5  setup_forcing_0_5  -140
    setup_0_5  machine_5  10
    MARKER    'MARKER'    'INTEND'
    stock_0_5  obj  2
    stock_0_5  balance_0_5  -1
    stock_0_5  balance_0_6  1
    make_0_6  balance_0_6  1
    make_0_6  setup_forcing_0_6  1
    make_0_6  machine_6  1
    MARKER    'MARKER'    'INTORG'
    setup_0_6  obj  400
    setup_0_6  setup_forcing_0_6  -110
    setup_0_6  machine_6  10
    MARKER    'MARKER'    'INTEND'
    stock_0_6  obj  2
    stock_0_6  balance_0_6  -1
    stock_0_6  balance_0_7  1
    make_0_7  balance_0_7  1
    make_0_7  setup_forcing_0_7  1
    make_0_7  machine_7  1
    MARKER    'MARKER'    'INTORG'
    setup_0_7  obj  400
    setup_0_7  setup_forcing_0_7  -40
    setup_0_7  machine_7  10
    MARKER    'MARKER'    'INTEND'
    stock_0_7  obj  2
    stock_0_7  balance_0_7  -1
    make_1_0  balance_1_0  1
    make_1_0  setup_forcing_1_0  1
    make_1_0  machine_0  1.5
    MARKER    'MARKER'    'INTORG'
    setup_1_0  obj  300
    setup_1_0  setup_forcing_1_0  -141.33333333333334
    setup_1_0  machine_0  8
    MARKER    'MARKER'    'INTEND'
    stock_1_0  obj  3
    stock_1_0  balance_1_0  -1
    stock_1_0  balance_1_1  1
    make_1_1  balance_1_1  1
    make_1_1  setup_forcing_1_1  1
    make_1_1  machine_1  1.5
    MARKER    'MARKER'    'INTORG'
    setup_1_1  obj  300
    setup_1_1  setup_forcing_1_1  -141.33333333333334
    setup_1_1  machine_1  8
    MARKER    'MARKER'    'INTEND'
    stock_1_1  obj  3
    stock_1_1  balance_1_1  -1
    stock_1_1  balance_1_2  1
    make_1_2  balance_1_2  1
    make_1_2  setup_forcing_1_2  1
    make_1_2  machine_2  1.5
    MARKER    'MARKER'    'INTORG'
    setup_1_2  obj  300
    setup_1_2  setup_forcing_1_2  -141.33333333333334
    setup_1_2  machine_2  8
    MARKER    'MARKER'    'INTEND'
    stock_1_2  obj  3
    stock_1_2  balance_1_2  -1
    stock_1_2  balance_1_3  1
    make_1_3  balance_1_3  1
    make_1_3  setup_forcing_1_3  1
    make_1_3  machine_3  1.5
    MARKER    'MARKER'    'INTORG'
    setup_1_3  obj  300
    setup_1_3  setup_forcing_1_3  -141.33333333333334
    setup_1_3  machine_3  8
    MARKER    'MARKER'    'INTEND'
    stock_1_3  obj  3
    stock_1_3  balance_1_3  -1
    stock_1_3  balance_1_4  1
    make_1_4  balance_1_4  1
    make_1_4  setup_forcing_1_4  1
    make_1_4  machine_4  1.5
    MARKER    'MARKER'    'INTORG'
    setup_1_4  obj  300
    setup_1_4  setup_forcing_1_4  -140
    setup_1_4  machine_4  8
    MARKER    'MARKER'    'INTEND'
    stock_1_4  obj  3
    stock_1_4  balance_1_4  -1
    stock_1_4  balance_1_5  1
    make_1_5  balance_1_5  1
    make_1_5  setup_forcing_1_5  1
    make_1_5  machine_5  1.5
    MARKER    'MARKER'    'INTORG'
    setup_1_5  obj  300
    setup_1_5  setup_forcing_1_5  -80
    setup_1_5  machine_5  8
    MARKER    'MARKER'    'INTEND'
    stock_1_5  obj  3
    stock_1_5  balance_1_5  -1
    stock_1_5  balance_1_6  1
    make_1_6  balance_1_6  1
    make_1_6  setup_forcing_1_6  1
    make_1_6  machine_6  1.5
    MARKER    'MARKER'    'INTORG'
    setup_1_6  obj  300
    setup_1_6  setup_forcing_1_6  -50
    setup_1_6  machine_6  8
    MARKER    'MARKER'    'INTEND'
    stock_1_6  obj  3
    stock_1_6  balance_1_6  -1
    stock_1_6  balance_1_7  1
    make_1_7  balance_1_7  1
    make_1_7  setup_forcing_1_7  1
    make_1_7  machine_7  1.5
    MARKER    'MARKER'    'INTORG'
    setup_1_7  obj  300
    setup_1_7  setup_forcing_1_7  -50
    setup_1_7  machine_7  8
    MARKER    'MARKER'    'INTEND'
    stock_1_7  obj  3
    stock_1_7  balance_1_7  -1
    make_2_0  balance_2_0  1
    make_2_0  setup_forcing_2_0  1
    make_2_0  machine_0  0.8
    MARKER    'MARKER'    'INTORG'
    setup_2_0  obj  500
    setup_2_0  setup_forcing_2_0  -260
    setup_2_0  machine_0  12
    MARKER    'MARKER'    'INTEND'
    stock_2_0  obj  1.5
    stock_2_0  balance_2_0  -1
    stock_2_0  balance_2_1  1
    make_2_1  balance_2_1  1
    make_2_1  setup_forcing_2_1  1
    make_2_1  machine_1  0.8
    MARKER    'MARKER'    'INTORG'
    setup_2_1  obj  500
    setup_2_1  setup_forcing_2_1  -260
    setup_2_1  machine_1  12
    MARKER    'MARKER'    'INTEND'
    stock_2_1  obj  1.5
    stock_2_1  balance_2_1  -1
    stock_2_1  balance_2_2  1
    make_2_2  balance_2_2  1
    make_2_2  setup_forcing_2_2  1
    make_2_2  machine_2  0.8
    MARKER    'MARKER'    'INTORG'
    setup_2_2  obj  500
    setup_2_2  setup_forcing_2_2  -260
    setup_2_2  machine_2  12
    MARKER    'MARKER'    'INTEND'
    stock_2_2  obj  1.5
    stock_2_2  balance_2_2  -1
    stock_2_2  balance_2_3  1
    make_2_3  balance_2_3  1
    make_2_3  setup_forcing_2_3  1
    make_2_3  machine_3  0.8
    MARKER    'MARKER'    'INTORG'
    setup_2_3  obj  500
    setup_2_3  setup_forcing_2_3  -220
    setup_2_3  machine_3  12
    MARKER    'MARKER'    'INTEND'
    stock_2_3  obj  1.5
    stock_2_3  balance_2_3  -1
    stock_2_3  balance_2_4  1
    make_2_4  balance_2_4  1
    make_2_4  setup_forcing_2_4  1
    make_2_4  machine_4  0.8
    MARKER    'MARKER'    'INTORG'
    setup_2_4  obj  500
    setup_2_4  setup_forcing_2_4  -220
    setup_2_4  machine_4  12
    MARKER    'MARKER'    'INTEND'
    stock_2_4  obj  1.5
    stock_2_4  balance_2_4  -1
    stock_2_4  balance_2_5  1
    make_2_5  balance_2_5  1
    make_2_5  setup_forcing_2_5  1
    make_2_5  machine_5  0.8
    MARKER    'MARKER'    'INTORG'
    setup_2_5  obj  500
    setup_2_5  setup_forcing_2_5  -140
    setup_2_5  machine_5  12
    MARKER    'MARKER'    'INTEND'
    stock_2_5  obj  1.5
    stock_2_5  balance_2_5  -1
    stock_2_5  balance_2_6  1
    make_2_6  balance_2_6  1
    make_2_6  setup_forcing_2_6  1
    make_2_6  machine_6  0.8
    MARKER    'MARKER'    'INTORG'
    setup_2_6  obj  500
    setup_2_6  setup_forcing_2_6  -90
    setup_2_6  machine_6  12
    MARKER    'MARKER'    'INTEND'
    stock_2_6  obj  1.5
    stock_2_6  balance_2_6  -1
    stock_2_6  balance_2_7  1
    make_2_7  balance_2_7  1
    make_2_7  setup_forcing_2_7  1
    make_2_7  machine_7  0.8
    MARKER    'MARKER'    'INTORG'
    setup_2_7  obj  500
    setup_2_7  setup_forcing_2_7  -30
    setup_2_7  machine_7  12
    MARKER    'MARKER'    'INTEND'
    stock_2_7  obj  1.5
    stock_2_7  balance_2_7  -1
    make_3_0  balance_3_0  1
    make_3_0  setup_forcing_3_0  1
    make_3_0  machine_0  1.2
    MARKER    'MARKER'    'INTORG'
    setup_3_0  obj  250
    setup_3_0  setup_forcing_3_0  -178.33333333333334
    setup_3_0  machine_0  6
    MARKER    'MARKER'    'INTEND'
    stock_3_0  obj  2.5
    stock_3_0  balance_3_0  -1
    stock_3_0  balance_3_1  1
    make_3_1  balance_3_1  1
    make_3_1  setup_forcing_3_1  1
    make_3_1  machine_1  1.2
    MARKER    'MARKER'    'INTORG'
    setup_3_1  obj  250
    setup_3_1  setup_forcing_3_1  -178.33333333333334
    setup_3_1  machine_1  6
    MARKER    'MARKER'    'INTEND'
    stock_3_1  obj  2.5
    stock_3_1  balance_3_1  -1
    stock_3_1  balance_3_2  1
    make_3_2  balance_3_2  1
    make_3_2  setup_forcing_3_2  1
    make_3_2  machine_2  1.2
    MARKER    'MARKER'    'INTORG'
    setup_3_2  obj  250
    setup_3_2  setup_forcing_3_2  -178.33333333333334
    setup_3_2  machine_2  6
    MARKER    'MARKER'    'INTEND'
    stock_3_2  obj  2.5
    stock_3_2  balance_3_2  -1
    stock_3_2  balance_3_3  1
    make_3_3  balance_3_3  1
    make_3_3  setup_forcing_3_3  1
    make_3_3  machine_3  1.2
    MARKER    'MARKER'    'INTORG'
    setup_3_3  obj  250
    setup_3_3  setup_forcing_3_3  -178.33333333333334
    setup_3_3  machine_3  6
    MARKER    'MARKER'    'INTEND'
    stock_3_3  obj  2.5
    stock_3_3  balance_3_3  -1
    stock_3_3  balance_3_4  1
    make_3_4  balance_3_4  1
    make_3_4  setup_forcing_3_4  1
    make_3_4  machine_4  1.2
    MARKER    'MARKER'    'INTORG'
    setup_3_4  obj  250
    setup_3_4  setup_forcing_3_4  -130
    setup_3_4  machine_4  6
    MARKER    'MARKER'    'INTEND'
    stock_3_4  obj  2.5
    stock_3_4  balance_3_4  -1
    stock_3_4  balance_3_5  1
    make_3_5  balance_3_5  1
    make_3_5  setup_forcing_3_5  1
    make_3_5  machine_5  1.2
    MARKER    'MARKER'    'INTORG'
    setup_3_5  obj  250
    setup_3_5  setup_forcing_3_5  -130
    setup_3_5  machine_5  6
    MARKER    'MARKER'    'INTEND'
    stock_3_5  obj  2.5
    stock_3_5  balance_3_5  -1
    stock_3_5  balance_3_6  1
    make_3_6  balance_3_6  1
    make_3_6  setup_forcing_3_6  1
    make_3_6  machine_6  1.2
    MARKER    'MARKER'    'INTORG'
    setup_3_6  obj  250
    setup_3_6  setup_forcing_3_6  -90
    setup_3_6  machine_6  6
    MARKER    'MARKER'    'INTEND'
    stock_3_6  obj  2.5
    stock_3_6  balance_3_6  -1
    stock_3_6  balance_3_7  1
    make_3_7  balance_3_7  1
    make_3_7  setup_forcing_3_7  1
    make_3_7  machine_7  1.2
    MARKER    'MARKER'    'INTORG'
    setup_3_7  obj  250
    setup_3_7  setup_forcing_3_7  -60
    setup_3_7  machine_7  6
    MARKER    'MARKER'    'INTEND'
    stock_3_7  obj  2.5
    stock_3_7  balance_3_7  -1
RHS
    RHS  balance_0_0  40
    RHS  balance_0_1  60
    RHS  balance_0_3  80
    RHS  balance_0_4  50
    RHS  balance_0_5  30
    RHS  balance_0_6  70
    RHS  balance_0_7  40
    RHS  balance_1_0  30
    RHS  balance_1_2  50
    RHS  balance_1_3  40
    RHS  balance_1_4  60
    RHS  balance_1_5  30
    RHS  balance_1_7  50
    RHS  balance_2_0  60
    RHS  balance_2_1  70
    RHS  balance_2_2  40
    RHS  balance_2_4  80
    RHS  balance_2_5  50
    RHS  balance_2_6  60
    RHS  balance_2_7  30
    RHS  balance_3_0  20
    RHS  balance_3_1  40
    RHS  balance_3_2  30
    RHS  balance_3_3  50
    RHS  balance_3_5  40
    RHS  balance_3_6  30
    RHS  balance_3_7  60
    RHS  machine_0  220
    RHS  machine_1  220
    RHS  machine_2  220
    RHS  machine_3  220
    RHS  machine_4  220
    RHS  machine_5  220
    RHS  machine_6  220
    RHS  machine_7  220
BOUNDS
 BV BND  setup_0_0
 BV BND  setup_0_1
 BV BND  setup_0_2
 BV BND  setup_0_3
 BV BND  setup_0_4
 BV BND  setup_0_5
 BV BND  setup_0_6
 BV BND  setup_0_7
 BV BND  setup_1_0
 BV BND  setup_1_1
 BV BND  setup_1_2
 BV BND  setup_1_3
 BV BND  setup_1_4
 BV BND  setup_1_5
 BV BND  setup_1_6
 BV BND  setup_1_7
 BV BND  setup_2_0
 BV BND  setup_2_1
 BV BND  setup_2_2
 BV BND  setup_2_3
 BV BND  setup_2_4
 BV BND  setup_2_5
 BV BND  setup_2_6
 BV BND  setup_2_7
 BV BND  setup_3_0
 BV BND  setup_3_1
 BV BND  setup_3_2
 BV BND  setup_3_3
 BV BND  setup_3_4
 BV BND  setup_3_5
 BV BND  setup_3_6
 BV BND  setup_3_7
ENDATA
