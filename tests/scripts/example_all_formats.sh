#!/usr/bin/env bash
# The example repository (examples/ai-company) checks clean in every output format, and the
# SARIF and JUnit reports validate against the official schemas in ../shared/refdata
# (sarif-schema-2.1.0.json, junit.xsd). Without the reference data the test is skipped, except
# in CI (CI=true), where it fails.
# The date is fixed so that the example does not start failing as time passes.
source "$(dirname "$0")/lib/common.bash"

example="$PROJECT/examples/ai-company"
as_of=2026-11-22
[ -f "$example/isms.yaml" ] || { fail "no example repository at $example"; finish; }

for format in text json sarif junit github; do
  run_isms "$WORK/example-$format" check "$example" --format "$format" --as-of "$as_of"
  expect_rc 0 "isms check examples/ai-company --format $format"
  if [ "$RC" -ne 0 ]; then sed 's/^/    | /' "$WORK/example-$format.out" | head -40 >&2; fi
  [ -s "$WORK/example-$format.out" ] || fail "--format $format printed nothing"
  [ -s "$WORK/example-$format.err" ] && fail "--format $format wrote to stderr: $(head -3 "$WORK/example-$format.err")"
done
# A clean run must say so in every format.
expect_grep "$WORK/example-text.out" "No findings in" "text summary"
expect_grep "$WORK/example-github.out" "No findings in" "github summary"
expect_grep "$WORK/example-json.out" '"diagnostics": []' "json diagnostics"
expect_grep "$WORK/example-sarif.out" '"results": []' "sarif results"
expect_grep "$WORK/example-junit.out" 'failures="0"' "junit failures"

refdata="$PROJECT/../shared/refdata"
if [ ! -d "$refdata" ]; then
  [ "$FAILURES" -ne 0 ] && finish
  skip_or_fail "reference data not found at $refdata: cannot validate SARIF and JUnit against the official schemas"
fi

find_json_validator
if [ ${#JSON_VALIDATOR[@]} -eq 0 ]; then
  skip_or_fail "no JSON Schema validator: build the validate_json helper or install python3-jsonschema"
fi
if ! "${JSON_VALIDATOR[@]}" "$refdata/sarif-schema-2.1.0.json" "$WORK/example-sarif.out"; then
  fail "SARIF report of the example does not validate against sarif-schema-2.1.0.json"
fi
if ! command -v xmllint >/dev/null; then
  skip_or_fail "xmllint (Debian package libxml2-utils) is needed to validate the JUnit report"
fi
if ! xmllint --noout --schema "$refdata/junit.xsd" "$WORK/example-junit.out" 2>"$WORK/xmllint.err"; then
  fail "JUnit report of the example does not validate against junit.xsd"
  cat "$WORK/xmllint.err" >&2
fi
finish
