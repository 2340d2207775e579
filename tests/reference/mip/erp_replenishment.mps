NAME          replenishment
ROWS
 N  obj
 E  balance_pump_0
 G  safety_pump_0
 L  open_pump_0
 G  moq_pump_0
 E  balance_pump_1
 G  safety_pump_1
 L  open_pump_1
 G  moq_pump_1
 E  balance_pump_2
 G  safety_pump_2
 L  open_pump_2
 G  moq_pump_2
 E  balance_pump_3
 G  safety_pump_3
 L  open_pump_3
 G  moq_pump_3
 E  balance_valve_0
 G  safety_valve_0
 L  open_valve_0
 G  moq_valve_0
 E  balance_valve_1
 G  safety_valve_1
 L  open_valve_1
 G  moq_valve_1
 E  balance_valve_2
 G  safety_valve_2
 L  open_valve_2
 G  moq_valve_2
 E  balance_valve_3
 G  safety_valve_3
 L  open_valve_3
 G  moq_valve_3
 E  balance_motor_0
 G  safety_motor_0
 L  open_motor_0
 E  balance_motor_1
 G  safety_motor_1
 L  open_motor_1
 E  balance_motor_2
 G  safety_motor_2
 L  open_motor_2
 E  balance_motor_3
 G  safety_motor_3
 L  open_motor_3
 E  balance_filter_0
 G  safety_filter_0
 L  open_filter_0
 G  moq_filter_0
 E  balance_filter_1
 G  safety_filter_1
 L  open_filter_1
 G  moq_filter_1
 E  balance_filter_2
 G  safety_filter_2
 L  open_filter_2
 G  moq_filter_2
 E  balance_filter_3
 G  safety_filter_3
 L  open_filter_3
 G  moq_filter_3
 E  balance_hose_0
 G  safety_hose_0
 L  open_hose_0
 G  moq_hose_0
 E  balance_hose_1
 G  safety_hose_1
 L  open_hose_1
 G  moq_hose_1
 E  balance_hose_2
 G  safety_hose_2
 L  open_hose_2
 G  moq_hose_2
 E  balance_hose_3
 G  safety_hose_3
 L  open_hose_3
 G  moq_hose_3
 E  balance_panel_0
 G  safety_panel_0
 L  open_panel_0
 G  moq_panel_0
 E  balance_panel_1
 G  safety_panel_1
 L  open_panel_1
 G  moq_panel_1
 E  balance_panel_2
 G  safety_panel_2
 L  open_panel_2
 G  moq_panel_2
 E  balance_panel_3
 G  safety_panel_3
 L  open_panel_3
 G  moq_panel_3
 L  budget_0
 L  warehouse_0
 L  budget_1
 L  warehouse_1
 L  budget_2
 L  warehouse_2
 L  budget_3
 L  warehouse_3
COLUMNS
    MARKER    'MARKER'    'INTORG'
    cases_pump_0  obj  480
    cases_pump_0  balance_pump_0  4
    cases_pump_0  open_pump_0  1
    cases_pump_0  moq_pump_0  1
    cases_pump_0  budget_0  480
    cases_pump_0  warehouse_0  0.32
    order_pump_0  obj  60
    order_pump_0  open_pump_0  -23
    order_pump_0  moq_pump_0  -2
    MARKER    'MARKER'    'INTEND'
    stock_pump_0  obj  2.4
    stock_pump_0  balance_pump_0  -1
    stock_pump_0  safety_pump_0  1
    stock_pump_0  balance_pump_1  1
    stock_pump_0  warehouse_1  0.08
    lost_pump_0  obj  192
    lost_pump_0  balance_pump_0  1
    short_pump_0  obj  144
    short_pump_0  safety_pump_0  1
    MARKER    'MARKER'    'INTORG'
    cases_pump_1  obj  480
    cases_pump_1  balance_pump_1  4
    cases_pump_1  open_pump_1  1
    cases_pump_1  moq_pump_1  1
    cases_pump_1  budget_1  480
    cases_pump_1  warehouse_1  0.32
    order_pump_1  obj  60
    order_pump_1  open_pump_1  -23
    order_pump_1  moq_pump_1  -2
    MARKER    'MARKER'    'INTEND'
    stock_pump_1  obj  2.4
    stock_pump_1  balance_pump_1  -1
    stock_pump_1  safety_pump_1  1
    stock_pump_1  balance_pump_2  1
    stock_pump_1  warehouse_2  0.08
    lost_pump_1  obj  192
    lost_pump_1  balance_pump_1  1
    short_pump_1  obj  144
    short_pump_1  safety_pump_1  1
    MARKER    'MARKER'    'INTORG'
    cases_pump_2  obj  480
    cases_pump_2  balance_pump_2  4
    cases_pump_2  open_pump_2  1
    cases_pump_2  moq_pump_2  1
    cases_pump_2  budget_2  480
    cases_pump_2  warehouse_2  0.32
    order_pump_2  obj  60
    order_pump_2  open_pump_2  -18
    order_pump_2  moq_pump_2  -2
    MARKER    'MARKER'    'INTEND'
    stock_pump_2  obj  2.4
    stock_pump_2  balance_pump_2  -1
    stock_pump_2  safety_pump_2  1
    stock_pump_2  balance_pump_3  1
    stock_pump_2  warehouse_3  0.08
    lost_pump_2  obj  192
    lost_pump_2  balance_pump_2  1
    short_pump_2  obj  144
    short_pump_2  safety_pump_2  1
    MARKER    'MARKER'    'INTORG'
    cases_pump_3  obj  480
    cases_pump_3  balance_pump_3  4
    cases_pump_3  open_pump_3  1
    cases_pump_3  moq_pump_3  1
    cases_pump_3  budget_3  480
    cases_pump_3  warehouse_3  0.32
    order_pump_3  obj  60
    order_pump_3  open_pump_3  -11
    order_pump_3  moq_pump_3  -2
    MARKER    'MARKER'    'INTEND'
    stock_pump_3  obj  2.4
    stock_pump_3  balance_pump_3  -1
    stock_pump_3  safety_pump_3  1
    lost_pump_3  obj  192
    lost_pump_3  balance_pump_3  1
    short_pump_3  obj  144
    short_pump_3  safety_pump_3  1
    MARKER    'MARKER'    'INTORG'
    cases_valve_0  obj  190
    cases_valve_0  balance_valve_0  20
    cases_valve_0  open_valve_0  1
    cases_valve_0  moq_valve_0  1
    cases_valve_0  budget_0  190
    cases_valve_0  warehouse_0  0.08
    order_valve_0  obj  40
    order_valve_0  open_valve_0  -42
    order_valve_0  moq_valve_0  -1
    MARKER    'MARKER'    'INTEND'
    stock_valve_0  obj  0.19
    stock_valve_0  balance_valve_0  -1
    stock_valve_0  safety_valve_0  1
    stock_valve_0  balance_valve_1  1
    stock_valve_0  warehouse_1  0.004
    lost_valve_0  obj  15.200000000000001
    lost_valve_0  balance_valve_0  1
    short_valve_0  obj  11.4
    short_valve_0  safety_valve_0  1
    MARKER    'MARKER'    'INTORG'
    cases_valve_1  obj  190
    cases_valve_1  balance_valve_1  20
    cases_valve_1  open_valve_1  1
    cases_valve_1  moq_valve_1  1
    cases_valve_1  budget_1  190
    cases_valve_1  warehouse_1  0.08
    order_valve_1  obj  40
    order_valve_1  open_valve_1  -33
    order_valve_1  moq_valve_1  -1
    MARKER    'MARKER'    'INTEND'
    stock_valve_1  obj  0.19
    stock_valve_1  balance_valve_1  -1
    stock_valve_1  safety_valve_1  1
    stock_valve_1  balance_valve_2  1
    stock_valve_1  warehouse_2  0.004
    lost_valve_1  obj  15.200000000000001
    lost_valve_1  balance_valve_1  1
    short_valve_1  obj  11.4
    short_valve_1  safety_valve_1  1
    MARKER    'MARKER'    'INTORG'
    cases_valve_2  obj  190
    cases_valve_2  balance_valve_2  20
    cases_valve_2  open_valve_2  1
    cases_valve_2  moq_valve_2  1
    cases_valve_2  budget_2  190
    cases_valve_2  warehouse_2  0.08
    order_valve_2  obj  40
    order_valve_2  open_valve_2  -22
    order_valve_2  moq_valve_2  -1
    MARKER    'MARKER'    'INTEND'
    stock_valve_2  obj  0.19
    stock_valve_2  balance_valve_2  -1
    stock_valve_2  safety_valve_2  1
    stock_valve_2  balance_valve_3  1
    stock_valve_2  warehouse_3  0.004
    lost_valve_2  obj  15.200000000000001
    lost_valve_2  balance_valve_2  1
    short_valve_2  obj  11.4
    short_valve_2  safety_valve_2  1
    MARKER    'MARKER'    'INTORG'
    cases_valve_3  obj  190
    cases_valve_3  balance_valve_3  20
    cases_valve_3  open_valve_3  1
    cases_valve_3  moq_valve_3  1
    cases_valve_3  budget_3  190
    cases_valve_3  warehouse_3  0.08
    order_valve_3  obj  40
    order_valve_3  open_valve_3  -14
    order_valve_3  moq_valve_3  -1
    MARKER    'MARKER'    'INTEND'
    stock_valve_3  obj  0.19
    stock_valve_3  balance_valve_3  -1
    stock_valve_3  safety_valve_3  1
    lost_valve_3  obj  15.200000000000001
    lost_valve_3  balance_valve_3  1
    short_valve_3  obj  11.4
    short_valve_3  safety_valve_3  1
    MARKER    'MARKER'    'INTORG'
    cases_motor_0  obj  410
    cases_motor_0  balance_motor_0  1
    cases_motor_0  open_motor_0  1
    cases_motor_0  budget_0  410
    cases_motor_0  warehouse_0  0.35
    order_motor_0  obj  90
    order_motor_0  open_motor_0  -27
    MARKER    'MARKER'    'INTEND'
    stock_motor_0  obj  8.2
    stock_motor_0  balance_motor_0  -1
    stock_motor_0  safety_motor_0  1
    stock_motor_0  balance_motor_1  1
    stock_motor_0  warehouse_1  0.35
    lost_motor_0  obj  656
    lost_motor_0  balance_motor_0  1
    short_motor_0  obj  492
    short_motor_0  safety_motor_0  1
    MARKER    'MARKER'    'INTORG'
    cases_motor_1  obj  410
    cases_motor_1  balance_motor_1  1
    cases_motor_1  open_motor_1  1
    cases_motor_1  budget_1  410
    cases_motor_1  warehouse_1  0.35
    order_motor_1  obj  90
    order_motor_1  open_motor_1  -23
    MARKER    'MARKER'    'INTEND'
    stock_motor_1  obj  8.2
    stock_motor_1  balance_motor_1  -1
    stock_motor_1  safety_motor_1  1
    stock_motor_1  balance_motor_2  1
    stock_motor_1  warehouse_2  0.35
    lost_motor_1  obj  656
    lost_motor_1  balance_motor_1  1
    short_motor_1  obj  492
    short_motor_1  safety_motor_1  1
    MARKER    'MARKER'    'INTORG'
    cases_motor_2  obj  410
    cases_motor_2  balance_motor_2  1
    cases_motor_2  open_motor_2  1
    cases_motor_2  budget_2  410
    cases_motor_2  warehouse_2  0.35
    order_motor_2  obj  90
    order_motor_2  open_motor_2  -16
    MARKER    'MARKER'    'INTEND'
    stock_motor_2  obj  8.2
    stock_motor_2  balance_motor_2  -1
    stock_motor_2  safety_motor_2  1
    stock_motor_2  balance_motor_3  1
    stock_motor_2  warehouse_3  0.35
    lost_motor_2  obj  656
    lost_motor_2  balance_motor_2  1
    short_motor_2  obj  492
    short_motor_2  safety_motor_2  1
    MARKER    'MARKER'    'INTORG'
    cases_motor_3  obj  410
    cases_motor_3  balance_motor_3  1
    cases_motor_3  open_motor_3  1
    cases_motor_3  budget_3  410
    cases_motor_3  warehouse_3  0.35
    order_motor_3  obj  90
    order_motor_3  open_motor_3  -10
    MARKER    'MARKER'    'INTEND'
    stock_motor_3  obj  8.2
    stock_motor_3  balance_motor_3  -1
    stock_motor_3  safety_motor_3  1
    lost_motor_3  obj  656
    lost_motor_3  balance_motor_3  1
    short_motor_3  obj  492
    short_motor_3  safety_motor_3  1
    MARKER    'MARKER'    'INTORG'
    cases_filter_0  obj  110.00000000000001
    cases_filter_0  balance_filter_0  50
    cases_filter_0  open_filter_0  1
    cases_filter_0  moq_filter_0  1
    cases_filter_0  budget_0  110.00000000000001
    cases_filter_0  warehouse_0  0.1
    order_filter_0  obj  30
    order_filter_0  open_filter_0  -35
    order_filter_0  moq_filter_0  -2
    MARKER    'MARKER'    'INTEND'
    stock_filter_0  obj  0.044000000000000004
    stock_filter_0  balance_filter_0  -1
    stock_filter_0  safety_filter_0  1
    stock_filter_0  balance_filter_1  1
    stock_filter_0  warehouse_1  0.002
    lost_filter_0  obj  3.5200000000000005
    lost_filter_0  balance_filter_0  1
    short_filter_0  obj  2.64
    short_filter_0  safety_filter_0  1
    MARKER    'MARKER'    'INTORG'
    cases_filter_1  obj  110.00000000000001
    cases_filter_1  balance_filter_1  50
    cases_filter_1  open_filter_1  1
    cases_filter_1  moq_filter_1  1
    cases_filter_1  budget_1  110.00000000000001
    cases_filter_1  warehouse_1  0.1
    order_filter_1  obj  30
    order_filter_1  open_filter_1  -27
    order_filter_1  moq_filter_1  -2
    MARKER    'MARKER'    'INTEND'
    stock_filter_1  obj  0.044000000000000004
    stock_filter_1  balance_filter_1  -1
    stock_filter_1  safety_filter_1  1
    stock_filter_1  balance_filter_2  1
    stock_filter_1  warehouse_2  0.002
    lost_filter_1  obj  3.5200000000000005
    lost_filter_1  balance_filter_1  1
    short_filter_1  obj  2.64
    short_filter_1  safety_filter_1  1
    MARKER    'MARKER'    'INTORG'
    cases_filter_2  obj  110.00000000000001
    cases_filter_2  balance_filter_2  50
    cases_filter_2  open_filter_2  1
    cases_filter_2  moq_filter_2  1
    cases_filter_2  budget_2  110.00000000000001
    cases_filter_2  warehouse_2  0.1
    order_filter_2  obj  30
    order_filter_2  open_filter_2  -20
    order_filter_2  moq_filter_2  -2
    MARKER    'MARKER'    'INTEND'
    stock_filter_2  obj  0.044000000000000004
    stock_filter_2  balance_filter_2  -1
    stock_filter_2  safety_filter_2  1
    stock_filter_2  balance_filter_3  1
    stock_filter_2  warehouse_3  0.002
    lost_filter_2  obj  3.5200000000000005
    lost_filter_2  balance_filter_2  1
    short_filter_2  obj  2.64
    short_filter_2  safety_filter_2  1
    MARKER    'MARKER'    'INTORG'
    cases_filter_3  obj  110.00000000000001
    cases_filter_3  balance_filter_3  50
    cases_filter_3  open_filter_3  1
    cases_filter_3  moq_filter_3  1
    cases_filter_3  budget_3  110.00000000000001
    cases_filter_3  warehouse_3  0.1
    order_filter_3  obj  30
    order_filter_3  open_filter_3  -11
    order_filter_3  moq_filter_3  -2
    MARKER    'MARKER'    'INTEND'
    stock_filter_3  obj  0.044000000000000004
    stock_filter_3  balance_filter_3  -1
    stock_filter_3  safety_filter_3  1
    lost_filter_3  obj  3.5200000000000005
    lost_filter_3  balance_filter_3  1
    short_filter_3  obj  2.64
    short_filter_3  safety_filter_3  1
    MARKER    'MARKER'    'INTORG'
    cases_hose_0  obj  140
    cases_hose_0  balance_hose_0  10
    cases_hose_0  open_hose_0  1
    cases_hose_0  moq_hose_0  1
    cases_hose_0  budget_0  140
    cases_hose_0  warehouse_0  0.3
    order_hose_0  obj  35
    order_hose_0  open_hose_0  -33
    order_hose_0  moq_hose_0  -1
    MARKER    'MARKER'    'INTEND'
    stock_hose_0  obj  0.28
    stock_hose_0  balance_hose_0  -1
    stock_hose_0  safety_hose_0  1
    stock_hose_0  balance_hose_1  1
    stock_hose_0  warehouse_1  0.03
    lost_hose_0  obj  22.400000000000002
    lost_hose_0  balance_hose_0  1
    short_hose_0  obj  16.8
    short_hose_0  safety_hose_0  1
    MARKER    'MARKER'    'INTORG'
    cases_hose_1  obj  140
    cases_hose_1  balance_hose_1  10
    cases_hose_1  open_hose_1  1
    cases_hose_1  moq_hose_1  1
    cases_hose_1  budget_1  140
    cases_hose_1  warehouse_1  0.3
    order_hose_1  obj  35
    order_hose_1  open_hose_1  -26
    order_hose_1  moq_hose_1  -1
    MARKER    'MARKER'    'INTEND'
    stock_hose_1  obj  0.28
    stock_hose_1  balance_hose_1  -1
    stock_hose_1  safety_hose_1  1
    stock_hose_1  balance_hose_2  1
    stock_hose_1  warehouse_2  0.03
    lost_hose_1  obj  22.400000000000002
    lost_hose_1  balance_hose_1  1
    short_hose_1  obj  16.8
    short_hose_1  safety_hose_1  1
    MARKER    'MARKER'    'INTORG'
    cases_hose_2  obj  140
    cases_hose_2  balance_hose_2  10
    cases_hose_2  open_hose_2  1
    cases_hose_2  moq_hose_2  1
    cases_hose_2  budget_2  140
    cases_hose_2  warehouse_2  0.3
    order_hose_2  obj  35
    order_hose_2  open_hose_2  -19
    order_hose_2  moq_hose_2  -1
    MARKER    'MARKER'    'INTEND'
    stock_hose_2  obj  0.28
    stock_hose_2  balance_hose_2  -1
    stock_hose_2  safety_hose_2  1
    stock_hose_2  balance_hose_3  1
    stock_hose_2  warehouse_3  0.03
    lost_hose_2  obj  22.400000000000002
    lost_hose_2  balance_hose_2  1
    short_hose_2  obj  16.8
    short_hose_2  safety_hose_2  1
    MARKER    'MARKER'    'INTORG'
    cases_hose_3  obj  140
    cases_hose_3  balance_hose_3  10
    cases_hose_3  open_hose_3  1
    cases_hose_3  moq_hose_3  1
    cases_hose_3  budget_3  140
    cases_hose_3  warehouse_3  0.3
    order_hose_3  obj  35
    order_hose_3  open_hose_3  -10
    order_hose_3  moq_hose_3  -1
    MARKER    'MARKER'    'INTEND'
    stock_hose_3  obj  0.28
    stock_hose_3  balance_hose_3  -1
    stock_hose_3  safety_hose_3  1
    lost_hose_3  obj  22.400000000000002
    lost_hose_3  balance_hose_3  1
    short_hose_3  obj  16.8
    short_hose_3  safety_hose_3  1
    MARKER    'MARKER'    'INTORG'
    cases_panel_0  obj  520
    cases_panel_0  balance_panel_0  2
    cases_panel_0  open_panel_0  1
    cases_panel_0  moq_panel_0  1
    cases_panel_0  budget_0  520
    cases_panel_0  warehouse_0  1.2
    order_panel_0  obj  75
    order_panel_0  open_panel_0  -15
    order_panel_0  moq_panel_0  -1
    MARKER    'MARKER'    'INTEND'
    stock_panel_0  obj  5.2
    stock_panel_0  balance_panel_0  -1
    stock_panel_0  safety_panel_0  1
    stock_panel_0  balance_panel_1  1
    stock_panel_0  warehouse_1  0.6
    lost_panel_0  obj  416
    lost_panel_0  balance_panel_0  1
    short_panel_0  obj  312
    short_panel_0  safety_panel_0  1
    MARKER    'MARKER'    'INTORG'
    cases_panel_1  obj  520
    cases_panel_1  balance_panel_1  2
    cases_panel_1  open_panel_1  1
    cases_panel_1  moq_panel_1  1
    cases_panel_1  budget_1  520
    cases_panel_1  warehouse_1  1.2
    order_panel_1  obj  75
    order_panel_1  open_panel_1  -14
    order_panel_1  moq_panel_1  -1
    MARKER    'MARKER'    'INTEND'
    stock_panel_1  obj  5.2
    stock_panel_1  balance_panel_1  -1
    stock_panel_1  safety_panel_1  1
    stock_panel_1  balance_panel_2  1
    stock_panel_1  warehouse_2  0.6
    lost_panel_1  obj  416
    lost_panel_1  balance_panel_1  1
    short_panel_1  obj  312
    short_panel_1  safety_panel_1  1
    MARKER    'MARKER'    'INTORG'
    cases_panel_2  obj  520
    cases_panel_2  balance_panel_2  2
    cases_panel_2  open_panel_2  1
    cases_panel_2  moq_panel_2  1
    cases_panel_2  budget_2  520
    cases_panel_2  warehouse_2  1.2
    order_panel_2  obj  75
    order_panel_2  open_panel_2  -10
    order_panel_2  moq_panel_2  -1
    MARKER    'MARKER'    'INTEND'
    stock_panel_2  obj  5.2
    stock_panel_2  balance_panel_2  -1
    stock_panel_2  safety_panel_2  1
    stock_panel_2  balance_panel_3  1
    stock_panel_2  warehouse_3  0.6
    lost_panel_2  obj  416
    lost_panel_2  balance_panel_2  1
    short_panel_2  obj  312
    short_panel_2  safety_panel_2  1
    MARKER    'MARKER'    'INTORG'
    cases_panel_3  obj  520
    cases_panel_3  balance_panel_3  2
    cases_panel_3  open_panel_3  1
    cases_panel_3  moq_panel_3  1
    cases_panel_3  budget_3  520
    cases_panel_3  warehouse_3  1.2
    order_panel_3  obj  75
    order_panel_3  open_panel_3  -6
    order_panel_3  moq_panel_3  -1
    MARKER    'MARKER'    'INTEND'
    stock_panel_3  obj  5.2
    stock_panel_3  balance_panel_3  -1
    stock_panel_3  safety_panel_3  1
    lost_panel_3  obj  416
    lost_panel_3  balance_panel_3  1
    short_panel_3  obj  312
    short_panel_3  safety_panel_3  1
RHS
    RHS  balance_pump_0  14
    RHS  safety_pump_0  8
    RHS  balance_pump_1  30
    RHS  safety_pump_1  8
    RHS  balance_pump_2  28
    RHS  safety_pump_2  8
    RHS  balance_pump_3  35
    RHS  safety_pump_3  8
    RHS  balance_valve_0  120
    RHS  safety_valve_0  40
    RHS  balance_valve_1  210
    RHS  safety_valve_1  40
    RHS  balance_valve_2  160
    RHS  safety_valve_2  40
    RHS  balance_valve_3  240
    RHS  safety_valve_3  40
    RHS  balance_motor_0  2
    RHS  safety_motor_0  2
    RHS  balance_motor_1  7
    RHS  safety_motor_1  2
    RHS  balance_motor_2  6
    RHS  safety_motor_2  2
    RHS  balance_motor_3  8
    RHS  safety_motor_3  2
    RHS  balance_filter_0  280
    RHS  safety_filter_0  100
    RHS  balance_filter_1  380
    RHS  safety_filter_1  100
    RHS  balance_filter_2  450
    RHS  safety_filter_2  100
    RHS  balance_filter_3  420
    RHS  safety_filter_3  100
    RHS  balance_hose_0  45
    RHS  safety_hose_0  20
    RHS  balance_hose_1  65
    RHS  safety_hose_1  20
    RHS  balance_hose_2  90
    RHS  safety_hose_2  20
    RHS  balance_hose_3  80
    RHS  safety_hose_3  20
    RHS  balance_panel_0  4
    RHS  safety_panel_0  2
    RHS  balance_panel_1  9
    RHS  safety_panel_1  2
    RHS  balance_panel_2  7
    RHS  safety_panel_2  2
    RHS  balance_panel_3  10
    RHS  safety_panel_3  2
    RHS  budget_0  11200
    RHS  warehouse_0  13.719999999999999
    RHS  budget_1  11200
    RHS  warehouse_1  18
    RHS  budget_2  11200
    RHS  warehouse_2  18
    RHS  budget_3  11200
    RHS  warehouse_3  18
BOUNDS
 UP BND  cases_pump_0  23
 BV BND  order_pump_0
 UP BND  lost_pump_0  24
 UP BND  short_pump_0  8
 UP BND  cases_pump_1  23
 BV BND  order_pump_1
 UP BND  lost_pump_1  30
 UP BND  short_pump_1  8
 UP BND  cases_pump_2  18
 BV BND  order_pump_2
 UP BND  lost_pump_2  28
 UP BND  short_pump_2  8
 UP BND  cases_pump_3  11
 BV BND  order_pump_3
 UP BND  lost_pump_3  35
 UP BND  short_pump_3  8
 UP BND  cases_valve_0  42
 BV BND  order_valve_0
 UP BND  lost_valve_0  180
 UP BND  short_valve_0  40
 UP BND  cases_valve_1  33
 BV BND  order_valve_1
 UP BND  lost_valve_1  210
 UP BND  short_valve_1  40
 UP BND  cases_valve_2  22
 BV BND  order_valve_2
 UP BND  lost_valve_2  160
 UP BND  short_valve_2  40
 UP BND  cases_valve_3  14
 BV BND  order_valve_3
 UP BND  lost_valve_3  240
 UP BND  short_valve_3  40
 UP BND  cases_motor_0  27
 BV BND  order_motor_0
 UP BND  lost_motor_0  5
 UP BND  short_motor_0  2
 UP BND  cases_motor_1  23
 BV BND  order_motor_1
 UP BND  lost_motor_1  7
 UP BND  short_motor_1  2
 UP BND  cases_motor_2  16
 BV BND  order_motor_2
 UP BND  lost_motor_2  6
 UP BND  short_motor_2  2
 UP BND  cases_motor_3  10
 BV BND  order_motor_3
 UP BND  lost_motor_3  8
 UP BND  short_motor_3  2
 UP BND  cases_filter_0  35
 BV BND  order_filter_0
 UP BND  lost_filter_0  400
 UP BND  short_filter_0  100
 UP BND  cases_filter_1  27
 BV BND  order_filter_1
 UP BND  lost_filter_1  380
 UP BND  short_filter_1  100
 UP BND  cases_filter_2  20
 BV BND  order_filter_2
 UP BND  lost_filter_2  450
 UP BND  short_filter_2  100
 UP BND  cases_filter_3  11
 BV BND  order_filter_3
 UP BND  lost_filter_3  420
 UP BND  short_filter_3  100
 UP BND  cases_hose_0  33
 BV BND  order_hose_0
 UP BND  lost_hose_0  70
 UP BND  short_hose_0  20
 UP BND  cases_hose_1  26
 BV BND  order_hose_1
 UP BND  lost_hose_1  65
 UP BND  short_hose_1  20
 UP BND  cases_hose_2  19
 BV BND  order_hose_2
 UP BND  lost_hose_2  90
 UP BND  short_hose_2  20
 UP BND  cases_hose_3  10
 BV BND  order_hose_3
 UP BND  lost_hose_3  80
 UP BND  short_hose_3  20
 UP BND  cases_panel_0  15
 BV BND  order_panel_0
 UP BND  lost_panel_0  6
 UP BND  short_panel_0  2
 UP BND  cases_panel_1  14
 BV BND  order_panel_1
 UP BND  lost_panel_1  9
 UP BND  short_panel_1  2
 UP BND  cases_panel_2  10
 BV BND  order_panel_2
 UP BND  lost_panel_2  7
 UP BND  short_panel_2  2
 UP BND  cases_panel_3  6
 BV BND  order_panel_3
 UP BND  lost_panel_3  10
 UP BND  short_panel_3  2
ENDATA
