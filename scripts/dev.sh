#!/usr/bin/env bash
# foresight developer entry point, used by the README's two commands and by .ci/run.
#
#   scripts/dev.sh demo    install missing Debian packages, build, run the main demo
#   scripts/dev.sh test    install missing Debian packages, build, run the whole test suite
#   scripts/dev.sh asan    build and run the tests under AddressSanitizer + UBSan
#   scripts/dev.sh cuda    build the CUDA tests (needs nvcc) and run them (skipped without a GPU)
#   scripts/dev.sh docs    build the API reference with doxygen (installed if missing); fails on
#                          any doxygen warning
#   scripts/dev.sh deps    only install the missing Debian packages
#
# Environment: JOBS (parallel build jobs, default: number of cores), FORESIGHT_DATA_DIR (the
# shared datasets; tests that need them are skipped when absent).
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(cmake make g++ libeigen3-dev libxtensor-dev libxsimd-dev libboost-math-dev doctest-dev
          libbenchmark-dev zlib1g-dev)
JOBS="${JOBS:-$(nproc)}"

install_missing() {
  local missing=()
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if ((${#missing[@]})); then
    echo "== installing missing Debian packages: ${missing[*]}"
    local sudo=""
    [[ $(id -u) -ne 0 ]] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
}

# Runs ctest for a preset and ends with one line saying how many tests ran.
run_tests() {
  local preset="$1" log
  log="$(mktemp)"
  set +e
  ctest --preset "$preset" -j "$JOBS" 2>&1 | tee "$log"
  local rc=${PIPESTATUS[0]}
  set -e
  local summary total failed skipped
  summary="$(grep -E 'tests passed, [0-9]+ tests failed out of [0-9]+' "$log" | tail -1)"
  total="$(sed -E 's/.* out of ([0-9]+).*/\1/' <<<"$summary")"
  failed="$(sed -E 's/.* ([0-9]+) tests failed.*/\1/' <<<"$summary")"
  skipped="$(grep -c -F '***Skipped' "$log" || true)"
  rm -f "$log"
  echo "foresight ${preset}: ${total:-0} tests ran, $(( ${total:-0} - ${failed:-0} - skipped )) passed, ${failed:-?} failed, ${skipped} skipped"
  return "$rc"
}

cmd="${1:-test}"
case "$cmd" in
  deps)
    install_missing
    ;;
  demo)
    install_missing
    cmake --preset release -DFORESIGHT_BUILD_TESTS=OFF -DFORESIGHT_HEADER_CHECK=OFF >/dev/null
    cmake --build --preset release -j "$JOBS" --target foresight_demo
    ./build/release/examples/foresight_demo --out build/release/demo
    ;;
  test)
    install_missing
    cmake --preset release -DFORESIGHT_BUILD_TESTS=ON -DFORESIGHT_HEADER_CHECK=ON
    cmake --build --preset release -j "$JOBS"
    run_tests release
    ;;
  asan)
    install_missing
    cmake --preset asan
    cmake --build --preset asan -j "$JOBS"
    run_tests asan
    ;;
  cuda)
    install_missing
    cmake -S . -B build/cuda -DCMAKE_BUILD_TYPE=Release -DFORESIGHT_CUDA=ON \
      -DFORESIGHT_BUILD_EXAMPLES=OFF -DFORESIGHT_HEADER_CHECK=OFF -DFORESIGHT_WERROR=ON >/dev/null
    cmake --build build/cuda -j "$JOBS" --target test_cuda
    ctest --test-dir build/cuda -L gpu --output-on-failure
    ;;
  docs)
    PACKAGES=(doxygen)
    install_missing || true
    if ! command -v doxygen >/dev/null; then
      echo "doxygen is not installed and could not be installed; API docs skipped"
      exit 0
    fi
    mkdir -p build/docs
    (cd docs && doxygen Doxyfile >/dev/null)
    if [[ -s build/docs/warnings.log ]]; then
      cat build/docs/warnings.log
      echo "doxygen: $(wc -l <build/docs/warnings.log) warnings (expected none)"
      exit 1
    fi
    echo "doxygen: API reference in build/docs/html, no warnings"
    ;;
  *)
    echo "usage: scripts/dev.sh demo|test|asan|cuda|docs|deps" >&2
    exit 2
    ;;
esac
