#!/usr/bin/env bash
# SARIF from both examples and from a repository with findings, validated by Microsoft's SARIF
# multitool with its default rules and with GitHub's ingestion rules (--rule-kind Gh): no result
# of level error under either. Every rule descriptor carries help (text and markdown); helpUri
# appears only with --rules-url. A negative control (a log without rule help) must be caught, so
# the test can fail. Without the multitool (scripts/dev test installs it) the test is skipped,
# except in CI (CI=true), where it fails.
source "$(dirname "$0")/lib/common.bash"

case $PROJECT in /*) ;; *) PROJECT=$PWD/$PROJECT ;; esac
MULTITOOL="$PROJECT/.test-tools/node_modules/.bin/sarif-multitool"
[ -x "$MULTITOOL" ] || skip_or_fail "the SARIF multitool is not installed under .test-tools; the test set-up must install it: scripts/dev test does"
command -v jq >/dev/null || skip_or_fail "jq is not installed (Debian package jq); scripts/dev test installs it"

# errors_of SARIF RULE_KIND...: the number of error-level results the multitool reports.
errors_of() {
  local input=$1; shift
  local out="$WORK/validation-$RANDOM.sarif"
  if ! (cd "$WORK" && timeout 300 "$MULTITOOL" validate "$input" "$@" -o "$out" >"$out.log" 2>&1) && [ ! -s "$out" ]; then
    echo "multitool failed to run:" >&2; cat "$out.log" >&2; echo 999; return
  fi
  jq '[.runs[].results[]? | select(.level == "error")] | length' "$out"
}

cp -r "$PROJECT/tests/rules/base" "$WORK/findings"
cp "$PROJECT"/tests/rules/AI001/fail/* "$WORK/findings/"
"$BIN" check "$PROJECT/examples/ai-company" --as-of 2026-11-22 --format sarif -o "$WORK/ai-company.sarif"
"$BIN" check "$PROJECT/examples/saas-company" --as-of 2026-11-22 --format sarif -o "$WORK/saas-company.sarif" ||
  [ -f "$WORK/saas-company.sarif" ] || fail "no SARIF from examples/saas-company"
"$BIN" check "$WORK/findings" --as-of 2026-11-22 --format sarif --rules-url 'https://forge.test/org/isms/blob/v1/docs/rules/{code}.md' \
  -o "$WORK/findings.sarif"
[ "$(jq '.runs[0].results | length' "$WORK/findings.sarif")" -gt 0 ] || fail "the findings repository gave no results"

for log in ai-company saas-company findings; do
  file="$WORK/$log.sarif"
  [ -f "$file" ] || { fail "$log: no SARIF written"; continue; }
  missing_help=$(jq '[.runs[0].tool.driver.rules[] | select((.help.text // "") == "" or (.help.markdown // "") == "")] | length' "$file")
  [ "$missing_help" = 0 ] || fail "$log: $missing_help rule descriptors without help.text and help.markdown"
  for kind in "" Gh; do
    if [ -z "$kind" ]; then count=$(errors_of "$file"); else count=$(errors_of "$file" --rule-kind "$kind"); fi
    [ "$count" = 0 ] || fail "$log: the multitool reports $count errors with rules '${kind:-default}'"
  done
done

links=$(jq '[.runs[0].tool.driver.rules[] | select(has("helpUri"))] | length' "$WORK/ai-company.sarif")
[ "$links" = 0 ] || fail "helpUri appears without --rules-url ($links rules)"
jq -e '.runs[0].tool.driver.rules[] | select(.id == "AI001") | .helpUri == "https://forge.test/org/isms/blob/v1/docs/rules/AI001.md"' \
  "$WORK/findings.sarif" >/dev/null || fail "--rules-url does not give AI001 its page"

# Negative control: the same log with the help removed breaks GitHub's rules.
jq 'del(.runs[0].tool.driver.rules[].help)' "$WORK/findings.sarif" >"$WORK/no-help.sarif"
count=$(errors_of "$WORK/no-help.sarif" --rule-kind Gh)
[ "$count" -gt 0 ] || fail "negative control: the multitool accepted rule descriptors without help"

finish
