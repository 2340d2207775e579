NAME          erp_facility_location
ROWS
 N  obj
 L  link_0_0
 L  link_0_1
 L  link_0_2
 L  link_0_3
 L  link_0_4
 L  link_0_5
 L  link_0_6
 L  link_0_7
 L  link_0_8
 L  link_0_9
 L  link_0_10
 L  link_0_11
 L  link_0_12
 L  link_0_13
 L  link_0_14
 L  link_0_15
 L  link_0_16
 L  link_0_17
 L  link_0_18
 L  link_0_19
 L  link_0_20
 L  link_0_21
 L  link_0_22
 L  link_0_23
 L  link_0_24
 L  link_0_25
 L  link_0_26
 L  link_0_27
 L  link_0_28
 L  link_0_29
 L  link_1_0
 L  link_1_1
 L  link_1_2
 L  link_1_3
 L  link_1_4
 L  link_1_5
 L  link_1_6
 L  link_1_7
 L  link_1_8
 L  link_1_9
 L  link_1_10
 L  link_1_11
 L  link_1_12
 L  link_1_13
 L  link_1_14
 L  link_1_15
 L  link_1_16
 L  link_1_17
 L  link_1_18
 L  link_1_19
 L  link_1_20
 L  link_1_21
 L  link_1_22
 L  link_1_23
 L  link_1_24
 L  link_1_25
 L  link_1_26
 L  link_1_27
 L  link_1_28
 L  link_1_29
 L  link_2_0
 L  link_2_1
 L  link_2_2
 L  link_2_3
 L  link_2_4
 L  link_2_5
 L  link_2_6
 L  link_2_7
 L  link_2_8
 L  link_2_9
 L  link_2_10
 L  link_2_11
 L  link_2_12
 L  link_2_13
 L  link_2_14
 L  link_2_15
 L  link_2_16
 L  link_2_17
 L  link_2_18
 L  link_2_19
 L  link_2_20
 L  link_2_21
 L  link_2_22
 L  link_2_23
 L  link_2_24
 L  link_2_25
 L  link_2_26
 L  link_2_27
 L  link_2_28
 L  link_2_29
 L  link_3_0
 L  link_3_1
 L  link_3_2
 L  link_3_3
 L  link_3_4
 L  link_3_5
 L  link_3_6
 L  link_3_7
 L  link_3_8
 L  link_3_9
 L  link_3_10
 L  link_3_11
 L  link_3_12
 L  link_3_13
 L  link_3_14
 L  link_3_15
 L  link_3_16
 L  link_3_17
 L  link_3_18
 L  link_3_19
 L  link_3_20
 L  link_3_21
 L  link_3_22
 L  link_3_23
 L  link_3_24
 L  link_3_25
 L  link_3_26
 L  link_3_27
 L  link_3_28
 L  link_3_29
 L  link_4_0
 L  link_4_1
 L  link_4_2
 L  link_4_3
 L  link_4_4
 L  link_4_5
 L  link_4_6
 L  link_4_7
 L  link_4_8
 L  link_4_9
 L  link_4_10
 L  link_4_11
 L  link_4_12
 L  link_4_13
 L  link_4_14
 L  link_4_15
 L  link_4_16
 L  link_4_17
 L  link_4_18
 L  link_4_19
 L  link_4_20
 L  link_4_21
 L  link_4_22
 L  link_4_23
 L  link_4_24
 L  link_4_25
 L  link_4_26
 L  link_4_27
 L  link_4_28
 L  link_4_29
 L  link_5_0
 L  link_5_1
 L  link_5_2
 L  link_5_3
 L  link_5_4
 L  link_5_5
 L  link_5_6
 L  link_5_7
 L  link_5_8
 L  link_5_9
 L  link_5_10
 L  link_5_11
 L  link_5_12
 L  link_5_13
 L  link_5_14
 L  link_5_15
 L  link_5_16
 L  link_5_17
 L  link_5_18
 L  link_5_19
 L  link_5_20
 L  link_5_21
 L  link_5_22
 L  link_5_23
 L  link_5_24
 L  link_5_25
 L  link_5_26
 L  link_5_27
 L  link_5_28
 L  link_5_29
 L  link_6_0
 L  link_6_1
 L  link_6_2
 L  link_6_3
 L  link_6_4
 L  link_6_5
 L  link_6_6
 L  link_6_7
 L  link_6_8
 L  link_6_9
 L  link_6_10
 L  link_6_11
 L  link_6_12
 L  link_6_13
 L  link_6_14
 L  link_6_15
 L  link_6_16
 L  link_6_17
 L  link_6_18
 L  link_6_19
 L  link_6_20
 L  link_6_21
 L  link_6_22
 L  link_6_23
 L  link_6_24
 L  link_6_25
 L  link_6_26
 L  link_6_27
 L  link_6_28
 L  link_6_29
 L  link_7_0
 L  link_7_1
 L  link_7_2
 L  link_7_3
 L  link_7_4
 L  link_7_5
 L  link_7_6
 L  link_7_7
 L  link_7_8
 L  link_7_9
 L  link_7_10
 L  link_7_11
 L  link_7_12
 L  link_7_13
 L  link_7_14
 L  link_7_15
 L  link_7_16
 L  link_7_17
 L  link_7_18
 L  link_7_19
 L  link_7_20
 L  link_7_21
 L  link_7_22
 L  link_7_23
 L  link_7_24
 L  link_7_25
 L  link_7_26
 L  link_7_27
 L  link_7_28
 L  link_7_29
 E  demand_0
 E  demand_1
 E  demand_2
 E  demand_3
 E  demand_4
 E  demand_5
 E  demand_6
 E  demand_7
 E  demand_8
 E  demand_9
 E  demand_10
 E  demand_11
 E  demand_12
 E  demand_13
 E  demand_14
 E  demand_15
 E  demand_16
 E  demand_17
 E  demand_18
 E  demand_19
 E  demand_20
 E  demand_21
 E  demand_22
 E  demand_23
 E  demand_24
 E  demand_25
 E  demand_26
 E  demand_27
 E  demand_28
 E  demand_29
COLUMNS
    MARKER    'MARKER'    'INTORG'
    open_0  obj  3500
    open_0  link_0_0  -1
    open_0  link_0_1  -1
    open_0  link_0_2  -1
    open_0  link_0_3  -1
    open_0  link_0_4  -1
    open_0  link_0_5  -1
    open_0  link_0_6  -1
    open_0  link_0_7  -1
    open_0  link_0_8  -1
    open_0  link_0_9  -1
    open_0  link_0_10  -1
    open_0  link_0_11  -1
    open_0  link_0_12  -1
    open_0  link_0_13  -1
    open_0  link_0_14  -1
    open_0  link_0_15  -1
    open_0  link_0_16  -1
    open_0  link_0_17  -1
    open_0  link_0_18  -1
    open_0  link_0_19  -1
    open_0  link_0_20  -1
    open_0  link_0_21  -1
    open_0  link_0_22  -1
    open_0  link_0_23  -1
    open_0  link_0_24  -1
    open_0  link_0_25  -1
    open_0  link_0_26  -1
    open_0  link_0_27  -1
    open_0  link_0_28  -1
    open_0  link_0_29  -1
    open_1  obj  2700
    open_1  link_1_0  -1
    open_1  link_1_1  -1
    open_1  link_1_2  -1
    open_1  link_1_3  -1
    open_1  link_1_4  -1
    open_1  link_1_5  -1
    open_1  link_1_6  -1
    open_1  link_1_7  -1
    open_1  link_1_8  -1
    open_1  link_1_9  -1
    open_1  link_1_10  -1
    open_1  link_1_11  -1
    open_1  link_1_12  -1
    open_1  link_1_13  -1
    open_1  link_1_14  -1
    open_1  link_1_15  -1
    open_1  link_1_16  -1
    open_1  link_1_17  -1
    open_1  link_1_18  -1
    open_1  link_1_19  -1
    open_1  link_1_20  -1
    open_1  link_1_21  -1
    open_1  link_1_22  -1
    open_1  link_1_23  -1
    open_1  link_1_24  -1
    open_1  link_1_25  -1
    open_1  link_1_26  -1
    open_1  link_1_27  -1
    open_1  link_1_28  -1
    open_1  link_1_29  -1
    open_2  obj  3350
    open_2  link_2_0  -1
    open_2  link_2_1  -1
    open_2  link_2_2  -1
    open_2  link_2_3  -1
    open_2  link_2_4  -1
    open_2  link_2_5  -1
    open_2  link_2_6  -1
    open_2  link_2_7  -1
    open_2  link_2_8  -1
    open_2  link_2_9  -1
    open_2  link_2_10  -1
    open_2  link_2_11  -1
    open_2  link_2_12  -1
    open_2  link_2_13  -1
    open_2  link_2_14  -1
    open_2  link_2_15  -1
    open_2  link_2_16  -1
    open_2  link_2_17  -1
    open_2  link_2_18  -1
    open_2  link_2_19  -1
    open_2  link_2_20  -1
    open_2  link_2_21  -1
    open_2  link_2_22  -1
    open_2  link_2_23  -1
    open_2  link_2_24  -1
    open_2  link_2_25  -1
    open_2  link_2_26  -1
    open_2  link_2_27  -1
    open_2  link_2_28  -1
    open_2  link_2_29  -1
    open_3  obj  3150
    open_3  link_3_0  -1
    open_3  link_3_1  -1
    open_3  link_3_2  -1
    open_3  link_3_3  -1
    open_3  link_3_4  -1
    open_3  link_3_5  -1
    open_3  link_3_6  -1
    open_3  link_3_7  -1
    open_3  link_3_8  -1
    open_3  link_3_9  -1
    open_3  link_3_10  -1
    open_3  link_3_11  -1
    open_3  link_3_12  -1
    open_3  link_3_13  -1
    open_3  link_3_14  -1
    open_3  link_3_15  -1
    open_3  link_3_16  -1
    open_3  link_3_17  -1
    open_3  link_3_18  -1
    open_3  link_3_19  -1
    open_3  link_3_20  -1
    open_3  link_3_21  -1
    open_3  link_3_22  -1
    open_3  link_3_23  -1
    open_3  link_3_24  -1
    open_3  link_3_25  -1
    open_3  link_3_26  -1
    open_3  link_3_27  -1
    open_3  link_3_28  -1
    open_3  link_3_29  -1
    open_4  obj  2800
    open_4  link_4_0  -1
    open_4  link_4_1  -1
    open_4  link_4_2  -1
    open_4  link_4_3  -1
    open_4  link_4_4  -1
    open_4  link_4_5  -1
    open_4  link_4_6  -1
    open_4  link_4_7  -1
    open_4  link_4_8  -1
    open_4  link_4_9  -1
    open_4  link_4_10  -1
    open_4  link_4_11  -1
    open_4  link_4_12  -1
    open_4  link_4_13  -1
    open_4  link_4_14  -1
    open_4  link_4_15  -1
    open_4  link_4_16  -1
    open_4  link_4_17  -1
    open_4  link_4_18  -1
    open_4  link_4_19  -1
    open_4  link_4_20  -1
    open_4  link_4_21  -1
    open_4  link_4_22  -1
    open_4  link_4_23  -1
    open_4  link_4_24  -1
    open_4  link_4_25  -1
    open_4  link_4_26  -1
    open_4  link_4_27  -1
    open_4  link_4_28  -1
    open_4  link_4_29  -1
    open_5  obj  3600
    open_5  link_5_0  -1
    open_5  link_5_1  -1
    open_5  link_5_2  -1
    open_5  link_5_3  -1
    open_5  link_5_4  -1
    open_5  link_5_5  -1
    open_5  link_5_6  -1
    open_5  link_5_7  -1
    open_5  link_5_8  -1
    open_5  link_5_9  -1
    open_5  link_5_10  -1
    open_5  link_5_11  -1
    open_5  link_5_12  -1
    open_5  link_5_13  -1
    open_5  link_5_14  -1
    open_5  link_5_15  -1
    open_5  link_5_16  -1
    open_5  link_5_17  -1
    open_5  link_5_18  -1
    open_5  link_5_19  -1
    open_5  link_5_20  -1
    open_5  link_5_21  -1
    open_5  link_5_22  -1
    open_5  link_5_23  -1
    open_5  link_5_24  -1
    open_5  link_5_25  -1
    open_5  link_5_26  -1
    open_5  link_5_27  -1
    open_5  link_5_28  -1
    open_5  link_5_29  -1
    open_6  obj  3150
    open_6  link_6_0  -1
    open_6  link_6_1  -1
    open_6  link_6_2  -1
    open_6  link_6_3  -1
    open_6  link_6_4  -1
    open_6  link_6_5  -1
    open_6  link_6_6  -1
    open_6  link_6_7  -1
    open_6  link_6_8  -1
    open_6  link_6_9  -1
    open_6  link_6_10  -1
    open_6  link_6_11  -1
    open_6  link_6_12  -1
    open_6  link_6_13  -1
    open_6  link_6_14  -1
    open_6  link_6_15  -1
    open_6  link_6_16  -1
    open_6  link_6_17  -1
    open_6  link_6_18  -1
    open_6  link_6_19  -1
    open_6  link_6_20  -1
    open_6  link_6_21  -1
    open_6  link_6_22  -1
    open_6  link_6_23  -1
    open_6  link_6_24  -1
    open_6  link_6_25  -1
    open_6  link_6_26  -1
    open_6  link_6_27  -1
    open_6  link_6_28  -1
    open_6  link_6_29  -1
    open_7  obj  3100
    open_7  link_7_0  -1
    open_7  link_7_1  -1
    open_7  link_7_2  -1
    open_7  link_7_3  -1
    open_7  link_7_4  -1
    open_7  link_7_5  -1
    open_7  link_7_6  -1
    open_7  link_7_7  -1
    open_7  link_7_8  -1
    open_7  link_7_9  -1
    open_7  link_7_10  -1
    open_7  link_7_11  -1
    open_7  link_7_12  -1
    open_7  link_7_13  -1
    open_7  link_7_14  -1
    open_7  link_7_15  -1
    open_7  link_7_16  -1
    open_7  link_7_17  -1
    open_7  link_7_18  -1
    open_7  link_7_19  -1
    open_7  link_7_20  -1
    open_7  link_7_21  -1
    open_7  link_7_22  -1
    open_7  link_7_23  -1
    open_7  link_7_24  -1
    open_7  link_7_25  -1
    open_7  link_7_26  -1
    open_7  link_7_27  -1
    open_7  link_7_28  -1
    open_7  link_7_29  -1
    MARKER    'MARKER'    'INTEND'
    serve_0_0  obj  1165.16
    serve_0_0  link_0_0  1
    serve_0_0  demand_0  1
    serve_0_1  obj  1414.26
    serve_0_1  link_0_1  1
    serve_0_1  demand_1  1
    serve_0_2  obj  783.54
    serve_0_2  link_0_2  1
    serve_0_2  demand_2  1
    serve_0_3  obj  826.47
    serve_0_3  link_0_3  1
    serve_0_3  demand_3  1
    serve_0_4  obj  637.48
    serve_0_4  link_0_4  1
    serve_0_4  demand_4  1
    serve_0_5  obj  868.33
    serve_0_5  link_0_5  1
    serve_0_5  demand_5  1
    serve_0_6  obj  487.68
    serve_0_6  link_0_6  1
    serve_0_6  demand_6  1
    serve_0_7  obj  1287.56
    serve_0_7  link_0_7  1
    serve_0_7  demand_7  1
    serve_0_8  obj  180.25
    serve_0_8  link_0_8  1
    serve_0_8  demand_8  1
    serve_0_9  obj  1286.25
    serve_0_9  link_0_9  1
    serve_0_9  demand_9  1
    serve_0_10  obj  1440.62
    serve_0_10  link_0_10  1
    serve_0_10  demand_10  1
    serve_0_11  obj  677.53
    serve_0_11  link_0_11  1
    serve_0_11  demand_11  1
    serve_0_12  obj  59.24
    serve_0_12  link_0_12  1
    serve_0_12  demand_12  1
    serve_0_13  obj  2356.11
    serve_0_13  link_0_13  1
    serve_0_13  demand_13  1
    serve_0_14  obj  869.03
    serve_0_14  link_0_14  1
    serve_0_14  demand_14  1
    serve_0_15  obj  1054.79
    serve_0_15  link_0_15  1
    serve_0_15  demand_15  1
    serve_0_16  obj  878.85
    serve_0_16  link_0_16  1
    serve_0_16  demand_16  1
    serve_0_17  obj  816.62
    serve_0_17  link_0_17  1
    serve_0_17  demand_17  1
    serve_0_18  obj  1086.75
    serve_0_18  link_0_18  1
    serve_0_18  demand_18  1
    serve_0_19  obj  926.75
    serve_0_19  link_0_19  1
    serve_0_19  demand_19  1
    serve_0_20  obj  581.7
    serve_0_20  link_0_20  1
    serve_0_20  demand_20  1
    serve_0_21  obj  320.98
    serve_0_21  link_0_21  1
    serve_0_21  demand_21  1
    serve_0_22  obj  508.55
    serve_0_22  link_0_22  1
    serve_0_22  demand_22  1
    serve_0_23  obj  1331.15
    serve_0_23  link_0_23  1
    serve_0_23  demand_23  1
    serve_0_24  obj  55.39
    serve_0_24  link_0_24  1
    serve_0_24  demand_24  1
    serve_0_25  obj  314.43
    serve_0_25  link_0_25  1
    serve_0_25  demand_25  1
    serve_0_26  obj  618.21
    serve_0_26  link_0_26  1
    serve_0_26  demand_26  1
    serve_0_27  obj  684.81
    serve_0_27  link_0_27  1
    serve_0_27  demand_27  1
    serve_0_28  obj  1727.04
    serve_0_28  link_0_28  1
    serve_0_28  demand_28  1
    serve_0_29  obj  1085.08
    serve_0_29  link_0_29  1
    serve_0_29  demand_29  1
    serve_1_0  obj  740
    serve_1_0  link_1_0  1
    serve_1_0  demand_0  1
    serve_1_1  obj  230.76
    serve_1_1  link_1_1  1
    serve_1_1  demand_1  1
    serve_1_2  obj  1235.91
    serve_1_2  link_1_2  1
    serve_1_2  demand_2  1
    serve_1_3  obj  352
    serve_1_3  link_1_3  1
    serve_1_3  demand_3  1
    serve_1_4  obj  264.85
    serve_1_4  link_1_4  1
    serve_1_4  demand_4  1
    serve_1_5  obj  582.49
    serve_1_5  link_1_5  1
    serve_1_5  demand_5  1
    serve_1_6  obj  1508.74
    serve_1_6  link_1_6  1
    serve_1_6  demand_6  1
    serve_1_7  obj  229.47
    serve_1_7  link_1_7  1
    serve_1_7  demand_7  1
    serve_1_8  obj  719.56
    serve_1_8  link_1_8  1
    serve_1_8  demand_8  1
    serve_1_9  obj  388.5
    serve_1_9  link_1_9  1
    serve_1_9  demand_9  1
    serve_1_10  obj  141.51
    serve_1_10  link_1_10  1
    serve_1_10  demand_10  1
    serve_1_11  obj  119.85
    serve_1_11  link_1_11  1
    serve_1_11  demand_11  1
    serve_1_12  obj  489.62
    serve_1_12  link_1_12  1
    serve_1_12  demand_12  1
    serve_1_13  obj  1936.65
    serve_1_13  link_1_13  1
    serve_1_13  demand_13  1
    serve_1_14  obj  63.87
    serve_1_14  link_1_14  1
    serve_1_14  demand_14  1
    serve_1_15  obj  907.5
    serve_1_15  link_1_15  1
    serve_1_15  demand_15  1
    serve_1_16  obj  1412.65
    serve_1_16  link_1_16  1
    serve_1_16  demand_16  1
    serve_1_17  obj  425.04
    serve_1_17  link_1_17  1
    serve_1_17  demand_17  1
    serve_1_18  obj  313.21
    serve_1_18  link_1_18  1
    serve_1_18  demand_18  1
    serve_1_19  obj  1122.33
    serve_1_19  link_1_19  1
    serve_1_19  demand_19  1
    serve_1_20  obj  479.86
    serve_1_20  link_1_20  1
    serve_1_20  demand_20  1
    serve_1_21  obj  254.95
    serve_1_21  link_1_21  1
    serve_1_21  demand_21  1
    serve_1_22  obj  108.17
    serve_1_22  link_1_22  1
    serve_1_22  demand_22  1
    serve_1_23  obj  783.16
    serve_1_23  link_1_23  1
    serve_1_23  demand_23  1
    serve_1_24  obj  824.31
    serve_1_24  link_1_24  1
    serve_1_24  demand_24  1
    serve_1_25  obj  1586.23
    serve_1_25  link_1_25  1
    serve_1_25  demand_25  1
    serve_1_26  obj  551.02
    serve_1_26  link_1_26  1
    serve_1_26  demand_26  1
    serve_1_27  obj  890.54
    serve_1_27  link_1_27  1
    serve_1_27  demand_27  1
    serve_1_28  obj  735.07
    serve_1_28  link_1_28  1
    serve_1_28  demand_28  1
    serve_1_29  obj  1555.44
    serve_1_29  link_1_29  1
    serve_1_29  demand_29  1
    serve_2_0  obj  1692.93
    serve_2_0  link_2_0  1
    serve_2_0  demand_0  1
    serve_2_1  obj  873.43
    serve_2_1  link_2_1  1
    serve_2_1  demand_1  1
    serve_2_2  obj  721.07
    serve_2_2  link_2_2  1
    serve_2_2  demand_2  1
    serve_2_3  obj  413.34
    serve_2_3  link_2_3  1
    serve_2_3  demand_3  1
    serve_2_4  obj  382.9
    serve_2_4  link_2_4  1
    serve_2_4  demand_4  1
    serve_2_5  obj  98.49
    serve_2_5  link_2_5  1
    serve_2_5  demand_5  1
    serve_2_6  obj  1271.73
    serve_2_6  link_2_6  1
    serve_2_6  demand_6  1
    serve_2_7  obj  1028.73
    serve_2_7  link_2_7  1
    serve_2_7  demand_7  1
    serve_2_8  obj  698.69
    serve_2_8  link_2_8  1
    serve_2_8  demand_8  1
    serve_2_9  obj  1399.78
    serve_2_9  link_2_9  1
    serve_2_9  demand_9  1
    serve_2_10  obj  1071.74
    serve_2_10  link_2_10  1
    serve_2_10  demand_10  1
    serve_2_11  obj  455.19
    serve_2_11  link_2_11  1
    serve_2_11  demand_11  1
    serve_2_12  obj  476.85
    serve_2_12  link_2_12  1
    serve_2_12  demand_12  1
    serve_2_13  obj  251.25
    serve_2_13  link_2_13  1
    serve_2_13  demand_13  1
    serve_2_14  obj  654.8
    serve_2_14  link_2_14  1
    serve_2_14  demand_14  1
    serve_2_15  obj  430.81
    serve_2_15  link_2_15  1
    serve_2_15  demand_15  1
    serve_2_16  obj  836.47
    serve_2_16  link_2_16  1
    serve_2_16  demand_16  1
    serve_2_17  obj  600.96
    serve_2_17  link_2_17  1
    serve_2_17  demand_17  1
    serve_2_18  obj  764.85
    serve_2_18  link_2_18  1
    serve_2_18  demand_18  1
    serve_2_19  obj  1134.62
    serve_2_19  link_2_19  1
    serve_2_19  demand_19  1
    serve_2_20  obj  55.92
    serve_2_20  link_2_20  1
    serve_2_20  demand_20  1
    serve_2_21  obj  152.64
    serve_2_21  link_2_21  1
    serve_2_21  demand_21  1
    serve_2_22  obj  300.06
    serve_2_22  link_2_22  1
    serve_2_22  demand_22  1
    serve_2_23  obj  1866
    serve_2_23  link_2_23  1
    serve_2_23  demand_23  1
    serve_2_24  obj  917.38
    serve_2_24  link_2_24  1
    serve_2_24  demand_24  1
    serve_2_25  obj  1933.65
    serve_2_25  link_2_25  1
    serve_2_25  demand_25  1
    serve_2_26  obj  918.2
    serve_2_26  link_2_26  1
    serve_2_26  demand_26  1
    serve_2_27  obj  760.13
    serve_2_27  link_2_27  1
    serve_2_27  demand_27  1
    serve_2_28  obj  605.76
    serve_2_28  link_2_28  1
    serve_2_28  demand_28  1
    serve_2_29  obj  1093.44
    serve_2_29  link_2_29  1
    serve_2_29  demand_29  1
    serve_3_0  obj  1456.71
    serve_3_0  link_3_0  1
    serve_3_0  demand_0  1
    serve_3_1  obj  633.97
    serve_3_1  link_3_1  1
    serve_3_1  demand_1  1
    serve_3_2  obj  793.27
    serve_3_2  link_3_2  1
    serve_3_2  demand_2  1
    serve_3_3  obj  266.28
    serve_3_3  link_3_3  1
    serve_3_3  demand_3  1
    serve_3_4  obj  267.59
    serve_3_4  link_3_4  1
    serve_3_4  demand_4  1
    serve_3_5  obj  67.08
    serve_3_5  link_3_5  1
    serve_3_5  demand_5  1
    serve_3_6  obj  1306.36
    serve_3_6  link_3_6  1
    serve_3_6  demand_6  1
    serve_3_7  obj  840.85
    serve_3_7  link_3_7  1
    serve_3_7  demand_7  1
    serve_3_8  obj  674.5
    serve_3_8  link_3_8  1
    serve_3_8  demand_8  1
    serve_3_9  obj  1154.88
    serve_3_9  link_3_9  1
    serve_3_9  demand_9  1
    serve_3_10  obj  846.54
    serve_3_10  link_3_10  1
    serve_3_10  demand_10  1
    serve_3_11  obj  358.03
    serve_3_11  link_3_11  1
    serve_3_11  demand_11  1
    serve_3_12  obj  468.02
    serve_3_12  link_3_12  1
    serve_3_12  demand_12  1
    serve_3_13  obj  625
    serve_3_13  link_3_13  1
    serve_3_13  demand_13  1
    serve_3_14  obj  501.48
    serve_3_14  link_3_14  1
    serve_3_14  demand_14  1
    serve_3_15  obj  392.24
    serve_3_15  link_3_15  1
    serve_3_15  demand_15  1
    serve_3_16  obj  916.9
    serve_3_16  link_3_16  1
    serve_3_16  demand_16  1
    serve_3_17  obj  455
    serve_3_17  link_3_17  1
    serve_3_17  demand_17  1
    serve_3_18  obj  561.65
    serve_3_18  link_3_18  1
    serve_3_18  demand_18  1
    serve_3_19  obj  1007.75
    serve_3_19  link_3_19  1
    serve_3_19  demand_19  1
    serve_3_20  obj  145.34
    serve_3_20  link_3_20  1
    serve_3_20  demand_20  1
    serve_3_21  obj  125.1
    serve_3_21  link_3_21  1
    serve_3_21  demand_21  1
    serve_3_22  obj  211.03
    serve_3_22  link_3_22  1
    serve_3_22  demand_22  1
    serve_3_23  obj  1620.38
    serve_3_23  link_3_23  1
    serve_3_23  demand_23  1
    serve_3_24  obj  880.23
    serve_3_24  link_3_24  1
    serve_3_24  demand_24  1
    serve_3_25  obj  1825.62
    serve_3_25  link_3_25  1
    serve_3_25  demand_25  1
    serve_3_26  obj  787.18
    serve_3_26  link_3_26  1
    serve_3_26  demand_26  1
    serve_3_27  obj  698.19
    serve_3_27  link_3_27  1
    serve_3_27  demand_27  1
    serve_3_28  obj  312.61
    serve_3_28  link_3_28  1
    serve_3_28  demand_28  1
    serve_3_29  obj  1074.08
    serve_3_29  link_3_29  1
    serve_3_29  demand_29  1
    serve_4_0  obj  1315.75
    serve_4_0  link_4_0  1
    serve_4_0  demand_0  1
    serve_4_1  obj  880.58
    serve_4_1  link_4_1  1
    serve_4_1  demand_1  1
    serve_4_2  obj  348.6
    serve_4_2  link_4_2  1
    serve_4_2  demand_2  1
    serve_4_3  obj  368.95
    serve_4_3  link_4_3  1
    serve_4_3  demand_3  1
    serve_4_4  obj  310.34
    serve_4_4  link_4_4  1
    serve_4_4  demand_4  1
    serve_4_5  obj  274.59
    serve_4_5  link_4_5  1
    serve_4_5  demand_5  1
    serve_4_6  obj  875.42
    serve_4_6  link_4_6  1
    serve_4_6  demand_6  1
    serve_4_7  obj  1020.11
    serve_4_7  link_4_7  1
    serve_4_7  demand_7  1
    serve_4_8  obj  403.27
    serve_4_8  link_4_8  1
    serve_4_8  demand_8  1
    serve_4_9  obj  1152.36
    serve_4_9  link_4_9  1
    serve_4_9  demand_9  1
    serve_4_10  obj  1062.57
    serve_4_10  link_4_10  1
    serve_4_10  demand_10  1
    serve_4_11  obj  479.64
    serve_4_11  link_4_11  1
    serve_4_11  demand_11  1
    serve_4_12  obj  304.94
    serve_4_12  link_4_12  1
    serve_4_12  demand_12  1
    serve_4_13  obj  827.65
    serve_4_13  link_4_13  1
    serve_4_13  demand_13  1
    serve_4_14  obj  606.1
    serve_4_14  link_4_14  1
    serve_4_14  demand_14  1
    serve_4_15  obj  135.76
    serve_4_15  link_4_15  1
    serve_4_15  demand_15  1
    serve_4_16  obj  408.52
    serve_4_16  link_4_16  1
    serve_4_16  demand_16  1
    serve_4_17  obj  416.81
    serve_4_17  link_4_17  1
    serve_4_17  demand_17  1
    serve_4_18  obj  644.3
    serve_4_18  link_4_18  1
    serve_4_18  demand_18  1
    serve_4_19  obj  550.67
    serve_4_19  link_4_19  1
    serve_4_19  demand_19  1
    serve_4_20  obj  183.5
    serve_4_20  link_4_20  1
    serve_4_20  demand_20  1
    serve_4_21  obj  65
    serve_4_21  link_4_21  1
    serve_4_21  demand_21  1
    serve_4_22  obj  297.95
    serve_4_22  link_4_22  1
    serve_4_22  demand_22  1
    serve_4_23  obj  1529.72
    serve_4_23  link_4_23  1
    serve_4_23  demand_23  1
    serve_4_24  obj  624.98
    serve_4_24  link_4_24  1
    serve_4_24  demand_24  1
    serve_4_25  obj  1352.41
    serve_4_25  link_4_25  1
    serve_4_25  demand_25  1
    serve_4_26  obj  615.84
    serve_4_26  link_4_26  1
    serve_4_26  demand_26  1
    serve_4_27  obj  307.67
    serve_4_27  link_4_27  1
    serve_4_27  demand_27  1
    serve_4_28  obj  772.65
    serve_4_28  link_4_28  1
    serve_4_28  demand_28  1
    serve_4_29  obj  359.48
    serve_4_29  link_4_29  1
    serve_4_29  demand_29  1
    serve_5_0  obj  1334.17
    serve_5_0  link_5_0  1
    serve_5_0  demand_0  1
    serve_5_1  obj  974.42
    serve_5_1  link_5_1  1
    serve_5_1  demand_1  1
    serve_5_2  obj  249.47
    serve_5_2  link_5_2  1
    serve_5_2  demand_2  1
    serve_5_3  obj  436.27
    serve_5_3  link_5_3  1
    serve_5_3  demand_3  1
    serve_5_4  obj  358.31
    serve_5_4  link_5_4  1
    serve_5_4  demand_4  1
    serve_5_5  obj  349.28
    serve_5_5  link_5_5  1
    serve_5_5  demand_5  1
    serve_5_6  obj  773.28
    serve_5_6  link_5_6  1
    serve_5_6  demand_6  1
    serve_5_7  obj  1084.12
    serve_5_7  link_5_7  1
    serve_5_7  demand_7  1
    serve_5_8  obj  349.31
    serve_5_8  link_5_8  1
    serve_5_8  demand_8  1
    serve_5_9  obj  1202.64
    serve_5_9  link_5_9  1
    serve_5_9  demand_9  1
    serve_5_10  obj  1142.37
    serve_5_10  link_5_10  1
    serve_5_10  demand_10  1
    serve_5_11  obj  518.41
    serve_5_11  link_5_11  1
    serve_5_11  demand_11  1
    serve_5_12  obj  269.67
    serve_5_12  link_5_12  1
    serve_5_12  demand_12  1
    serve_5_13  obj  965.01
    serve_5_13  link_5_13  1
    serve_5_13  demand_13  1
    serve_5_14  obj  657.57
    serve_5_14  link_5_14  1
    serve_5_14  demand_14  1
    serve_5_15  obj  252.98
    serve_5_15  link_5_15  1
    serve_5_15  demand_15  1
    serve_5_16  obj  293.77
    serve_5_16  link_5_16  1
    serve_5_16  demand_16  1
    serve_5_17  obj  469.8
    serve_5_17  link_5_17  1
    serve_5_17  demand_17  1
    serve_5_18  obj  716.4
    serve_5_18  link_5_18  1
    serve_5_18  demand_18  1
    serve_5_19  obj  531.01
    serve_5_19  link_5_19  1
    serve_5_19  demand_19  1
    serve_5_20  obj  220.71
    serve_5_20  link_5_20  1
    serve_5_20  demand_20  1
    serve_5_21  obj  96.05
    serve_5_21  link_5_21  1
    serve_5_21  demand_21  1
    serve_5_22  obj  333.42
    serve_5_22  link_5_22  1
    serve_5_22  demand_22  1
    serve_5_23  obj  1552.67
    serve_5_23  link_5_23  1
    serve_5_23  demand_23  1
    serve_5_24  obj  573.94
    serve_5_24  link_5_24  1
    serve_5_24  demand_24  1
    serve_5_25  obj  1265.55
    serve_5_25  link_5_25  1
    serve_5_25  demand_25  1
    serve_5_26  obj  619.38
    serve_5_26  link_5_26  1
    serve_5_26  demand_26  1
    serve_5_27  obj  277.27
    serve_5_27  link_5_27  1
    serve_5_27  demand_27  1
    serve_5_28  obj  913.8
    serve_5_28  link_5_28  1
    serve_5_28  demand_28  1
    serve_5_29  obj  235
    serve_5_29  link_5_29  1
    serve_5_29  demand_29  1
    serve_6_0  obj  461.74
    serve_6_0  link_6_0  1
    serve_6_0  demand_0  1
    serve_6_1  obj  628.7
    serve_6_1  link_6_1  1
    serve_6_1  demand_1  1
    serve_6_2  obj  827.01
    serve_6_2  link_6_2  1
    serve_6_2  demand_2  1
    serve_6_3  obj  347.85
    serve_6_3  link_6_3  1
    serve_6_3  demand_3  1
    serve_6_4  obj  233.65
    serve_6_4  link_6_4  1
    serve_6_4  demand_4  1
    serve_6_5  obj  546.72
    serve_6_5  link_6_5  1
    serve_6_5  demand_5  1
    serve_6_6  obj  1018.33
    serve_6_6  link_6_6  1
    serve_6_6  demand_6  1
    serve_6_7  obj  680.65
    serve_6_7  link_6_7  1
    serve_6_7  demand_7  1
    serve_6_8  obj  370.01
    serve_6_8  link_6_8  1
    serve_6_8  demand_8  1
    serve_6_9  obj  439.74
    serve_6_9  link_6_9  1
    serve_6_9  demand_9  1
    serve_6_10  obj  699.23
    serve_6_10  link_6_10  1
    serve_6_10  demand_10  1
    serve_6_11  obj  354.83
    serve_6_11  link_6_11  1
    serve_6_11  demand_11  1
    serve_6_12  obj  285.21
    serve_6_12  link_6_12  1
    serve_6_12  demand_12  1
    serve_6_13  obj  1757.31
    serve_6_13  link_6_13  1
    serve_6_13  demand_13  1
    serve_6_14  obj  347.77
    serve_6_14  link_6_14  1
    serve_6_14  demand_14  1
    serve_6_15  obj  639.4
    serve_6_15  link_6_15  1
    serve_6_15  demand_15  1
    serve_6_16  obj  941.8
    serve_6_16  link_6_16  1
    serve_6_16  demand_16  1
    serve_6_17  obj  244.25
    serve_6_17  link_6_17  1
    serve_6_17  demand_17  1
    serve_6_18  obj  361.25
    serve_6_18  link_6_18  1
    serve_6_18  demand_18  1
    serve_6_19  obj  430.54
    serve_6_19  link_6_19  1
    serve_6_19  demand_19  1
    serve_6_20  obj  425.34
    serve_6_20  link_6_20  1
    serve_6_20  demand_20  1
    serve_6_21  obj  172.05
    serve_6_21  link_6_21  1
    serve_6_21  demand_21  1
    serve_6_22  obj  218.07
    serve_6_22  link_6_22  1
    serve_6_22  demand_22  1
    serve_6_23  obj  700.1
    serve_6_23  link_6_23  1
    serve_6_23  demand_23  1
    serve_6_24  obj  478.12
    serve_6_24  link_6_24  1
    serve_6_24  demand_24  1
    serve_6_25  obj  907.33
    serve_6_25  link_6_25  1
    serve_6_25  demand_25  1
    serve_6_26  obj  68.84
    serve_6_26  link_6_26  1
    serve_6_26  demand_26  1
    serve_6_27  obj  418.5
    serve_6_27  link_6_27  1
    serve_6_27  demand_27  1
    serve_6_28  obj  894.67
    serve_6_28  link_6_28  1
    serve_6_28  demand_28  1
    serve_6_29  obj  869.5
    serve_6_29  link_6_29  1
    serve_6_29  demand_29  1
    serve_7_0  obj  240.83
    serve_7_0  link_7_0  1
    serve_7_0  demand_0  1
    serve_7_1  obj  928.83
    serve_7_1  link_7_1  1
    serve_7_1  demand_1  1
    serve_7_2  obj  1157.55
    serve_7_2  link_7_2  1
    serve_7_2  demand_2  1
    serve_7_3  obj  637.81
    serve_7_3  link_7_3  1
    serve_7_3  demand_3  1
    serve_7_4  obj  469.38
    serve_7_4  link_7_4  1
    serve_7_4  demand_4  1
    serve_7_5  obj  828.07
    serve_7_5  link_7_5  1
    serve_7_5  demand_5  1
    serve_7_6  obj  1144.24
    serve_7_6  link_7_6  1
    serve_7_6  demand_6  1
    serve_7_7  obj  755.5
    serve_7_7  link_7_7  1
    serve_7_7  demand_7  1
    serve_7_8  obj  479.63
    serve_7_8  link_7_8  1
    serve_7_8  demand_8  1
    serve_7_9  obj  518.33
    serve_7_9  link_7_9  1
    serve_7_9  demand_9  1
    serve_7_10  obj  859.72
    serve_7_10  link_7_10  1
    serve_7_10  demand_10  1
    serve_7_11  obj  436.71
    serve_7_11  link_7_11  1
    serve_7_11  demand_11  1
    serve_7_12  obj  318.67
    serve_7_12  link_7_12  1
    serve_7_12  demand_12  1
    serve_7_13  obj  2464.88
    serve_7_13  link_7_13  1
    serve_7_13  demand_13  1
    serve_7_14  obj  506.73
    serve_7_14  link_7_14  1
    serve_7_14  demand_14  1
    serve_7_15  obj  1088.12
    serve_7_15  link_7_15  1
    serve_7_15  demand_15  1
    serve_7_16  obj  1313.8
    serve_7_16  link_7_16  1
    serve_7_16  demand_16  1
    serve_7_17  obj  600.96
    serve_7_17  link_7_17  1
    serve_7_17  demand_17  1
    serve_7_18  obj  705.16
    serve_7_18  link_7_18  1
    serve_7_18  demand_18  1
    serve_7_19  obj  962.71
    serve_7_19  link_7_19  1
    serve_7_19  demand_19  1
    serve_7_20  obj  609.2
    serve_7_20  link_7_20  1
    serve_7_20  demand_20  1
    serve_7_21  obj  313.13
    serve_7_21  link_7_21  1
    serve_7_21  demand_21  1
    serve_7_22  obj  343.68
    serve_7_22  link_7_22  1
    serve_7_22  demand_22  1
    serve_7_23  obj  347.19
    serve_7_23  link_7_23  1
    serve_7_23  demand_23  1
    serve_7_24  obj  456.1
    serve_7_24  link_7_24  1
    serve_7_24  demand_24  1
    serve_7_25  obj  758.5
    serve_7_25  link_7_25  1
    serve_7_25  demand_25  1
    serve_7_26  obj  329.58
    serve_7_26  link_7_26  1
    serve_7_26  demand_26  1
    serve_7_27  obj  800.17
    serve_7_27  link_7_27  1
    serve_7_27  demand_27  1
    serve_7_28  obj  1395.99
    serve_7_28  link_7_28  1
    serve_7_28  demand_28  1
    serve_7_29  obj  1434.27
    serve_7_29  link_7_29  1
    serve_7_29  demand_29  1
RHS
    RHS  demand_0  1
    RHS  demand_1  1
    RHS  demand_2  1
    RHS  demand_3  1
    RHS  demand_4  1
    RHS  demand_5  1
    RHS  demand_6  1
    RHS  demand_7  1
    RHS  demand_8  1
    RHS  demand_9  1
    RHS  demand_10  1
    RHS  demand_11  1
    RHS  demand_12  1
    RHS  demand_13  1
    RHS  demand_14  1
    RHS  demand_15  1
    RHS  demand_16  1
    RHS  demand_17  1
    RHS  demand_18  1
    RHS  demand_19  1
    RHS  demand_20  1
    RHS  demand_21  1
    RHS  demand_22  1
    RHS  demand_23  1
    RHS  demand_24  1
    RHS  demand_25  1
    RHS  demand_26  1
    RHS  demand_27  1
    RHS  demand_28  1
    RHS  demand_29  1
BOUNDS
 BV BND  open_0
 BV BND  open_1
 BV BND  open_2
 BV BND  open_3
 BV BND  open_4
 BV BND  open_5
 BV BND  open_6
 BV BND  open_7
 UP BND  serve_0_0  1
 UP BND  serve_0_1  1
 UP BND  serve_0_2  1
 UP BND  serve_0_3  1
 UP BND  serve_0_4  1
 UP BND  serve_0_5  1
 UP BND  serve_0_6  1
 UP BND  serve_0_7  1
 UP BND  serve_0_8  1
 UP BND  serve_0_9  1
 UP BND  serve_0_10  1
 UP BND  serve_0_11  1
 UP BND  serve_0_12  1
 UP BND  serve_0_13  1
 UP BND  serve_0_14  1
 UP BND  serve_0_15  1
 UP BND  serve_0_16  1
 UP BND  serve_0_17  1
 UP BND  serve_0_18  1
 UP BND  serve_0_19  1
 UP BND  serve_0_20  1
 UP BND  serve_0_21  1
 UP BND  serve_0_22  1
 UP BND  serve_0_23  1
 UP BND  serve_0_24  1
 UP BND  serve_0_25  1
 UP BND  serve_0_26  1
 UP BND  serve_0_27  1
 UP BND  serve_0_28  1
 UP BND  serve_0_29  1
 UP BND  serve_1_0  1
 UP BND  serve_1_1  1
 UP BND  serve_1_2  1
 UP BND  serve_1_3  1
 UP BND  serve_1_4  1
 UP BND  serve_1_5  1
 UP BND  serve_1_6  1
 UP BND  serve_1_7  1
 UP BND  serve_1_8  1
 UP BND  serve_1_9  1
 UP BND  serve_1_10  1
 UP BND  serve_1_11  1
 UP BND  serve_1_12  1
 UP BND  serve_1_13  1
 UP BND  serve_1_14  1
 UP BND  serve_1_15  1
 UP BND  serve_1_16  1
 UP BND  serve_1_17  1
 UP BND  serve_1_18  1
 UP BND  serve_1_19  1
 UP BND  serve_1_20  1
 UP BND  serve_1_21  1
 UP BND  serve_1_22  1
 UP BND  serve_1_23  1
 UP BND  serve_1_24  1
 UP BND  serve_1_25  1
 UP BND  serve_1_26  1
 UP BND  serve_1_27  1
 UP BND  serve_1_28  1
 UP BND  serve_1_29  1
 UP BND  serve_2_0  1
 UP BND  serve_2_1  1
 UP BND  serve_2_2  1
 UP BND  serve_2_3  1
 UP BND  serve_2_4  1
 UP BND  serve_2_5  1
 UP BND  serve_2_6  1
 UP BND  serve_2_7  1
 UP BND  serve_2_8  1
 UP BND  serve_2_9  1
 UP BND  serve_2_10  1
 UP BND  serve_2_11  1
 UP BND  serve_2_12  1
 UP BND  serve_2_13  1
 UP BND  serve_2_14  1
 UP BND  serve_2_15  1
 UP BND  serve_2_16  1
 UP BND  serve_2_17  1
 UP BND  serve_2_18  1
 UP BND  serve_2_19  1
 UP BND  serve_2_20  1
 UP BND  serve_2_21  1
 UP BND  serve_2_22  1
 UP BND  serve_2_23  1
 UP BND  serve_2_24  1
 UP BND  serve_2_25  1
 UP BND  serve_2_26  1
 UP BND  serve_2_27  1
 UP BND  serve_2_28  1
 UP BND  serve_2_29  1
 UP BND  serve_3_0  1
 UP BND  serve_3_1  1
 UP BND  serve_3_2  1
 UP BND  serve_3_3  1
 UP BND  serve_3_4  1
 UP BND  serve_3_5  1
 UP BND  serve_3_6  1
 UP BND  serve_3_7  1
 UP BND  serve_3_8  1
 UP BND  serve_3_9  1
 UP BND  serve_3_10  1
 UP BND  serve_3_11  1
 UP BND  serve_3_12  1
 UP BND  serve_3_13  1
 UP BND  serve_3_14  1
 UP BND  serve_3_15  1
 UP BND  serve_3_16  1
 UP BND  serve_3_17  1
 UP BND  serve_3_18  1
 UP BND  serve_3_19  1
 UP BND  serve_3_20  1
 UP BND  serve_3_21  1
 UP BND  serve_3_22  1
 UP BND  serve_3_23  1
 UP BND  serve_3_24  1
 UP BND  serve_3_25  1
 UP BND  serve_3_26  1
 UP BND  serve_3_27  1
 UP BND  serve_3_28  1
 UP BND  serve_3_29  1
 UP BND  serve_4_0  1
 UP BND  serve_4_1  1
 UP BND  serve_4_2  1
 UP BND  serve_4_3  1
 UP BND  serve_4_4  1
 UP BND  serve_4_5  1
 UP BND  serve_4_6  1
 UP BND  serve_4_7  1
 UP BND  serve_4_8  1
 UP BND  serve_4_9  1
 UP BND  serve_4_10  1
 UP BND  serve_4_11  1
 UP BND  serve_4_12  1
 UP BND  serve_4_13  1
 UP BND  serve_4_14  1
 UP BND  serve_4_15  1
 UP BND  serve_4_16  1
 UP BND  serve_4_17  1
 UP BND  serve_4_18  1
 UP BND  serve_4_19  1
 UP BND  serve_4_20  1
 UP BND  serve_4_21  1
 UP BND  serve_4_22  1
 UP BND  serve_4_23  1
 UP BND  serve_4_24  1
 UP BND  serve_4_25  1
 UP BND  serve_4_26  1
 UP BND  serve_4_27  1
 UP BND  serve_4_28  1
 UP BND  serve_4_29  1
 UP BND  serve_5_0  1
 UP BND  serve_5_1  1
 UP BND  serve_5_2  1
 UP BND  serve_5_3  1
 UP BND  serve_5_4  1
 UP BND  serve_5_5  1
 UP BND  serve_5_6  1
 UP BND  serve_5_7  1
 UP BND  serve_5_8  1
 UP BND  serve_5_9  1
 UP BND  serve_5_10  1
 UP BND  serve_5_11  1
 UP BND  serve_5_12  1
 UP BND  serve_5_13  1
 UP BND  serve_5_14  1
 UP BND  serve_5_15  1
 UP BND  serve_5_16  1
 UP BND  serve_5_17  1
 UP BND  serve_5_18  1
 UP BND  serve_5_19  1
 UP BND  serve_5_20  1
 UP BND  serve_5_21  1
 UP BND  serve_5_22  1
 UP BND  serve_5_23  1
 UP BND  serve_5_24  1
 UP BND  serve_5_25  1
 UP BND  serve_5_26  1
 UP BND  serve_5_27  1
 UP BND  serve_5_28  1
 UP BND  serve_5_29  1
 UP BND  serve_6_0  1
 UP BND  serve_6_1  1
 UP BND  serve_6_2  1
 UP BND  serve_6_3  1
 UP BND  serve_6_4  1
 UP BND  serve_6_5  1
 UP BND  serve_6_6  1
 UP BND  serve_6_7  1
 UP BND  serve_6_8  1
 UP BND  serve_6_9  1
 UP BND  serve_6_10  1
 UP BND  serve_6_11  1
 UP BND  serve_6_12  1
 UP BND  serve_6_13  1
 UP BND  serve_6_14  1
 UP BND  serve_6_15  1
 UP BND  serve_6_16  1
 UP BND  serve_6_17  1
 UP BND  serve_6_18  1
 UP BND  serve_6_19  1
 UP BND  serve_6_20  1
 UP BND  serve_6_21  1
 UP BND  serve_6_22  1
 UP BND  serve_6_23  1
 UP BND  serve_6_24  1
 UP BND  serve_6_25  1
 UP BND  serve_6_26  1
 UP BND  serve_6_27  1
 UP BND  serve_6_28  1
 UP BND  serve_6_29  1
 UP BND  serve_7_0  1
 UP BND  serve_7_1  1
 UP BND  serve_7_2  1
 UP BND  serve_7_3  1
 UP BND  serve_7_4  1
 UP BND  serve_7_5  1
 UP BND  serve_7_6  1
 UP BND  serve_7_7  1
 UP BND  serve_7_8  1
 UP BND  serve_7_9  1
 UP BND  serve_7_10  1
 UP BND  serve_7_11  1
 UP BND  serve_7_12  1
 UP BND  serve_7_13  1
 UP BND  serve_7_14  1
 UP BND  serve_7_15  1
 UP BND  serve_7_16  1
 UP BND  serve_7_17  1
 UP BND  serve_7_18  1
 UP BND  serve_7_19  1
 UP BND  serve_7_20  1
 UP BND  serve_7_21  1
 UP BND  serve_7_22  1
 UP BND  serve_7_23  1
 UP BND  serve_7_24  1
 UP BND  serve_7_25  1
 UP BND  serve_7_26  1
 UP BND  serve_7_27  1
 UP BND  serve_7_28  1
 UP BND  serve_7_29  1
ENDATA
