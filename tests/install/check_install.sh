#!/usr/bin/env bash
# check_install.sh BUILD_DIR SOURCE_DIR — `cmake --install` into a
# temporary prefix gives everything a user of the library expects, and the
# example builds against it two ways (pkg-config, find_package) and runs
# from another working directory.
set -u
build=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
prefix=$tmp/prefix

cmake --install "$build" --prefix "$prefix" >"$tmp/install.log" 2>&1 ||
    { cat "$tmp/install.log"; fail "cmake --install failed"; }
libdir=$(dirname "$(find "$prefix" -name 'libdipgraph.so' | head -1)")

for f in bin/dipgraph include/dipgraph.h include/dipgraph_version.h \
         share/dipgraph/data/belarus.yaml share/dipgraph/names/aliases.yaml share/man/man1/dipgraph.1 \
         share/bash-completion/completions/dipgraph share/zsh/vendor-completions/_dipgraph \
         share/locale/ru/LC_MESSAGES/dipgraph.mo share/locale/be/LC_MESSAGES/dipgraph.mo; do
    [ -e "$prefix/$f" ] || fail "not installed: $f"
done
for f in libdipgraph.so libdipgraph.a pkgconfig/libdipgraph.pc cmake/dipgraph/dipgraphConfig.cmake \
         cmake/dipgraph/dipgraphConfigVersion.cmake; do
    [ -e "$libdir/$f" ] || fail "not installed: $(basename "$libdir")/$f"
done
soname=$(objdump -p "$libdir/libdipgraph.so" 2>/dev/null | awk '/SONAME/ {print $2}')
case $soname in libdipgraph.so.[0-9]*) ;; *) fail "SONAME is '$soname', not versioned" ;; esac

# The library never prints or exits: none of these is imported.
nm -D --undefined-only "$libdir/libdipgraph.so" | grep -wE 'printf|fprintf|puts|fputs|perror|exit|vfprintf' &&
    fail "libdipgraph.so imports a printing or exiting function (above)"

# The installed tool runs, finds its installed data, and says its version.
(cd / && "$prefix/bin/dipgraph" check --strict >"$tmp/check.out" 2>&1) ||
    fail "installed dipgraph check --strict failed: $(cat "$tmp/check.out")"
want_version=$(sed -n 's/^#define DG_VERSION "\(.*\)"$/\1/p' "$prefix/include/dipgraph_version.h")
"$prefix/bin/dipgraph" --version | grep -qF "dipgraph $want_version" ||
    fail "dipgraph --version does not say $want_version"

# Its words in Russian, from the catalogs installed beside it.
(cd / && "$prefix/bin/dipgraph" stats --lang ru 2>&1 | grep -q '^  страны ') ||
    fail "installed dipgraph stats --lang ru has no Russian words"

# A library built with sanitizers (CI's second pass) needs its programs
# built with them too, or the ASan runtime does not come first.
san=()
if readelf -d "$libdir/libdipgraph.so" 2>/dev/null | grep -q 'libasan'; then
    san=(-fsanitize=address,undefined)
fi

# pkg-config, with the prefix moved: the .pc names the install prefix.
export PKG_CONFIG_PATH=$libdir/pkgconfig
pc_flags=$(pkg-config --define-variable=prefix="$prefix" --cflags --libs libdipgraph) ||
    fail "pkg-config does not know libdipgraph"
# shellcheck disable=SC2086 # flags are words
cc -std=c11 -Wall -Werror "${san[@]}" -o "$tmp/represent" "$src/examples/c/represent.c" $pc_flags \
    -Wl,-rpath,"$libdir" 2>"$tmp/cc.log" || fail "the example does not build with pkg-config: $(cat "$tmp/cc.log")"
data=$prefix/share/dipgraph/data/belarus.yaml
(cd / && "$tmp/represent" "$data" NL BY >"$tmp/rep.out" 2>&1) || fail "the example failed: $(cat "$tmp/rep.out")"
grep -q "Netherlands embassy in Warsaw, Poland (non-resident)" "$tmp/rep.out" ||
    fail "the example's answer: $(cat "$tmp/rep.out")"

# CMake: find_package(dipgraph).
if cmake -S "$src/examples/c" -B "$tmp/cm" -DCMAKE_PREFIX_PATH="$prefix" \
    -DCMAKE_C_FLAGS="${san[*]}" -DCMAKE_EXE_LINKER_FLAGS="${san[*]}" >"$tmp/cm.log" 2>&1 &&
    cmake --build "$tmp/cm" >>"$tmp/cm.log" 2>&1; then
    (cd / && "$tmp/cm/represent" "$data" NL BY >"$tmp/rep2.out" 2>&1) || fail "find_package example failed"
    cmp -s "$tmp/rep.out" "$tmp/rep2.out" || fail "the two builds of the example answer differently"
else
    tail -20 "$tmp/cm.log"
    fail "the example does not build with find_package(dipgraph)"
fi

if [ "$fails" -eq 0 ]; then echo "check_install: all passed"; exit 0; fi
echo "check_install: $fails failure(s)"
exit 1
