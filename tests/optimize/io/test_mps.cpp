// SPDX-License-Identifier: Apache-2.0
#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <vector>

#include <foresight/optimize/io/mps.hpp>
#include <foresight/optimize/lp/model.hpp>

#include "support/test_support.hpp"

namespace io = foresight::optimize::io;
namespace lp = foresight::optimize::lp;
namespace core = foresight::core;

namespace {

// Every section and bound type of the standard, free format. Values chosen so that each rule is
// visible: RANGES on L, G, and E rows with both signs, the negative-UP rule, an objective
// constant, an extra free row (dropped), an explicit zero, a MARKER block and OBJSENSE.
const char* const full_free = R"(* a comment line
*	with a tab in the comment header
NAME          FULL  trailing words are ignored
OBJSENSE
    MAX
ROWS
 N  COST
 L  LIM1
 G  LIM2
 E  EQ1
 E  EQ2
 N  EXTRA
 L  RL
 G  RG
COLUMNS
    X1        COST      1.             LIM1      1.
    X1        EQ1       -1             EXTRA     5
    X2        COST      2.5            LIM2      1
    X2        EQ2       1e0            RL        0
    MARKER    'MARKER'  'INTORG'
    Z1        COST      1              RG        2
    Z2        COST      1              RL        1
    MARKER    'MARKER'  'INTEND'
    X3        COST      0
    X4        LIM1      3
RHS
    RHS       COST      -4.5           LIM1      10
    RHS       LIM2      1              EQ1       2
    RHS       EQ2       3              RL        8
    RHS       RG        1              EXTRA     7
    RHS2      LIM1      99
RANGES
    RNG       LIM1      4              LIM2      -2
    RNG       EQ1       -3             EQ2       5
    RNG       RL        1.5            RG        2.5
BOUNDS
 UP BND       X1        4
 LO BND       X2        -1
 UP BND       X2        6
 MI BND       X3
 PL BND       Z2
 FR BND       X4
 UP BND2      X1        100
ENDATA
)";

}  // namespace

TEST_CASE("io::read_mps_string reads every section, bound type and RANGES rule") {
  const lp::model m = io::read_mps_string(full_free);
  CHECK(m.name() == "FULL");
  CHECK(m.sense() == lp::objective_sense::maximize);
  CHECK(m.objective_name() == "COST");
  // EXTRA is a second N row: dropped with its entries; the objective row is not a row.
  REQUIRE(m.num_rows() == 6);
  REQUIRE(m.num_cols() == 6);
  CHECK(m.row_names() == std::vector<std::string>{"LIM1", "LIM2", "EQ1", "EQ2", "RL", "RG"});
  // RHS on the objective row is minus the objective constant (CPLEX/CLP/HiGHS convention).
  CHECK(m.objective_offset() == 4.5);
  // L: [rhs-|R|, rhs]; G: [rhs, rhs+|R|]; E with R<0: [rhs+R, rhs]; E with R>0: [rhs, rhs+R].
  CHECK(m.row_lower()[0] == 6.0);
  CHECK(m.row_upper()[0] == 10.0);
  CHECK(m.row_lower()[1] == 1.0);
  CHECK(m.row_upper()[1] == 3.0);
  CHECK(m.row_lower()[2] == -1.0);
  CHECK(m.row_upper()[2] == 2.0);
  CHECK(m.row_lower()[3] == 3.0);
  CHECK(m.row_upper()[3] == 8.0);
  CHECK(m.row_lower()[4] == 6.5);
  CHECK(m.row_upper()[4] == 8.0);
  CHECK(m.row_lower()[5] == 1.0);
  CHECK(m.row_upper()[5] == 3.5);
  // Costs, with the explicit zero cost of X3 still declaring the column.
  CHECK(m.cost() == std::vector<double>{1.0, 2.5, 1.0, 1.0, 0.0, 0.0});
  CHECK(m.column(0) == std::vector<lp::matrix_entry>{{0, 1.0}, {2, -1.0}});
  // X2's explicit zero in RL is dropped.
  CHECK(m.column(1) == std::vector<lp::matrix_entry>{{1, 1.0}, {3, 1.0}});
  CHECK(m.column(4).empty());
  // Bounds: UP; LO+UP; MI; PL on an integer column; FR; the second bound set is ignored.
  CHECK(m.col_lower()[0] == 0.0);
  CHECK(m.col_upper()[0] == 4.0);
  CHECK(m.col_lower()[1] == -1.0);
  CHECK(m.col_upper()[1] == 6.0);
  CHECK(m.col_lower()[4] == -lp::infinity);
  CHECK(m.col_upper()[4] == lp::infinity);
  CHECK(m.col_lower()[5] == -lp::infinity);
  CHECK(m.col_upper()[5] == lp::infinity);
  // MARKER integers: Z1 has no bound line (default [0, 1]), Z2 has PL ([0, inf)).
  CHECK(m.is_integer(2));
  CHECK(m.is_integer(3));
  CHECK_FALSE(m.is_integer(0));
  CHECK(m.col_upper()[2] == 1.0);
  CHECK(m.col_upper()[3] == lp::infinity);
}

TEST_CASE("io::read_mps_string applies the negative-UP rule and the BV, LI, UI and FX types") {
  const char* text = R"(NAME
ROWS
 N  obj
 L  c1
COLUMNS
    a  obj  1  c1  1
    b  obj  1  c1  1
    c  obj  1  c1  1
    d  obj  1  c1  1
    e  obj  1  c1  1
    f  obj  1  c1  1
RHS
BOUNDS
 UP BND a  -2
 LO BND b  0
 UP BND b  -2
 BV BND c
 LI BND d  2
 UI BND d  9
 FX BND e  3.5
 MI BND f
ENDATA
)";
  // b's explicit LO 0 keeps the lower bound (lower <= upper fails: -2 < 0); so b is infeasible
  // as written and must be rejected. Replace b's UP by a positive value to check the rest.
  CHECK_THROWS_AS((void)io::read_mps_string(text), core::io_error);
  std::string fixed_text = text;
  fixed_text.replace(fixed_text.find("UP BND b  -2"), 12, "UP BND b  2 ");
  const lp::model m = io::read_mps_string(fixed_text);
  CHECK(m.col_lower()[0] == -lp::infinity);  // UP < 0 with default lower: lower = -inf
  CHECK(m.col_upper()[0] == -2.0);
  CHECK(m.col_lower()[1] == 0.0);
  CHECK(m.is_integer(2));
  CHECK(m.col_upper()[2] == 1.0);
  CHECK(m.is_integer(3));
  CHECK(m.col_lower()[3] == 2.0);
  CHECK(m.col_upper()[3] == 9.0);
  CHECK(m.col_lower()[4] == 3.5);
  CHECK(m.col_upper()[4] == 3.5);
  CHECK(m.col_lower()[5] == -lp::infinity);
  CHECK(m.col_upper()[5] == lp::infinity);
  CHECK(m.row_upper()[0] == 0.0);  // empty RHS section: right-hand sides are 0
}

// One fixed-format data line: fields start at columns 2, 5, 15, 25, 40 and 50.
std::string fixed_line(const std::string& f1, const std::string& f2, const std::string& f3,
                       const std::string& f4 = "", const std::string& f5 = "",
                       const std::string& f6 = "") {
  std::string line(61, ' ');
  const auto put = [&](std::size_t col, const std::string& f) { line.replace(col, f.size(), f); };
  put(1, f1);
  put(4, f2);
  put(14, f3);
  put(24, f4);
  put(39, f5);
  put(49, f6);
  while (!line.empty() && line.back() == ' ')
    line.pop_back();
  return line + "\n";
}

TEST_CASE("io::read_mps_string reads fixed columns with names containing spaces") {
  // As in Netlib forplan: names and set names with blanks, readable only by field position.
  const std::string text = "NAME          SPACES\nROWS\n" + fixed_line("N", "OBJ ROW", "") +
                           fixed_line("L", "BR   1 1", "") + fixed_line("G", "A$ 4-8 2", "") +
                           "COLUMNS\n" + fixed_line("", "X 1", "OBJ ROW", "1.", "BR   1 1", "2.") +
                           fixed_line("", "X 2", "A$ 4-8 2", "3.", "BR   1 1", "1.") + "RHS\n" +
                           fixed_line("", "RHS 1", "BR   1 1", "10.", "A$ 4-8 2", "1.") +
                           "RANGES\n" + fixed_line("", "RNG 1", "BR   1 1", "4.") + "BOUNDS\n" +
                           fixed_line("UP", "BND 1", "X 2", "5.") + "ENDATA\n";
  const lp::model m = io::read_mps_string(text);
  CHECK(m.row_names() == std::vector<std::string>{"BR   1 1", "A$ 4-8 2"});
  CHECK(m.col_names() == std::vector<std::string>{"X 1", "X 2"});
  CHECK(m.row_lower()[0] == 6.0);
  CHECK(m.row_upper()[0] == 10.0);
  CHECK(m.row_lower()[1] == 1.0);
  CHECK(m.col_upper()[1] == 5.0);
  CHECK(m.column(1) == std::vector<lp::matrix_entry>{{1, 3.0}, {0, 1.0}});
  // Forcing the free layout on this file fails with a line number.
  CHECK_THROWS_WITH_AS((void)io::read_mps_string(text, {.format = io::mps_format::free}),
                       doctest::Contains("<string>:3:"), core::io_error);
}

TEST_CASE("io::read_mps_string accepts blank RHS and BOUNDS set names") {
  // As in Netlib blend and gfrd-pnc: the set-name field is left empty.
  const char* text = R"(NAME BLANKSETS
ROWS
 N  obj
 G  r1
 L  r2
COLUMNS
    x  obj  1  r1  1
    y  obj  2  r2  1
RHS
    r1  3  r2  7
BOUNDS
 UP  y  5
 LO  x  1
ENDATA
)";
  const lp::model m = io::read_mps_string(text);
  CHECK(m.row_lower()[0] == 3.0);
  CHECK(m.row_upper()[1] == 7.0);
  CHECK(m.col_upper()[1] == 5.0);
  CHECK(m.col_lower()[0] == 1.0);
}

TEST_CASE("io::read_mps_string follows the configured integer default upper bound") {
  const char* text = R"(NAME
ROWS
 N obj
COLUMNS
    MARKER 'MARKER' 'INTORG'
    z obj 1
    MARKER 'MARKER' 'INTEND'
ENDATA
)";
  CHECK(io::read_mps_string(text).col_upper()[0] == 1.0);
  CHECK(io::read_mps_string(text, {.integer_default_upper = lp::infinity}).col_upper()[0] ==
        lp::infinity);
  CHECK_THROWS_AS((void)io::read_mps_string(text, {.integer_default_upper = -1}),
                  core::invalid_input);
  CHECK_THROWS_AS((void)io::read_mps_string(text, {.infinity_threshold = 0}), core::invalid_input);
}

namespace {

struct corrupted_case {
  const char* what;
  std::string text;
  int line;
};

std::string base_lines(const std::string& rows, const std::string& cols, const std::string& rest) {
  return "NAME T\nROWS\n N obj\n" + rows + "COLUMNS\n" + cols + rest;
}

}  // namespace

TEST_CASE("io::read_mps_string reports every malformed file as io_error with its line") {
  const std::string rows = " L c1\n G c2\n";
  const std::string cols = "    x obj 1 c1 1\n    y obj 2 c2 1\n";
  const std::vector<corrupted_case> cases = {
      {"truncated before ENDATA", base_lines(rows, cols, "RHS\n    rhs c1 4\n"), 10},
      {"truncated inside ROWS", "NAME T\nROWS\n N obj\n L c1\n", 4},
      {"empty file", "", 1},
      {"unknown section", base_lines(rows, cols, "FOO\nENDATA\n"), 9},
      {"bad number in COLUMNS", base_lines(rows, "    x obj 1.2.3 c1 1\n", "ENDATA\n"), 7},
      {"bad number in RHS", base_lines(rows, cols, "RHS\n    rhs c1 4x\nENDATA\n"), 10},
      {"bad number in RANGES", base_lines(rows, cols, "RANGES\n    rng c1 --1\nENDATA\n"), 10},
      {"bad number in BOUNDS", base_lines(rows, cols, "BOUNDS\n UP bnd x 1e\nENDATA\n"), 10},
      {"NaN coefficient", base_lines(rows, "    x obj nan\n", "ENDATA\n"), 7},
      {"infinite coefficient", base_lines(rows, "    x c1 1e400\n", "ENDATA\n"), 7},
      {"duplicate row name", base_lines(" L c1\n G c1\n", cols, "ENDATA\n"), 5},
      {"duplicate column block", base_lines(rows, cols + "    x c2 3\n", "ENDATA\n"), 9},
      {"duplicate entry in a column", base_lines(rows, "    x c1 1 c1 2\n", "ENDATA\n"), 7},
      {"duplicate RHS entry", base_lines(rows, cols, "RHS\n    rhs c1 4 c1 5\nENDATA\n"), 10},
      {"missing objective row", "NAME T\nROWS\n L c1\nCOLUMNS\n    x c1 1\nENDATA\n", 4},
      {"unknown row type", base_lines(" X c1\n", cols, "ENDATA\n"), 4},
      {"unknown row in COLUMNS", base_lines(rows, "    x c9 1\n", "ENDATA\n"), 7},
      {"unknown row in RHS", base_lines(rows, cols, "RHS\n    rhs c9 4\nENDATA\n"), 10},
      {"unknown row in RANGES", base_lines(rows, cols, "RANGES\n    rng c9 4\nENDATA\n"), 10},
      {"unknown column in BOUNDS", base_lines(rows, cols, "BOUNDS\n UP bnd z 4\nENDATA\n"), 10},
      {"unknown bound type", base_lines(rows, cols, "BOUNDS\n XX bnd x 4\nENDATA\n"), 10},
      {"semi-continuous bound", base_lines(rows, cols, "BOUNDS\n SC bnd x 4\nENDATA\n"), 10},
      {"crossing bounds", base_lines(rows, cols, "BOUNDS\n LO bnd x 5\n UP bnd x 3\nENDATA\n"), 11},
      {"data line before any section", "    x obj 1\nNAME T\n", 1},
      {"COLUMNS before ROWS", "NAME T\nCOLUMNS\n    x obj 1\nENDATA\n", 2},
      {"ROWS line without a name", base_lines(" L\n", cols, "ENDATA\n"), 4},
      {"COLUMNS line with four fields", base_lines(rows, "    x obj 1 c1\n", "ENDATA\n"), 7},
      {"RHS line with six fields", base_lines(rows, cols, "RHS\n    a b c d e f\nENDATA\n"), 10},
      {"duplicate section", base_lines(rows, cols, "ROWS\nENDATA\n"), 9},
      {"bad OBJSENSE", "NAME T\nOBJSENSE\n    UP\nROWS\n N obj\nCOLUMNS\nENDATA\n", 3},
      {"unknown MARKER", base_lines(rows, "    m 'MARKER' 'SOSORG'\n", "ENDATA\n"), 7},
      {"infinite RHS on an equality row",
       base_lines(" E c1\n", "    x c1 1\n", "RHS\n    rhs c1 1e31\nENDATA\n"), 8},
      {"binary garbage", std::string("NAME T\nROWS\n\x01\x02\x03 N obj\n"), 3},
  };
  for (const auto& c : cases) {
    CAPTURE(c.what);
    const std::string where = "<string>:" + std::to_string(c.line) + ":";
    CHECK_THROWS_WITH_AS((void)io::read_mps_string(c.text), doctest::Contains(where.c_str()),
                         core::io_error);
  }
  CHECK(cases.size() >= 20);
  // The message names the function called and the source given.
  CHECK_THROWS_WITH_AS((void)io::read_mps_string("", {}, "plan.mps"),
                       "io::read_mps_string: plan.mps:1: file ends without ENDATA; expected an "
                       "ENDATA line",
                       core::io_error);
}

TEST_CASE("io::read_mps reports missing and corrupt files with the file name") {
  CHECK_THROWS_WITH_AS((void)io::read_mps("/nonexistent/dir/model.mps"),
                       doctest::Contains("/nonexistent/dir/model.mps:0:"), core::io_error);
#if defined(FORESIGHT_HAS_ZLIB)
  // A truncated gzip stream.
  const auto dir = std::filesystem::temp_directory_path() / "foresight_test_mps_corrupt";
  std::filesystem::create_directories(dir);
  const auto good = dir / "m.mps.gz";
  lp::model m;
  (void)m.add_variable({.lower = 0, .upper = 1, .cost = 1, .name = "x"});
  io::write_mps(m, good);
  std::string bytes;
  {
    std::ifstream in(good, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  const auto bad = dir / "truncated.mps.gz";
  {
    std::ofstream out(bad, std::ios::binary);
    out << bytes.substr(0, bytes.size() / 2);
  }
  CHECK_THROWS_AS((void)io::read_mps(bad), core::io_error);
  std::filesystem::remove_all(dir);
#endif
}

namespace {

lp::model sample_model() {
  lp::model m;
  m.set_name("sample");
  m.set_objective_name("profit");
  m.set_sense(lp::objective_sense::maximize);
  m.set_objective_offset(-1.25);
  const auto x = m.add_variable({.lower = -lp::infinity, .upper = 4, .cost = 3, .name = "x"});
  const auto y = m.add_variable({.lower = 1, .upper = 1, .cost = -2, .name = "y"});
  const auto z =
      m.add_variable({.lower = 0, .upper = 1, .cost = 0.1, .name = "z", .integer = true});
  const auto w = m.add_variable({.lower = 0, .upper = lp::infinity, .name = "w", .integer = true});
  const auto f = m.add_variable({.lower = -lp::infinity, .upper = lp::infinity, .name = "free"});
  const auto u = m.add_variable({.lower = -5, .upper = 5, .name = "u"});
  const auto v = m.add_variable({.lower = 0, .upper = 0.3, .cost = 1e-17, .name = "v"});
  (void)m.add_variable({.lower = -3, .upper = -1, .name = "neg"});
  m.add_constraint(2 * x + y - 0.1 * z <= 10, "cap");
  m.add_constraint(x - w >= -3.5, "floor");
  m.add_constraint(range(0.1, x + f + v, 0.3), "band");
  m.add_constraint(range(-7, y + u, 12.5), "wide");
  m.add_constraint(z + w == 1, "link");
  m.add_constraint(-lp::infinity <= x + 0.0 * y, "freerow");
  return m;
}

}  // namespace

TEST_CASE("io::write_mps_string then read_mps_string gives the same model") {
  const lp::model m = sample_model();
  const std::string text = io::write_mps_string(m);
  const lp::model back = io::read_mps_string(text);
  CHECK(back == m);
  // Writing the read model again gives the same text.
  CHECK(io::write_mps_string(back) == text);
}

TEST_CASE("io::write_mps_string sums coefficients repeated in a column") {
  // lp::model::add_coefficient does not merge repeats; MPS allows a row once per column.
  lp::model m;
  const auto x = m.add_variable({.cost = -1, .name = "x"});
  const auto y = m.add_variable({.cost = 1, .name = "y"});
  const core::index r = m.add_row(-lp::infinity, x + y, 4, "r");
  m.add_coefficient(r, x.id, 1.0);   // x: 2 in total
  m.add_coefficient(r, y.id, -1.0);  // y: 0 in total, still declared
  const lp::model back = io::read_mps_string(io::write_mps_string(m));
  REQUIRE(back.num_cols() == 2);
  CHECK(back.column(0) == std::vector<lp::matrix_entry>{{.row = 0, .value = 2.0}});
  CHECK(back.column(1).empty());
  CHECK(back.cost() == m.cost());
  CHECK(back.matrix().toDense() == m.matrix().toDense());
}

TEST_CASE("io::write_mps_string names unnamed rows and columns and rejects unwritable names") {
  lp::model m;
  const auto a = m.add_variable({.cost = 1});
  const auto b = m.add_variable({.cost = 2, .name = "C0"});  // clashes with a generated name
  m.add_constraint(a + b >= 1);
  const lp::model back = io::read_mps_string(io::write_mps_string(m));
  CHECK(back.num_cols() == 2);
  CHECK(back.col_names()[1] == "C0");
  CHECK(back.col_names()[0] != "C0");
  CHECK(back.cost() == m.cost());
  lp::model bad;
  (void)bad.add_variable({.name = "has space"});
  CHECK_THROWS_WITH_AS((void)io::write_mps_string(bad), doctest::Contains("has space"),
                       core::io_error);
  lp::model twice;
  (void)twice.add_variable({.name = "x"});
  (void)twice.add_variable({.name = "x"});
  CHECK_THROWS_AS((void)io::write_mps_string(twice), core::io_error);
}

TEST_CASE("io::write_mps and io::read_mps round-trip through plain and gzip files") {
  const lp::model m = sample_model();
  const auto dir = std::filesystem::temp_directory_path() / "foresight_test_mps_files";
  std::filesystem::create_directories(dir);
  io::write_mps(m, dir / "m.mps");
  CHECK(io::read_mps(dir / "m.mps") == m);
#if defined(FORESIGHT_HAS_ZLIB)
  io::write_mps(m, dir / "m.mps.gz");
  CHECK(io::read_mps(dir / "m.mps.gz") == m);
#else
  CHECK_THROWS_AS(io::write_mps(m, dir / "m.mps.gz"), core::io_error);
#endif
  CHECK_THROWS_AS(io::write_mps(m, dir / "missing" / "m.mps"), core::io_error);
  std::filesystem::remove_all(dir);
}

TEST_CASE("io::read_mps reads the Netlib files with their quirks") {
#if defined(FORESIGHT_HAS_ZLIB)
  // Sizes from ../shared/data/lp/README.md (rows without the objective, nonzeros without it).
  struct expect {
    const char* name;
    core::index rows, cols, nonzeros;
    double offset;
  };
  const std::vector<expect> files = {
      {"afiro", 27, 32, 83, 0.0},       {"blend", 74, 83, 491, 0.0},
      {"forplan", 161, 421, 4563, 0.0}, {"gfrd-pnc", 616, 1092, 2377, 0.0},
      {"e226", 223, 282, 2578, 7.113},  {"boeing1", 351, 384, 3485, 0.0},
      {"kb2", 43, 41, 286, 0.0},        {"pilot4", 410, 1000, 5141, 0.0},
  };
  for (const auto& f : files) {
    CAPTURE(f.name);
    const auto path = foresight::test::shared_data(std::string("lp/") + f.name + ".mps.gz");
    if (!path)
      return;
    const lp::model m = io::read_mps(*path);
    CHECK(m.num_rows() == f.rows);
    CHECK(m.num_cols() == f.cols);
    CHECK(m.num_nonzeros() == f.nonzeros);
    CHECK(m.objective_offset() == f.offset);
    // Free-format writing works for every file without blanks in names.
    if (std::string(f.name) != "forplan")
      CHECK(io::read_mps_string(io::write_mps_string(m)) == m);
  }
#else
  MESSAGE("FORESIGHT_SKIPPED: built without zlib");
#endif
}

TEST_CASE("io::validate rejects MPS options out of range before reading") {
  CHECK_NOTHROW(io::validate(io::mps_options{}));
  CHECK_THROWS_WITH_AS((void)io::read_mps_string("", {.integer_default_upper = -1}),
                       "io::validate(mps_options): integer_default_upper is -1; expected >= 0",
                       core::invalid_input);
  CHECK_THROWS_AS((void)io::read_mps("missing.mps", {.infinity_threshold = 0}),
                  core::invalid_input);
  CHECK_THROWS_AS(io::validate({.format = static_cast<io::mps_format>(7)}), core::invalid_input);
}

TEST_CASE("io::to_string names the MPS formats") {
  CHECK(io::to_string(io::mps_format::automatic) == "automatic");
  CHECK(io::to_string(io::mps_format::fixed) == "fixed");
  CHECK(io::to_string(io::mps_format::free) == "free");
}
