#!/usr/bin/env bash
# Runs the real binary for one black-box case and compares what it prints with the case's
# expectations. A case folder holds:
#   args             the command line after `isms`, shell-quoted (run from the case folder)
#   expected_stdout  what the command must print on standard output
#   expected_exit    the exit code it must return
#   expected_stderr  optional: what it must print on standard error
# Set UPDATE=1 to rewrite the expectations from the current binary after reviewing a change.
# Set ISMS_MEMCHECK=1 to run the binary under valgrind memcheck: any memory error or leak
# makes valgrind exit with 99, which no expected_exit holds.
set -uo pipefail
bin=$1
case_dir=$2
suppressions=$(cd "$(dirname "$0")/../memcheck" && pwd)/re2.supp
cd "$case_dir" || exit 1
eval "set -- $(cat args)"
actual_stdout=$(mktemp) actual_stderr=$(mktemp)
trap 'rm -f "$actual_stdout" "$actual_stderr"' EXIT
wrapper=()
if [ "${ISMS_MEMCHECK:-}" = 1 ]; then
  wrapper=(valgrind --quiet --error-exitcode=99 --leak-check=full --show-leak-kinds=definite,indirect,possible
           --errors-for-leak-kinds=definite,indirect,possible --track-origins=yes
           "--suppressions=$suppressions")
fi
env -u GITHUB_STEP_SUMMARY NO_COLOR=1 TZ=UTC timeout 300 "${wrapper[@]}" "$bin" "$@" >"$actual_stdout" 2>"$actual_stderr"
actual_exit=$?
if [ "${UPDATE:-}" = 1 ]; then
  cp "$actual_stdout" expected_stdout
  echo "$actual_exit" > expected_exit
  [ -f expected_stderr ] && cp "$actual_stderr" expected_stderr
  echo "updated $(basename "$case_dir")"
  exit 0
fi
status=0
if [ "$actual_exit" != "$(cat expected_exit)" ]; then
  echo "exit code: expected $(cat expected_exit), got $actual_exit"
  status=1
fi
if ! diff -u expected_stdout "$actual_stdout"; then status=1; fi
if [ -f expected_stderr ] && ! diff -u expected_stderr "$actual_stderr"; then status=1; fi
if grep -qE "AddressSanitizer|runtime error:|LeakSanitizer|^==[0-9]+==" "$actual_stderr"; then
  cat "$actual_stderr"
  status=1
fi
exit $status
