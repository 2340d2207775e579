// SPDX-License-Identifier: Apache-2.0
#include <doctest/doctest.h>

#include <unistd.h>

#include <cmath>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <limits>
#include <sstream>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <foresight/core/csv.hpp>

#include "support/test_support.hpp"

namespace core = foresight::core;
namespace test = foresight::test;

namespace {

// Tolerance against the pandas references: pandas parses to double, so for float the reference
// is double-rounded (decimal -> double -> float) where foresight parses straight to float; they
// can differ by an ulp, and 1e-6 relative covers a few float ulps. Doubles must match exactly
// up to summation order (1e-15).
template <typename Scalar>
constexpr double tolerance = std::is_same_v<Scalar, float> ? 1e-6 : 1e-15;

template <typename Scalar = double>
core::panel<Scalar> panel_of(const std::string& text, const core::csv_panel_options& o = {}) {
  std::istringstream in(text);
  return core::read_panel<Scalar>(in, "t.csv", o);
}

// Runs `f`, which must throw csv_error located at line:column of `source`, with a message that
// starts with `where`, names source:line[:column] and contains `fragment`.
void check_error(const std::function<void()>& f, std::string_view where, core::index line,
                 core::index column, std::string_view fragment, std::string_view source = "t.csv") {
  bool thrown = false;
  try {
    f();
  } catch (const core::csv_error& e) {
    thrown = true;
    const std::string msg = e.what();
    CAPTURE(msg);
    CHECK(e.line() == line);
    CHECK(e.column() == column);
    CHECK(e.source() == source);
    std::ostringstream loc;
    loc << where << ": " << source;
    if (line > 0)
      loc << ':' << line;
    if (line > 0 && column > 0)
      loc << ':' << column;
    loc << ": ";
    CHECK(msg.rfind(loc.str(), 0) == 0);
    CHECK(msg.find(fragment) != std::string::npos);
  }
  CHECK(thrown);
}

void check_panel_error(const std::string& text, const core::csv_panel_options& o,
                       std::string_view where, core::index line, core::index column,
                       std::string_view fragment) {
  CAPTURE(text);
  check_error([&] { (void)panel_of(text, o); }, where, line, column, fragment);
}

std::string unhex(const std::string& hex) {
  std::string out;
  for (std::size_t i = 0; i + 1 < hex.size(); i += 2)
    out += static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16));
  return out;
}

// Compares `p` with the pandas reference tests/reference/core/csv/<name>_{series,values}.csv.
template <typename Scalar>
void check_against_pandas(const core::panel<Scalar>& p, const std::string& name) {
  const auto series =
      test::read_simple_csv(test::source_path("reference/core/csv/" + name + "_series.csv"));
  const auto values =
      test::read_simple_csv(test::source_path("reference/core/csv/" + name + "_values.csv"));
  REQUIRE(p.size() == static_cast<core::index>(series.rows.size()));
  for (const auto& row : series.rows) {
    const auto i = static_cast<core::index>(std::stol(row[series.column("series")]));
    CHECK(p.id(i) == unhex(row[series.column("id_hex")]));
    CHECK(p.start(i) == row[series.column("start")]);
    CHECK(p.period(i) == std::stol(row[series.column("period")]));
    CHECK(p.length(i) == std::stol(row[series.column("length")]));
  }
  for (const auto& row : values.rows) {
    const auto i = static_cast<core::index>(std::stol(row[values.column("series")]));
    const auto t = static_cast<core::index>(std::stol(row[values.column("t")]));
    const double expected = test::parse_number(row[values.column("value")]);
    CAPTURE(i);
    CAPTURE(t);
    CHECK(test::close(static_cast<double>(p.values(i)[t]), expected, tolerance<Scalar>));
  }
}

const std::filesystem::path& temp_dir() {
  static const std::filesystem::path dir = [] {
    // One directory per process: ctest runs the test cases (and the float and double instances
    // of a template) as parallel processes that write files of the same names.
    auto d = std::filesystem::temp_directory_path() /
             ("foresight_test_csv_" + std::to_string(::getpid()));
    std::filesystem::create_directories(d);
    return d;
  }();
  return dir;
}

}  // namespace

// ----------------------------------------------------------------------------------------------
// The low-level reader.

TEST_CASE("csv_reader reads quoted fields, escapes, quoted line breaks, CRLF, BOM, blank lines") {
  const std::string text =
      "\xEF\xBB\xBF"
      "id,note,qty\r\n"
      "\r\n"
      "A,\"a, \"\"quoted\"\" note\",1.5\r\n"
      "\"B\",\"two\r\nlines\",NA\n"
      "\n"
      "  C  , plain ,  -2e3  \r"
      "D,\"\",\"7\"";
  auto r = core::csv_reader::from_string(text, "mem.csv");
  CHECK(r.name() == "mem.csv");
  CHECK(r.header() == std::vector<std::string>{"id", "note", "qty"});
  CHECK(r.header_line() == 1);
  CHECK(r.column("qty") == 2);
  CHECK(r.find_column("note").value() == 1);
  CHECK_FALSE(r.find_column("price").has_value());

  REQUIRE(r.next());
  CHECK(r.size() == 3);
  CHECK(r.line() == 3);
  CHECK(r.field(0) == "A");
  CHECK(r.field(1) == "a, \"quoted\" note");
  CHECK(r.number<double>(2) == 1.5);
  CHECK(r.position(1).line == 3);
  CHECK(r.position(1).column == 3);  // the opening quote

  REQUIRE(r.next());
  CHECK(r.line() == 4);
  CHECK(r.field(0) == "B");
  CHECK(r.field(1) == "two\r\nlines");
  CHECK(r.is_missing(2));
  CHECK(std::isnan(r.number<double>(2)));
  CHECK(r.position(2).line == 5);  // after the quoted line break
  CHECK(r.position(2).column == 8);

  REQUIRE(r.next());
  CHECK(r.line() == 7);      // the empty line 6 is skipped
  CHECK(r.field(0) == "C");  // spaces around unquoted fields are trimmed
  CHECK(r.field(1) == "plain");
  CHECK(r.number<float>(2) == -2000.0F);
  CHECK(r.position(0).column == 3);

  REQUIRE(r.next());  // after a lone CR, the last record has no line end
  CHECK(r.line() == 8);
  CHECK(r.field(1).empty());
  CHECK(r.is_missing(1));  // "" is a missing-value token by default
  CHECK(r.integer(2) == 7);
  CHECK_FALSE(r.next());
  CHECK_FALSE(r.next());
}

TEST_CASE_TEMPLATE("csv_reader parses numbers locale-independently, to float and double", Scalar,
                   float, double) {
  auto r = core::csv_reader::from_string(
      "a;b;c;d\n0,1;+3,25;-1,5e-3;12\n", "eu.csv",
      {.delimiter = ';', .decimal_point = ',', .missing_values = {"-"}});
  REQUIRE(r.next());
  // The compiler's own parse of the literal is the reference: both are correctly rounded.
  CHECK(r.number<Scalar>(0) == Scalar(0.1));
  CHECK(r.number<Scalar>(1) == Scalar(3.25));
  CHECK(r.number<Scalar>(2) == Scalar(-1.5e-3));
  CHECK(r.integer(3) == 12);
  CHECK_FALSE(r.is_missing(0));

  auto t = core::csv_reader::from_string("x\ty\n 1.25\t\"-\"\n", "tab.csv",
                                         {.delimiter = '\t', .missing_values = {"-"}});
  REQUIRE(t.next());
  CHECK(t.number<Scalar>(0) == Scalar(1.25));  // a space is trimmed, the tab is the delimiter
  CHECK(std::isnan(t.number<Scalar>(1)));      // quoted tokens are missing too
  CHECK(t.options().delimiter == '\t');
  CHECK(t.options().missing_values == std::vector<std::string>{"-"});
}

TEST_CASE("csv_reader reads files and streams, keeps quotes inside unquoted fields") {
  const auto path = temp_dir() / "reader.csv";
  {
    std::ofstream out(path, std::ios::binary);
    out << "sku,name\n5\"x,bolt 5\" long\n";
  }
  core::csv_reader f(path);
  CHECK(f.name() == path.string());
  REQUIRE(f.next());
  CHECK(f.field(0) == "5\"x");
  CHECK(f.field(1) == "bolt 5\" long");
  CHECK_FALSE(f.next());

  std::istringstream in("\n\nname\nx\n");
  core::csv_reader s(in, "stream");
  CHECK(s.header_line() == 3);
  REQUIRE(s.next());
  CHECK(s.line() == 4);
  CHECK(s.field(0) == "x");
  CHECK_THROWS_AS((void)s.field(1), core::invalid_input);
  CHECK_THROWS_AS((void)s.position(-1), core::invalid_input);
}

TEST_CASE("csv_reader keeps fields and line numbers right across block boundaries") {
  // The tricky record (a quoted id with a "" escape and a CRLF inside, a quoted value, a CRLF
  // line end) is shifted byte by byte across the end of the first block read from a stream
  // (4 KiB: blocks start small and double up to 1 MiB).
  const std::string tricky = "\"Q\"\"x\r\ny\",\"2.5\"\r\nR,3\r\n";
  for (std::size_t shift = 0; shift <= tricky.size(); ++shift) {
    std::string text = "id,value\r\n";
    core::index lines = 1;
    const std::size_t target = 4096 - tricky.size() + shift;
    while (text.size() + 40 < target) {
      text.append("F").append(std::to_string(lines)).append(",1\r\n");
      ++lines;
    }
    const std::size_t pad = target - text.size() - 5;
    text.append("P").append(pad, 'p').append(",1\r\n");  // lands on target
    ++lines;
    REQUIRE(text.size() == target);
    text += tricky;
    std::istringstream in(text);
    core::csv_reader r(in, "big");
    core::index records = 0;
    while (r.next() && r.field(0)[0] != 'Q')
      ++records;
    CAPTURE(shift);
    CHECK(records == lines - 1);
    CHECK(r.field(0) == "Q\"x\r\ny");
    CHECK(r.line() == lines + 1);
    CHECK(r.number<double>(1) == 2.5);
    REQUIRE(r.next());
    CHECK(r.field(0) == "R");
    CHECK(r.line() == lines + 3);
    CHECK_FALSE(r.next());
  }
}

TEST_CASE("the tokenizer gives the same records whatever the block size") {
  // Differential check of the refill logic (also run by tests/fuzz/fuzz_csv.cpp on random
  // inputs): one whole buffer against a stream read in blocks of 1 to 9 bytes.
  std::ifstream file(test::source_path("core/data/csv/messy.csv"), std::ios::binary);
  const std::string text((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
  REQUIRE(text.size() > 100);
  for (std::size_t block = 1; block <= 9; ++block) {
    CAPTURE(block);
    core::detail::csv_tokenizer whole;
    core::detail::csv_tokenizer streamed;
    std::istringstream in(text);
    whole.assign(text);
    streamed.attach(in);
    streamed.set_block_size(block);
    REQUIRE(whole.skip_bom());
    REQUIRE(streamed.skip_bom());
    core::index records = 0;
    while (whole.next()) {
      REQUIRE(streamed.next());
      ++records;
      REQUIRE(whole.fields().size() == streamed.fields().size());
      for (std::size_t j = 0; j < whole.fields().size(); ++j) {
        const auto& a = whole.fields()[j];
        const auto& b = streamed.fields()[j];
        CHECK(whole.text(a) == streamed.text(b));
        CHECK(a.line == b.line);
        CHECK(a.column == b.column);
      }
    }
    CHECK_FALSE(streamed.next());
    CHECK(records == 11);  // header + 10 rows
    CHECK(whole.error == core::detail::csv_scan_error::none);
    CHECK(streamed.error == core::detail::csv_scan_error::none);
  }
}

TEST_CASE("csv_reader grows its buffer for a record longer than a block") {
  const std::string big(3'000'000, 'z');
  std::istringstream in(std::string("a,b\n\"").append(big).append("\",1\nshort,2\n"));
  core::csv_reader r(in, "long");
  REQUIRE(r.next());
  CHECK(r.field(0) == big);
  CHECK(r.integer(1) == 1);
  REQUIRE(r.next());
  CHECK(r.line() == 3);
  CHECK(r.field(0) == "short");
}

TEST_CASE("csv_reader::fail reports the caller's own check at the field") {
  auto r = core::csv_reader::from_string("item,qty\nA,-3\n", "orders.csv");
  REQUIRE(r.next());
  CHECK_THROWS_WITH_AS(r.fail("app::load", 1, "quantity is negative; expected qty >= 0"),
                       "app::load: orders.csv:2:3: quantity is negative; expected qty >= 0",
                       core::io_error);
}

// ----------------------------------------------------------------------------------------------
// read_panel: positive cases.

TEST_CASE_TEMPLATE("read_panel fills gaps with NaN, sorts periods, keeps first-appearance order",
                   Scalar, float, double) {
  const auto p = panel_of<Scalar>(
      "item,period,value\n"
      "B,3,30\n"
      "A,2,2\n"
      "B,1,10\n"
      "A,5,NA\n"
      "B,-1,0.5\n");
  REQUIRE(p.size() == 2);
  CHECK(p.id(0) == "B");
  CHECK(p.start(0) == "-1");
  CHECK(p.period(0) == 1);
  const std::vector<Scalar> b{0.5, core::missing<Scalar>(), 10, core::missing<Scalar>(), 30};
  CHECK(p.series(0) == core::time_series<Scalar>(b, 1, "-1"));
  CHECK(p.id(1) == "A");
  CHECK(p.start(1) == "2");
  const std::vector<Scalar> a{2, core::missing<Scalar>(), core::missing<Scalar>(),
                              core::missing<Scalar>()};
  CHECK(p.series(1) == core::time_series<Scalar>(a, 1, "2"));
  CHECK(p.find("A").value() == 1);
}

TEST_CASE("read_panel maps year-month and date periods to monthly and daily indices") {
  const auto m = panel_of("item,period,value\nA,2023-11,1\nA,2024-02,4\nA,2023-12,2\n",
                          {.periods = core::period_type::year_month});
  REQUIRE(m.size() == 1);
  CHECK(m.period(0) == 12);
  CHECK(m.start(0) == "2023-11");
  CHECK(m.length(0) == 4);  // 2023-11, 2023-12, 2024-01 (missing), 2024-02
  CHECK(std::isnan(m.values(0)[2]));
  CHECK(m.values(0)[3] == 4.0);

  const auto d = panel_of("item,period,value\nA,2024-03-01,3\nA,2024-02-28,1\n",
                          {.periods = core::period_type::date});
  CHECK(d.period(0) == 7);
  CHECK(d.start(0) == "2024-02-28");
  CHECK(d.length(0) == 3);  // 2024 is a leap year: 02-28, 02-29 (missing), 03-01
  CHECK(std::isnan(d.values(0)[1]));

  const auto l = panel_of("item,period,value\nA,Q3,3\nA,Q1,1\nB,x,5\nA,Q2,2\n",
                          {.periods = core::period_type::label, .seasonal_period = 4});
  CHECK(l.start(0) == "Q3");  // labels keep file order
  CHECK(l.series(0) == core::time_series<>(std::vector<double>{3, 1, 2}, 4, "Q3"));
  CHECK(l.length(1) == 1);
}

TEST_CASE_TEMPLATE("read_panel sums duplicate transactions and fills gaps with zero", Scalar, float,
                   double) {
  const auto p = panel_of<Scalar>(
      "sku,day,qty\n"
      "X,2024-01-01,1.5\n"
      "X,2024-01-03,2\n"
      "X,2024-01-01,0.25\n"
      "Y,2024-01-01,NA\n"
      "Y,2024-01-01,NA\n"
      "X,2024-01-03,NA\n",
      {.item_column = "sku",
       .period_column = "day",
       .value_column = "qty",
       .periods = core::period_type::date,
       .gaps = core::gap_policy::zero,
       .duplicates = core::duplicate_policy::sum});
  REQUIRE(p.size() == 2);
  CHECK(p.series(0) == core::time_series<Scalar>(std::vector<Scalar>{1.75, 0, 2}, 7, "2024-01-01"));
  CHECK(p.length(1) == 1);
  CHECK(std::isnan(p.values(1)[0]));  // only missing values: the sum is missing
}

TEST_CASE("read_panel takes seasonal periods from a column and filters rows") {
  const std::string text =
      "series_id,frequency,split,t,y\n"
      "M1,12,train,1,5\n"
      "M1,12,test,3,99\n"
      "Q1,4,train,2,7\n"
      "M1,12,train,2,6\n"
      "T1,1,test,1,0\n"
      "Q1,4,train,1,8\n";
  const core::csv_panel_options o{.item_column = "series_id",
                                  .period_column = "t",
                                  .value_column = "y",
                                  .seasonal_period_column = "frequency",
                                  .filter_column = "split",
                                  .filter_values = {"train"}};
  const auto p = panel_of(text, o);
  REQUIRE(p.size() == 2);  // T1 has no train row, so it does not appear
  CHECK(p.series(0) == core::time_series<>(std::vector<double>{5, 6}, 12, "1"));
  CHECK(p.series(1) == core::time_series<>(std::vector<double>{8, 7}, 4, "1"));

  const auto all = panel_of(text, {.item_column = "series_id",
                                   .period_column = "t",
                                   .value_column = "y",
                                   .seasonal_period = 3});
  CHECK(all.size() == 3);
  CHECK(all.period(2) == 3);
  CHECK(all.values(0)[1] == 6.0);
  CHECK(all.values(0)[2] == 99.0);

  const auto none = panel_of("item,period,value\n");
  CHECK(none.empty());
}

TEST_CASE_TEMPLATE("read_panel agrees with pandas on a messy file (BOM, CRLF, quotes, gaps)",
                   Scalar, float, double) {
  // pandas 1.5.3, numpy 1.24.2: tests/reference/core/csv/make_reference.py (read_csv with
  // encoding utf-8-sig, float_precision round_trip; groupby in order of appearance; reindex).
  const auto p = core::read_panel<Scalar>(test::source_path("core/data/csv/messy.csv"),
                                          {.periods = core::period_type::year_month});
  check_against_pandas(p, "messy");
  CHECK(p.id(0) == "SKU \"A\", red");
}

TEST_CASE_TEMPLATE("read_panel agrees with pandas on a ';' / decimal-comma transaction file",
                   Scalar, float, double) {
  // pandas 1.5.3, numpy 1.24.2: tests/reference/core/csv/make_reference.py (sep ';', split ==
  // train, groupby sum(min_count=1), daily reindex with fill 0).
  const auto p = core::read_panel<Scalar>(test::source_path("core/data/csv/transactions.csv"),
                                          {.item_column = "sku",
                                           .period_column = "day",
                                           .value_column = "qty",
                                           .periods = core::period_type::date,
                                           .gaps = core::gap_policy::zero,
                                           .duplicates = core::duplicate_policy::sum,
                                           .filter_column = "split",
                                           .filter_values = {"train"},
                                           .csv = {.delimiter = ';', .decimal_point = ','}});
  check_against_pandas(p, "transactions");
}

TEST_CASE("read_panel reads the shared M3 monthly file") {
  const auto path = test::shared_data("m3/m3_monthly.csv");
  if (!path)
    return;
  const auto p = core::read_panel<double>(*path, {.item_column = "series_id",
                                                  .period_column = "t",
                                                  .value_column = "value",
                                                  .seasonal_period_column = "frequency",
                                                  .filter_column = "split",
                                                  .filter_values = {"train"}});
  CHECK(p.size() == 714);  // data/m3/README.md: 714 monthly series, n = 48..126
  // pandas 1.5.3: tests/reference/core/csv/make_reference.py, digest of the train rows.
  const auto digest =
      test::read_simple_csv(test::source_path("reference/core/csv/m3_monthly_digest.csv"));
  for (const auto& row : digest.rows) {
    const std::string id = row[digest.column("series_id")];
    CAPTURE(id);
    if (id == "TOTAL") {
      CHECK(p.size() == std::stol(row[digest.column("position")]));
      CHECK(p.total_observations() == std::stol(row[digest.column("length")]));
      continue;
    }
    const auto i = p.find(id).value();
    CHECK(i == std::stol(row[digest.column("position")]));
    CHECK(p.period(i) == 12);
    CHECK(p.start(i) == "1");
    CHECK(p.length(i) == std::stol(row[digest.column("length")]));
    const auto v = p.values(i);
    CHECK(v[0] == test::parse_number(row[digest.column("first")]));
    CHECK(v[v.size() - 1] == test::parse_number(row[digest.column("last")]));
    CHECK(test::close(v.sum(), test::parse_number(row[digest.column("sum")]), 1e-12));
  }
  for (core::index i = 0; i < p.size(); ++i) {
    CHECK(p.length(i) >= 48);
    CHECK(p.length(i) <= 126);
    CHECK_FALSE(p.series(i).has_missing());
  }
}

// ----------------------------------------------------------------------------------------------
// Malformed inputs: each raises csv_error (an io_error) at the right line and column.

TEST_CASE("malformed: missing file, empty input, missing and duplicate header columns") {
  static_assert(std::is_base_of_v<core::io_error, core::csv_error>);
  const auto missing = temp_dir() / "does_not_exist.csv";
  CHECK_THROWS_AS((void)core::read_panel<double>(missing), core::io_error);
  check_error([&] { (void)core::read_panel<double>(missing); }, "core::csv_reader", 0, 0,
              "cannot open the file: No such file or directory", missing.string());
  check_error([] { (void)panel_of(""); }, "core::csv_reader", 1, 0, "the input is empty");
  check_error([] { (void)panel_of("\xEF\xBB\xBF\r\n\n"); }, "core::csv_reader", 3, 0,
              "expected a header row");
  check_panel_error("item,period,qty\nA,1,2\n", {}, "core::read_panel", 1, 0,
                    "missing column 'value'; expected it in the header (found 'item', "
                    "'period', 'qty')");
  check_panel_error("item,value,period,value\n", {}, "core::csv_reader", 1, 19,
                    "duplicate column name 'value' (also column 2)");
  CHECK(panel_of("item,period,value,,\nA,1,2,,\n").size() == 1);  // unnamed columns may repeat
  check_error(
      [] {
        auto r = core::csv_reader::from_string("a,b\n", "t.csv");
        (void)r.column("c");
      },
      "core::csv_reader::column", 1, 0, "missing column 'c'");
}

TEST_CASE("malformed: wrong number of fields, also after a quoted line break") {
  check_panel_error("item,period,value\nA,1,2\nA,2,3,4\n", {}, "core::csv_reader", 3, 7,
                    "record has 4 fields; expected 3 as in the header");
  check_panel_error("item,period,value\r\nA,1\r\n", {}, "core::csv_reader", 2, 4,
                    "record has 2 fields; expected 3");
  check_panel_error("item,period,value\n\"A\nB\",1\nC,1,1\n", {}, "core::csv_reader", 3, 5,
                    "record has 2 fields");
}

TEST_CASE("malformed: unterminated quote, characters after a closing quote, NUL bytes") {
  check_panel_error("item,period,value\nA,1,1\nB,2,\"3\n\nC,1,1\n", {}, "core::csv_reader", 3, 5,
                    "quoted field is not closed");
  check_panel_error("item,period,value\n\"A\"x,1,1\n", {}, "core::csv_reader", 2, 4,
                    "unexpected character after a closing quote");
  check_panel_error(std::string("item,period,value\nA,1,1\nA,2,4", 29) + '\0' + "5\n", {},
                    "core::csv_reader", 3, 6, "NUL byte");
  check_panel_error(std::string("item,period,value\n\"A\n", 21) + '\0' + "\",1,1\n", {},
                    "core::csv_reader", 3, 1, "NUL byte");
}

TEST_CASE_TEMPLATE("malformed: bad, non-finite and out-of-range numbers", Scalar, float, double) {
  const auto check = [](const std::string& value, core::index column, std::string_view what) {
    CAPTURE(value);
    const std::string text = std::string("item,period,value\nA,1,1\nA,2,").append(value) + '\n';
    check_error([&] { (void)panel_of<Scalar>(text); }, "core::read_panel", 3, column, what);
  };
  check("12x", 5, "value '12x' in column 'value' is not a number");
  check("inf", 5, "value 'inf' in column 'value' is not finite");
  check("-Infinity", 5, "is not finite");
  check("1e999", 5, "is out of the range of");
  if constexpr (std::is_same_v<Scalar, float>)
    check("1e39", 5, "is out of the range of float");
  check("\"--1\"", 5, "is not a number");
  // A decimal comma without decimal_point = ',' splits the field: the reader counts fields.
  check_error([] { (void)panel_of<Scalar>("item,period,value\nA,1,1,5\n"); }, "core::csv_reader", 2,
              7, "record has 4 fields");
}

TEST_CASE("malformed: bad integer, month, date and label periods") {
  const core::csv_panel_options ym{.periods = core::period_type::year_month};
  const core::csv_panel_options date{.periods = core::period_type::date};
  check_panel_error("item,period,value\nA,3.5,1\n", {}, "core::read_panel", 2, 3,
                    "period '3.5' is not an integer");
  check_panel_error("item,period,value\nA,NA,1\n", {}, "core::read_panel", 2, 3,
                    "period 'NA' is not an integer");
  check_panel_error("item,period,value\nA,99999999999999999999,1\n", {}, "core::read_panel", 2, 3,
                    "is out of range");
  check_panel_error("item,period,value\nA,2024-01,1\nA,2024-13,1\n", ym, "core::read_panel", 3, 3,
                    "period '2024-13' has no such month");
  check_panel_error("item,period,value\nA,2024-3,1\n", ym, "core::read_panel", 2, 3,
                    "period '2024-3' is not a year-month; expected YYYY-MM");
  check_panel_error("item,period,value\nA,2023-02-29,1\n", date, "core::read_panel", 2, 3,
                    "period '2023-02-29' is not a calendar date");
  check_panel_error("item,period,value\nA,2024/01/02,1\n", date, "core::read_panel", 2, 3,
                    "is not a date; expected YYYY-MM-DD");
  check_panel_error("item,period,value\nA,,1\n", {.periods = core::period_type::label},
                    "core::read_panel", 2, 3, "period label is empty");
}

TEST_CASE("malformed: duplicate periods, empty ids, gaps") {
  check_panel_error("item,period,value\nA,1,1\nB,1,1\nA,2,1\nA,1,5\n", {}, "core::read_panel", 5, 3,
                    "duplicate period '1' of item 'A' (first on line 2)");
  check_panel_error("item,period,value\nA,x,1\nA,y,1\nA,x,2\n",
                    {.periods = core::period_type::label}, "core::read_panel", 4, 3,
                    "duplicate period 'x' of item 'A'");
  check_panel_error("item,period,value\nA,1,1\n\"\",2,1\n", {}, "core::read_panel", 3, 1,
                    "item id is empty");
  check_panel_error("item,period,value\nA,2024-01,1\nA,2024-04,1\n",
                    {.periods = core::period_type::year_month, .gaps = core::gap_policy::error},
                    "core::read_panel", 3, 3,
                    "period '2024-04' of item 'A' follows '2024-01' on line 2: 2 periods are "
                    "missing; expected consecutive periods");
  check_panel_error("item,period,value\nA,1,1\nA,-9223372036854775808,1\n", {}, "core::read_panel",
                    2, 3, "expected at most max_gap = 10000");
  check_panel_error("item,period,value\nA,1,1\nA,5,1\n", {.max_gap = 2}, "core::read_panel", 3, 3,
                    "3 periods are missing; expected at most max_gap = 2");
  CHECK_NOTHROW((void)panel_of("item,period,value\nA,1,1\nA,4,1\n", {.max_gap = 2}));
}

TEST_CASE("malformed: seasonal periods that are invalid or inconsistent within an item") {
  const core::csv_panel_options o{.seasonal_period_column = "m"};
  check_panel_error("item,period,value,m\nA,1,1,12\nB,1,1,4\nA,2,1,4\n", o, "core::read_panel", 4,
                    7, "seasonal period 4 of item 'A' differs from 12 on line 2");
  check_panel_error("item,period,value,m\nA,1,1,0\n", o, "core::read_panel", 2, 7,
                    "seasonal period '0' is not valid; expected an integer >= 1");
  check_panel_error("item,period,value,m\nA,1,1,twelve\n", o, "core::read_panel", 2, 7,
                    "seasonal period 'twelve' is not valid");
}

TEST_CASE("malformed: a float sum of duplicates out of range") {
  check_error(
      [] {
        (void)panel_of<float>("item,period,value\nA,1,3e38\nA,1,3e38\n",
                              {.duplicates = core::duplicate_policy::sum});
      },
      "core::read_panel", 3, 3, "sum of the rows for period '1' of item 'A' is out of the range");
  CHECK_NOTHROW((void)panel_of<double>("item,period,value\nA,1,3e38\nA,1,3e38\n",
                                       {.duplicates = core::duplicate_policy::sum}));
}

TEST_CASE("csv_reader::number and integer report bad fields at their position") {
  auto r = core::csv_reader::from_string("a,b\nx, NA\n", "n.csv");
  REQUIRE(r.next());
  check_error([&] { (void)r.number<double>(0); }, "core::csv_reader::number", 2, 1,
              "value 'x' in column 'a' is not a number", "n.csv");
  check_error([&] { (void)r.integer(1); }, "core::csv_reader::integer", 2, 4,
              "field 'NA' in column 'b' is not an integer", "n.csv");
}

// ----------------------------------------------------------------------------------------------
// Options.

TEST_CASE("validate rejects unusable dialects and panel options") {
  CHECK_NOTHROW(core::validate(core::csv_options{}));
  CHECK_NOTHROW(core::validate(core::csv_panel_options{}));
  CHECK_THROWS_WITH_AS(core::validate(core::csv_options{.delimiter = '"'}),
                       "core::validate(csv_options): delimiter is '\"'; expected a character "
                       "other than the quote, CR, LF and NUL",
                       core::invalid_input);
  CHECK_THROWS_AS(core::validate(core::csv_options{.delimiter = '\n'}), core::invalid_input);
  CHECK_THROWS_AS(core::validate(core::csv_options{.quote = '\r'}), core::invalid_input);
  CHECK_THROWS_AS(core::validate(core::csv_options{.decimal_point = ';'}), core::invalid_input);
  CHECK_THROWS_AS(core::validate(core::csv_options{.delimiter = ',', .decimal_point = ','}),
                  core::invalid_input);
  using opts = core::csv_panel_options;
  CHECK_THROWS_AS(core::validate(opts{.item_column = ""}), core::invalid_input);
  CHECK_THROWS_AS(core::validate(opts{.value_column = "item"}), core::invalid_input);
  CHECK_THROWS_AS(core::validate(opts{.seasonal_period_column = "period"}), core::invalid_input);
  CHECK_THROWS_AS(core::validate(opts{.seasonal_period = -1}), core::invalid_input);
  CHECK_THROWS_AS(core::validate(opts{.filter_column = "split"}), core::invalid_input);
  CHECK_THROWS_AS(core::validate(opts{.max_gap = -1}), core::invalid_input);
  // Options are checked before the file is touched.
  CHECK_THROWS_AS((void)core::read_panel<double>(temp_dir() / "none.csv", opts{.max_gap = -1}),
                  core::invalid_input);
  CHECK(core::to_string(core::period_type::year_month) == "year_month");
  CHECK(core::to_string(core::period_type::label) == "label");
  CHECK(core::to_string(core::duplicate_policy::sum) == "sum");
  CHECK(core::to_string(core::gap_policy::zero) == "zero");
}

// ----------------------------------------------------------------------------------------------
// Writers.

TEST_CASE_TEMPLATE("write_panel then read_panel gives the panel back exactly", Scalar, float,
                   double) {
  const Scalar nan = core::missing<Scalar>();
  const Scalar big = std::numeric_limits<Scalar>::max();
  const Scalar tiny = std::numeric_limits<Scalar>::denorm_min();
  core::panel<Scalar> p;
  p.add("plain", core::vector<Scalar>{{nan, Scalar(0.1), -big, tiny, nan}}, 12, "2023-11");
  p.add("a, \"quoted\" id", core::vector<Scalar>{{Scalar(1) / 3}}, 4, "1999-12");
  p.add(" spaced\r\nid ", core::vector<Scalar>{{Scalar(2.5), nan, Scalar(-0.0)}}, 1, "0001-01");
  std::vector<Scalar> many;
  for (int i = 0; i < 500; ++i)  // varied mantissas and exponents, both signs
    many.push_back(std::ldexp(Scalar(1) + Scalar(i) * Scalar(0.0137), i % 120 - 60) *
                   Scalar(i % 2 == 0 ? 1 : -1));
  p.add("many",
        core::vector<Scalar>(Eigen::Map<const core::vector<Scalar>>(
            many.data(), static_cast<core::index>(many.size()))),
        12, "2024-01");
  const core::csv_panel_options o{.periods = core::period_type::year_month,
                                  .seasonal_period_column = "season"};
  std::ostringstream out;
  core::write_panel(out, p, o);
  CHECK(out.str().rfind("item,period,value,season\nplain,2023-11,NA,12\nplain,2023-12,0.1,12\n",
                        0) == 0);
  std::istringstream in(out.str());
  const auto back = core::read_panel<Scalar>(in, "round trip", o);
  CHECK(back == p);

  // Integer and date periods, through a file, with ';' and a decimal comma.
  core::panel<Scalar> q;
  q.add("A", core::vector<Scalar>{{Scalar(1.5), nan}}, 1, "-3");
  q.add("B", core::vector<Scalar>{{Scalar(7)}}, 1, "9");
  const auto file = temp_dir() / "panel.csv";
  const core::csv_panel_options eu{.csv = {.delimiter = ';', .decimal_point = ','}};
  core::write_panel(file, q, eu);
  CHECK(core::read_panel<Scalar>(file, eu) == q);

  core::panel<Scalar> d;
  d.add("A", core::vector<Scalar>{{Scalar(1), Scalar(2), Scalar(3)}}, 7, "2024-02-28");
  const core::csv_panel_options days{.periods = core::period_type::date};
  std::ostringstream dout;
  core::write_panel(dout, d, days);
  CHECK(dout.str() == "item,period,value\nA,2024-02-28,1\nA,2024-02-29,2\nA,2024-03-01,3\n");
  std::istringstream din(dout.str());
  CHECK(core::read_panel<Scalar>(din, "days", days) == d);
}

TEST_CASE("write_panel rejects what it cannot write") {
  core::panel<double> p;
  p.add("A", core::vector<double>{{1.0}}, 1, "x");
  std::ostringstream out;
  CHECK_THROWS_WITH_AS(core::write_panel(out, p),
                       "core::write_panel: series 'A' has start label 'x'; expected a start "
                       "label of integer periods",
                       core::invalid_input);
  CHECK_THROWS_AS(core::write_panel(out, p, {.periods = core::period_type::label}),
                  core::invalid_input);
  core::panel<double> e;
  e.add("", core::vector<double>{{1.0}});
  CHECK_THROWS_AS(core::write_panel(out, e), core::invalid_input);
  core::panel<double> late;
  late.add("A", core::vector<double>{{1.0, 2.0}}, 12, "9999-12");
  CHECK_THROWS_AS(core::write_panel(out, late, {.periods = core::period_type::year_month}),
                  core::invalid_input);
  core::panel<double> gap;
  gap.add("A", core::vector<double>{{core::missing()}}, 1, "1");
  CHECK_THROWS_AS(core::write_panel(out, gap, {.csv = {.missing_values = {}}}),
                  core::invalid_input);
  CHECK_THROWS_AS(core::write_panel(temp_dir() / "no_such_dir" / "p.csv", p), core::io_error);
}

TEST_CASE_TEMPLATE("write_forecasts writes level and quantile columns that read back exactly",
                   Scalar, float, double) {
  const core::vector<Scalar> mu{{Scalar(10.1), Scalar(11.7), Scalar(-3)}};
  const core::vector<Scalar> sd{{Scalar(1), Scalar(2.5), Scalar(0.3)}};
  const auto f = core::make_normal_forecast<Scalar>(mu, sd, {Scalar(0.8), Scalar(0.95)},
                                                    {Scalar(0.1), Scalar(0.5), Scalar(0.975)});
  const auto g =
      core::make_normal_forecast<Scalar>(mu.head(1), sd.head(1), {Scalar(0.8), Scalar(0.95)},
                                         {Scalar(0.1), Scalar(0.5), Scalar(0.975)});
  const std::vector<std::string> ids{"N1", "x,y"};
  std::ostringstream out;
  core::write_forecasts(out, ids, std::vector<core::forecast<Scalar>>{f, g}, {.include_sd = true});
  auto r = core::csv_reader::from_string(out.str(), "forecasts");
  CHECK(r.header() == std::vector<std::string>{"series_id", "h", "mean", "sd", "lo80", "hi80",
                                               "lo95", "hi95", "q10", "q50", "q97.5"});
  for (std::size_t s = 0; s < 2; ++s) {
    const auto& fc = s == 0 ? f : g;
    for (core::index h = 0; h < fc.horizon(); ++h) {
      REQUIRE(r.next());
      CHECK(r.field(0) == ids[s]);
      CHECK(r.integer(1) == h + 1);
      CHECK(r.number<Scalar>(2) == fc.mean[h]);
      CHECK(r.number<Scalar>(3) == fc.sd[h]);
      for (core::index j = 0; j < 2; ++j) {
        CHECK(r.number<Scalar>(4 + 2 * j) == fc.lower(h, j));
        CHECK(r.number<Scalar>(5 + 2 * j) == fc.upper(h, j));
      }
      for (core::index j = 0; j < 3; ++j)
        CHECK(r.number<Scalar>(8 + j) == fc.quantiles(h, j));
    }
  }
  CHECK_FALSE(r.next());

  // Default columns, NaN sd as NA, to a file.
  auto n = core::make_normal_forecast<Scalar>(mu.head(1), sd.head(1), {Scalar(0.9)});
  n.sd[0] = core::missing<Scalar>();
  const auto file = temp_dir() / "forecasts.csv";
  core::write_forecasts(file, {"A"}, std::vector<core::forecast<Scalar>>{n},
                        {.id_column = "id", .include_sd = true});
  core::csv_reader fr(file);
  CHECK(fr.header() == std::vector<std::string>{"id", "h", "mean", "sd", "lo90", "hi90"});
  REQUIRE(fr.next());
  CHECK(fr.field(3) == "NA");
}

TEST_CASE("write_forecasts rejects inconsistent input") {
  const core::vector<double> mu{{1.0, 2.0}};
  const core::vector<double> sd{{1.0, 1.0}};
  const auto a = core::make_normal_forecast<double>(mu, sd, {0.8});
  const auto b = core::make_normal_forecast<double>(mu, sd, {0.9});
  std::ostringstream out;
  CHECK_THROWS_AS(core::write_forecasts(out, {"A", "B"}, std::vector<core::forecast<double>>{a}),
                  core::dimension_mismatch);
  CHECK_THROWS_WITH_AS(
      core::write_forecasts(out, {"A", "B"}, std::vector<core::forecast<double>>{a, b}),
      "core::write_forecasts: forecast 1 has other levels than forecast 0; expected one column "
      "set for all",
      core::invalid_input);
  auto inf = a;
  inf.upper(0, 0) = std::numeric_limits<double>::infinity();
  CHECK_THROWS_AS(core::write_forecasts(out, {"A"}, std::vector<core::forecast<double>>{inf}),
                  core::invalid_input);
  const auto twice = core::make_normal_forecast<double>(mu, sd, {0.8, 0.8000000001});
  CHECK_THROWS_AS(core::write_forecasts(out, {"A"}, std::vector<core::forecast<double>>{twice}),
                  core::invalid_input);
  CHECK_THROWS_AS(core::write_forecasts(temp_dir() / "no_such_dir" / "f.csv", {"A"},
                                        std::vector<core::forecast<double>>{a}),
                  core::io_error);
}
