#!/usr/bin/env bash
# `cmake --install` and the CPack .deb: the binary, schemas, templates, docs and the man page
# land in the standard places, and the installed binary works outside the source tree (it
# embeds what it needs). The build folder is the one holding the binary under test.
source "$(dirname "$0")/lib/common.bash"
build=$(dirname "$BIN")
[ -f "$build/CMakeCache.txt" ] || skip_or_fail "$build is not a CMake build folder"
command -v help2man >/dev/null || skip_or_fail "help2man is not installed (scripts/dev installs it)"
command -v dpkg-deb >/dev/null || skip_or_fail "dpkg-deb is not installed"

cd "$WORK" || exit 1
cmake --install "$build" --prefix "$WORK/prefix" >install.log 2>&1 || { fail "cmake --install failed"; cat install.log >&2; }
for file in bin/isms share/isms/schemas/soa.schema.json share/isms/templates/render/soa.md.mustache \
            share/isms/templates/init/minimal/isms.yaml share/man/man1/isms.1 share/doc/isms/README.md \
            share/doc/isms/LICENSE share/doc/isms/rules/SOA002.md share/bash-completion/completions/isms \
            share/zsh/vendor-completions/_isms share/fish/vendor_completions.d/isms.fish; do
  [ -e "prefix/$file" ] || fail "cmake --install did not install $file"
done

# The installed binary, away from the source tree.
cp -r "$PROJECT/examples/ai-company" repo
(cd "$WORK" && env -u GITHUB_STEP_SUMMARY "$WORK/prefix/bin/isms" check repo >check.out 2>&1)
rc=$?
[ $rc -eq 0 ] || { fail "the installed isms check exited $rc"; cat check.out >&2; }
(cd "$WORK" && "$WORK/prefix/bin/isms" render soa repo --format md --as-of 2026-11-22 >soa.md 2>soa.err) ||
  fail "the installed isms render failed: $(cat soa.err)"
grep -q "^## 8 Technological controls" soa.md || fail "the installed binary rendered no SoA"

# The man page is the binary's own help.
if command -v man >/dev/null; then
  MANWIDTH=100 man -l prefix/share/man/man1/isms.1 >man.txt 2>/dev/null || fail "man cannot read the page"
  grep -q "isms render" man.txt || fail "the man page has no section for isms render"
  grep -q "Record the current findings" man.txt || fail "the man page lacks the command summaries from --help"
fi

# The Debian package.
(cd "$build" && cpack -G DEB -B "$WORK/pkg" >"$WORK/cpack.log" 2>&1) || { fail "cpack failed"; cat cpack.log >&2; }
deb=$(find pkg -maxdepth 1 -name 'isms_*.deb' | head -1)
if [ -z "$deb" ]; then
  fail "cpack wrote no isms_*.deb"
else
  dpkg-deb -c "$deb" >contents.txt
  for file in ./usr/bin/isms ./usr/share/man/man1/isms.1 ./usr/share/isms/schemas/soa.schema.json; do
    grep -q " $file\$" contents.txt || fail "the package does not contain $file"
  done
  dpkg-deb -f "$deb" Depends >depends.txt
  grep -q "libxlsxwriter" depends.txt || fail "the package does not depend on libxlsxwriter: $(cat depends.txt)"
  dpkg-deb -x "$deb" unpacked
  unpacked/usr/bin/isms --version | grep -q "^isms " || fail "the packaged binary does not run"
fi

finish
