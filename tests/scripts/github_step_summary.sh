#!/usr/bin/env bash
# --format github with GITHUB_STEP_SUMMARY set: appends a Markdown summary to that file and
# leaves what earlier steps wrote intact; other formats do not touch it; a summary file that
# cannot be written is a warning on stderr and does not change the exit code.
source "$(dirname "$0")/lib/common.bash"

cd "$WORK" || exit 1
make_findings_repo repo
make_base_repo clean
summary="$WORK/summary.md"
printf '# Earlier step\n\nkeep | this | line\n' >"$summary"
earlier=$(cat "$summary")

# summary_run OUT_PREFIX ARGS...: like run_isms, with GITHUB_STEP_SUMMARY pointing at $summary.
summary_run() {
  local prefix=$1
  shift
  NO_COLOR=1 TZ=UTC GITHUB_STEP_SUMMARY="$summary" timeout "$RUN_TIMEOUT" "$BIN" "$@" >"$prefix.out" 2>"$prefix.err"
  RC=$?
  if grep -qE "AddressSanitizer|runtime error:|LeakSanitizer" "$prefix.err"; then
    fail "sanitizer report from: isms $*"
    cat "$prefix.err" >&2
  fi
}

summary_run findings check repo --format github --as-of 2026-11-22
expect_rc 1 "--format github on a repository with errors"
[ -s findings.err ] && fail "--format github wrote to stderr: $(head -3 findings.err)"
[ "$(head -n 3 "$summary")" = "$earlier" ] || fail "the earlier content of the step summary was not kept"
expect_grep "$summary" "## isms check: repo" "summary heading"
expect_grep "$summary" "As of 2026-11-22; findings at or above *error* fail the check." "summary as-of line"
expect_grep "$summary" "| Error | 4 |" "summary error count"
expect_grep "$summary" "| Warning | 1 |" "summary warning count"
expect_grep "$summary" "| repo/risks.yaml:10 | Error | REF001 |" "summary row for REF001"
expect_grep "$summary" "| repo/assets.yaml:2 | Warning | REG003 |" "summary row for REG003"
# A '|' in a finding would break the table: the rule of thumb is one table row per finding.
rows=$(grep -c '^| repo/' "$summary")
[ "$rows" -eq 5 ] || fail "expected 5 finding rows in the summary, found $rows"
# The annotations themselves go to stdout, not into the summary.
expect_grep findings.out "::error file=repo/risks.yaml,line=10,col=14,title=REF001 unknown-reference::" "REF001 annotation"
grep -q '^::' "$summary" && fail "workflow commands were written into the step summary"

# A second step appends again, below the first.
summary_run clean check clean --format github --as-of 2026-11-22
expect_rc 0 "--format github on a clean repository"
[ "$(grep -c '^## isms check:' "$summary")" -eq 2 ] || fail "second run did not append a second summary"
[ "$(head -n 3 "$summary")" = "$earlier" ] || fail "the second run rewrote the earlier content"
expect_grep "$summary" "## isms check: clean" "second summary heading"
expect_grep "$summary" "No findings in 5 files." "clean summary sentence"
tail -n 8 "$summary" | grep -q '^| repo/' && fail "clean run's summary lists findings"

# Other formats leave the summary alone.
before=$(sha256sum <"$summary")
for format in text json sarif junit; do
  summary_run "other-$format" check repo --format "$format" --as-of 2026-11-22
  expect_rc 1 "--format $format with GITHUB_STEP_SUMMARY set"
done
[ "$(sha256sum <"$summary")" = "$before" ] || fail "a format other than github wrote to the step summary"

# An unwritable summary (here: a folder) is a warning; the check result stands.
summary="$WORK/summary-folder"
mkdir "$summary"
summary_run unwritable check repo --format github --as-of 2026-11-22
expect_rc 1 "--format github with an unwritable GITHUB_STEP_SUMMARY"
expect_grep unwritable.err "isms: warning:" "warning about the unwritable summary"
expect_grep unwritable.err "summary-folder" "warning names the summary file"
expect_grep unwritable.out "::error file=repo/risks.yaml" "annotations still printed"
finish
