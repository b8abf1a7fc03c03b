# install.sh — warta as a new user gets it: the sources copied away (as a
# fresh clone), `make install PREFIX=...`, the copy deleted, then only the
# prefix is used: the command codes articles, the README's C example builds
# with pkg-config against libwarta.so and codes an article, and the manual
# page renders.
. tests/cli_lib.sh
root=${WARTA_ROOT:-$PWD}
clone=$TMP/clone
prefix=$TMP/prefix
mkdir -p "$clone"
(cd "$root" && cp -R Makefile README.md src include data scripts examples "$clone"/)
expect_status 0 "make install from a fresh copy" -- \
    make -C "$clone" install PREFIX="$prefix" BUILD="$clone/build" BIN="$clone/bin"
sed 's/^/  make: /' "$TMP/err" | tail -n 5 >&2
for f in bin/warta lib/libwarta.a lib/libwarta.so lib/pkgconfig/warta.pc include/warta.h \
         share/warta/id/id.verbs share/man/man1/warta.1 share/man/man1/warta-code.1 \
         share/man/man1/warta-query.1; do
    if [ -e "$prefix/$f" ]; then ok; else bad "not installed: $f"; fi
done
soname=$(objdump -p "$prefix/lib/libwarta.so" 2>/dev/null | sed -n 's/.*SONAME *//p')
expect_eq "$soname" "libwarta.so.0" "soname of the shared library"
# keep the example article, then delete the build: only the prefix is left
cp "$root/examples/berita-contoh.txt" "$TMP/berita.txt"
rm -rf "$clone"
unset WARTA_DATA

expect_status 0 "installed warta codes the example" -- "$prefix/bin/warta" code --lang id "$TMP/berita.txt"
expect_grep "$TMP/out" '"source":"JPNGOV"' "installed warta: the example's visit by Japan's minister"
if shared=$(shared_dir); then
    expect_status 0 "installed warta codes the seed" -- \
        "$prefix/bin/warta" code --lang id "$shared/seed/000_4d979f310ff41e0e.txt"
    n=$(grep -c '"code"' "$TMP/out")
    if [ "$n" -ge 1 ]; then ok; else bad "installed warta: no event from the seed"; fi
else
    echo "install.sh: ../shared not found, seed article skipped"
fi
# moved prefix: found from the binary's own place
mv "$prefix" "$TMP/moved"
prefix=$TMP/moved
expect_status 0 "a moved prefix still finds its data" -- "$prefix/bin/warta" code --lang id "$TMP/berita.txt"
expect_grep "$TMP/out" '"source":"JPNGOV"' "moved prefix codes the example"

# the README's C example, built with pkg-config against the shared library
sed -n '/^```c$/,/^```$/p' "$root/README.md" | sed '1d;$d' >"$TMP/example.c"
# the moved prefix's .pc names the old prefix: point pkg-config at the new one
export PKG_CONFIG_PATH="$prefix/lib/pkgconfig"
flags=$(pkg-config --define-variable=prefix="$prefix" --cflags --libs warta)
expect_status 0 "README example compiles with pkg-config" -- \
    cc -std=c17 -Wall -Wextra -Werror -o "$TMP/example" "$TMP/example.c" $flags
sed 's/^/  cc: /' "$TMP/err" | head -n 5 >&2
if LD_LIBRARY_PATH="$prefix/lib" ldd "$TMP/example" 2>/dev/null | grep -q "libwarta.so.0 => $prefix/lib"; then ok
else bad "README example is not linked against the installed libwarta.so"; fi
expect_status 0 "README example codes an article" -- \
    env LD_LIBRARY_PATH="$prefix/lib" "$TMP/example" "$TMP/berita.txt"
expect_grep "$TMP/out" '"code":"042"' "README example: the visit is coded"
# without data: NULL from the constructor and the reason, not a crash
expect_status 3 "README example without data" -- \
    env LD_LIBRARY_PATH="$prefix/lib" WARTA_DATA="$TMP/nowhere" "$TMP/example" "$TMP/berita.txt"
expect_grep "$TMP/err" "^cannot code: $TMP/nowhere" "README example says why it cannot code"

# the manual page renders, and says what --help says
if command -v man >/dev/null 2>&1; then
    MANWIDTH=200 man -l "$prefix/share/man/man1/warta-code.1" >"$TMP/man" 2>"$TMP/manerr"
    expect_eq "$?" 0 "man -l warta-code.1"
    expect_grep "$TMP/man" "--format json\|gdelt" "warta-code.1 lists --format"
    "$prefix/bin/warta" code --help | grep -- '--db FILE' | sed 's/^ *//' >"$TMP/helpline"
    if grep -qF -- "$(cat "$TMP/helpline")" "$TMP/man"; then ok; else bad "warta-code.1 differs from --help"; fi
else
    echo "install.sh: man not installed, page rendering skipped"
fi
finish install.sh
