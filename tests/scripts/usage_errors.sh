#!/usr/bin/env bash
# Usage errors exit 2, print nothing on stdout and name the offending argument on stderr. The
# wording of the command-line parser's messages depends on the CLI11 version, so these checks
# look for the offending word rather than compare whole messages (tests/cli/cases cannot).
source "$(dirname "$0")/lib/common.bash"

cd "$WORK" || exit 1
make_base_repo repo

# usage_error WORD ARGS...: isms ARGS must exit 2, with WORD on stderr and nothing on stdout.
usage_error() {
  local word=$1
  shift
  run_isms usage "$@"
  expect_rc 2 "isms $*"
  [ -s usage.out ] && fail "isms $*: printed on stdout: $(head -3 usage.out)"
  expect_grep usage.err "$word" "isms $*: stderr names '$word'"
}

usage_error --frobnicate check repo --frobnicate
usage_error --frobnicate check --frobnicate repo
usage_error xml check repo --format xml
usage_error fatal check repo --fail-on fatal
usage_error rainbow check repo --color rainbow
usage_error extra-folder check repo extra-folder
usage_error subcommand                       # no subcommand at all
usage_error 2026-02-30 check repo --as-of 2026-02-30
usage_error 22/11/2026 check repo --as-of 22/11/2026
usage_error 2026-11-22T10:00 check repo --as-of 2026-11-22T10:00
usage_error --as-of check repo --as-of

# --help and --version are not errors.
run_isms help check --help
expect_rc 0 "isms check --help"
expect_grep help.out "--fail-on" "check --help lists --fail-on"
run_isms version --version
expect_rc 0 "isms --version"
grep -qE '^isms [0-9]+\.[0-9]+\.[0-9]+' version.out || fail "isms --version printed: $(cat version.out)"
finish
