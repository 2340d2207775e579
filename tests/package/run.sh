#!/usr/bin/env bash
# Builds and runs the two consumer projects: one against an installed prefix (find_package), one
# with add_subdirectory. Also checks the installed pkg-config file. Used by .ci/run.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
jobs="${JOBS:-$(nproc)}"

echo "== install foresight into $work/prefix"
cmake -S "$root" -B "$work/build" -DCMAKE_BUILD_TYPE=Release -DFORESIGHT_BUILD_TESTS=OFF \
  -DFORESIGHT_BUILD_EXAMPLES=OFF -DFORESIGHT_HEADER_CHECK=OFF -DCMAKE_INSTALL_PREFIX="$work/prefix" >/dev/null
cmake --build "$work/build" >/dev/null
cmake --install "$work/build" >/dev/null

echo "== consumer with find_package"
cmake -S "$root/tests/package/find_package" -B "$work/fp" -DCMAKE_PREFIX_PATH="$work/prefix" >/dev/null
cmake --build "$work/fp" -j "$jobs" >/dev/null
"$work/fp/consumer"
[[ -x "$work/fp/consumer_openmp" ]] && "$work/fp/consumer_openmp"

echo "== consumer with add_subdirectory"
cmake -S "$root/tests/package/add_subdirectory" -B "$work/as" -DFORESIGHT_SOURCE_DIR="$root" >/dev/null
cmake --build "$work/as" -j "$jobs" >/dev/null
"$work/as/consumer"

echo "== pkg-config"
PKG_CONFIG_PATH="$work/prefix/share/pkgconfig" pkg-config --cflags foresight >/dev/null 2>&1 || {
  # pkg-config may be absent on a minimal machine: check the file itself instead.
  grep -q "^Cflags: -I" "$work/prefix/share/pkgconfig/foresight.pc"
}
g++ -std=c++20 $(PKG_CONFIG_PATH="$work/prefix/share/pkgconfig" pkg-config --cflags foresight 2>/dev/null || echo "-I$work/prefix/include -I/usr/include/eigen3") \
  "$root/tests/package/consumer.cpp" -o "$work/pc_consumer"
"$work/pc_consumer"
echo "package consumers: find_package, add_subdirectory and pkg-config builds ran OK"
