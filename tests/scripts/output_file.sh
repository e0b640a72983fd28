#!/usr/bin/env bash
# -o/--output FILE: the report goes to FILE (same bytes as on stdout without -o), stdout stays
# empty, the exit code still reflects the findings, an existing file is replaced without leaving
# temporary files behind; writing into a missing folder or onto a folder fails with exit 2 and
# a message naming the path.
source "$(dirname "$0")/lib/common.bash"

cd "$WORK" || exit 1
make_findings_repo repo
mkdir out

for format in text json sarif junit github; do
  run_isms "stdout-$format" check repo --format "$format" --as-of 2026-11-22
  run_isms "file-$format" check repo --format "$format" --as-of 2026-11-22 -o "out/report.$format"
  expect_rc 1 "-o with --format $format on a repository with errors"
  [ -s "file-$format.out" ] && fail "-o with --format $format still printed to stdout: $(head -3 "file-$format.out")"
  [ -s "file-$format.err" ] && fail "-o with --format $format wrote to stderr: $(head -3 "file-$format.err")"
  if [ ! -f "out/report.$format" ]; then
    fail "-o out/report.$format was not created"
  elif ! cmp -s "stdout-$format.out" "out/report.$format"; then
    fail "-o out/report.$format differs from the report on stdout"
  fi
done

# Replacing an existing file, with --output spelled out.
echo "old content" >out/report.text
run_isms replace check repo --output out/report.text --as-of 2026-11-22
expect_rc 1 "--output over an existing file"
cmp -s stdout-text.out out/report.text || fail "--output did not replace the existing file's content"
leftovers=$(find out -mindepth 1 ! -name 'report.*')
if [ -n "$leftovers" ] || [ "$(find out -mindepth 1 | wc -l)" -ne 5 ]; then
  fail "unexpected files in the output folder: $(find out -mindepth 1 | tr '\n' ' ')"
fi

# A missing folder: exit 2, a message naming the folder, nothing created, nothing on stdout.
run_isms missing check repo --as-of 2026-11-22 -o "no-such-folder/report.txt"
expect_rc 2 "-o into a missing folder"
expect_grep missing.err "isms: error:" "error message for a missing folder"
expect_grep missing.err "no-such-folder" "the error names the missing folder"
[ -s missing.out ] && fail "-o into a missing folder printed the report to stdout"
[ -e no-such-folder ] && fail "-o into a missing folder created it"

# The target is a folder: exit 2, the folder untouched, no temporary file left beside it.
mkdir target-folder
run_isms folder check repo --as-of 2026-11-22 -o target-folder
expect_rc 2 "-o onto an existing folder"
expect_grep folder.err "isms: error:" "error message for a folder target"
expect_grep folder.err "target-folder" "the error names the folder"
if [ ! -d target-folder ] || [ -n "$(find target-folder -mindepth 1)" ]; then
  fail "-o onto a folder changed the folder"
fi
temporary=$(find . -maxdepth 1 -name '.target-folder*')
[ -n "$temporary" ] && fail "temporary file left behind: $temporary"

# A clean repository still writes its report, and exits 0.
make_base_repo clean
run_isms clean check clean --as-of 2026-11-22 -o out/clean.txt
expect_rc 0 "-o on a clean repository"
expect_grep out/clean.txt "No findings in 5 files." "clean report written to the file"
finish
