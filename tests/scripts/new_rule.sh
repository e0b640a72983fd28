#!/usr/bin/env bash
# scripts/new-rule scaffolds a rule in a copy of the source tree: the registry row in code order,
# the declaration, the stub, the page, the row of the codes table and the fixtures; and it
# refuses, with exit code 2, a malformed code or name and one already taken (a retired code too).
#
# A full build of the scaffolded copy takes many minutes, far over what one test may take, so
# the test compiles the two C++ files the script writes or changes (the registry and the stub)
# against the copied headers, with the flags of the build, and checks the page as
# `isms explain` and the page test read it. ISMS_NEW_RULE_FULL_BUILD=1 builds the copy as well
# and runs its `isms explain CODE`.
source "$(dirname "$0")/lib/common.bash"
PROJECT=$(cd "$PROJECT" && pwd)
CXX=${CXX:-c++}
command -v "$CXX" >/dev/null || skip_or_fail "a C++ compiler ($CXX) is needed to compile the scaffolded files"

tree=$WORK/source
mkdir -p "$tree"
(cd "$PROJECT" && cp -r --parents CMakeLists.txt cmake src schemas templates docs/rules docs/reference/codes.md \
  bench/CMakeLists.txt tests/rules scripts/new-rule "$tree/")

# run_new_rule PREFIX ARGS...: runs the script in the copy; RC, PREFIX.out and PREFIX.err
run_new_rule() {
  local prefix=$1
  shift
  (cd "$tree" && timeout "$RUN_TIMEOUT" scripts/new-rule "$@") >"$WORK/$prefix.out" 2>"$WORK/$prefix.err"
  RC=$?
}

# expect_refused PREFIX MESSAGE ARGS...: exit code 2, MESSAGE on standard error, nothing changed
expect_refused() {
  local prefix=$1 message=$2
  shift 2
  local before
  before=$(cd "$tree" && find . -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum)
  run_new_rule "$prefix" "$@"
  [ "$RC" -eq 2 ] || fail "new-rule $*: exit code $RC, not 2"
  grep -qF -- "$message" "$WORK/$prefix.err" || fail "new-rule $*: no '$message' on standard error: $(cat "$WORK/$prefix.err")"
  [ "$(cd "$tree" && find . -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum)" = "$before" ] ||
    fail "new-rule $*: refused, but changed the tree"
}

expect_refused no-arguments "usage: scripts/new-rule CODE name"
expect_refused lower-case "'sup009' is not a code" sup009 supplier-exit-plan
expect_refused short-number "'SUP09' is not a code" SUP09 supplier-exit-plan
expect_refused bad-name "'Supplier_Exit' is not a rule name" SUP009 Supplier_Exit
expect_refused trailing-hyphen "'supplier-' is not a rule name" SUP009 supplier-
expect_refused rule-code "SUP008 is already a code" SUP008 supplier-exit-plan
expect_refused format-code "ID002 is already a code" ID002 supplier-exit-plan
expect_refused retired-code "SOA001 is already a code" SOA001 supplier-exit-plan
expect_refused taken-name "the name soa-complete is already taken" SUP009 soa-complete

run_new_rule scaffold SUP009 supplier-exit-plan
[ "$RC" -eq 0 ] || fail "new-rule SUP009 supplier-exit-plan: exit code $RC: $(cat "$WORK/scaffold.err")"
expect_refused again "SUP009 is already a code" SUP009 supplier-exit-plan

# The registry row, right after SUP008, the rows still in code order.
registry=$tree/src/rules/registry.cc
grep -q '{{"SUP009", "supplier-exit-plan", Severity::Warning,' "$registry" || fail "no registry row for SUP009"
codes_in_order=$(grep -oE '^    \{\{"[A-Z]+[0-9]+"' "$registry" | tr -dc 'A-Z0-9\n')
[ "$codes_in_order" = "$(sort <<<"$codes_in_order")" ] || fail "the registry rows are not in code order after new-rule"
[ "$(grep -oE '^    \{\{"[A-Z]+[0-9]+"' "$registry" | grep -A1 SUP008 | tail -1)" = '    {{"SUP009"' ] ||
  fail "SUP009 is not the row after SUP008"
grep -qxF 'void check_supplier_exit_plan(RuleContext& context);  ///< SUP009' "$tree/src/rules/rules.h" ||
  fail "rules.h does not declare check_supplier_exit_plan"
[ -f "$tree/src/rules/supplier_exit_plan_rule.cc" ] || fail "no src/rules/supplier_exit_plan_rule.cc"

# The page as `isms explain` and the page test read it: "# CODE name" first, the usual sections.
page=$tree/docs/rules/SUP009.md
[ "$(head -1 "$page")" = "# SUP009 supplier-exit-plan" ] || fail "docs/rules/SUP009.md does not start with its title"
for section in "## What it checks" "## Why it matters" "## Failing example" "## Fixed"; do
  grep -qxF "$section" "$page" || fail "docs/rules/SUP009.md has no '$section'"
done
grep -qF '| [SUP009](#sup009-supplier-exit-plan) | supplier-exit-plan |' "$tree/docs/reference/codes.md" ||
  fail "docs/reference/codes.md has no table row for SUP009"
[ "$(grep -oE '^\| \[[A-Z]+[0-9]+\]' "$tree/docs/reference/codes.md" | grep -A1 SUP008 | tail -1)" = '| [SUP009]' ] ||
  fail "the SUP009 row of the codes table is not after SUP008"

# The fixtures, laid out as the fixture test reads them.
for path in fail pass; do
  [ -d "$tree/tests/rules/SUP009/$path" ] || fail "no tests/rules/SUP009/$path"
done
[ -f "$tree/tests/rules/SUP009/EXPECTED" ] || fail "no tests/rules/SUP009/EXPECTED"

# The registry and the stub compile, against the copied headers.
for file in src/rules/registry.cc src/rules/supplier_exit_plan_rule.cc; do
  if ! (cd "$tree" && "$CXX" -std=c++20 -fsyntax-only -Wall -Wextra -Wpedantic -Werror -I src "$file") \
    >"$WORK/compile.out" 2>&1; then
    fail "$file does not compile after new-rule:"
    sed 's/^/    | /' "$WORK/compile.out" | head -30 >&2
  fi
done

if [ "${ISMS_NEW_RULE_FULL_BUILD:-}" = 1 ]; then
  if (cd "$tree" && cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DISMS_BUILD_TESTS=OFF &&
    nice -n 10 cmake --build build -j2 --target isms) >"$WORK/build.out" 2>&1; then
    "$tree/build/isms" explain sup009 >"$WORK/explain.out" 2>&1 || fail "the scaffolded isms explain SUP009 failed"
    [ "$(head -1 "$WORK/explain.out")" = "# SUP009 supplier-exit-plan" ] || fail "isms explain SUP009 does not show the page"
    "$tree/build/isms" rules | grep -q '^SUP009 ' || fail "isms rules does not list SUP009"
  else
    fail "the scaffolded tree does not build:"
    tail -30 "$WORK/build.out" >&2
  fi
fi

finish
