#!/usr/bin/env bash
# The certification prerequisites of the readiness report: a repository without internal audit
# or management review records is not ready for Stage 2 and says why, by clause, in every
# format; the same repository with the records is past the gate.
source "$(dirname "$0")/lib/common.bash"
command -v python3 >/dev/null || skip_or_fail "python3 is needed to read the JSON report"
cd "$WORK" || exit 1
as_of=(--as-of 2026-12-07)

# The example without its records of the ISMS in operation.
cp -r "$PROJECT/examples/ai-company" repo
rm -f repo/audits.yaml repo/reviews.yaml repo/nonconformities.yaml repo/objectives.yaml repo/treatment.yaml \
  repo/competence.yaml
rm -rf repo/audits repo/reviews repo/nonconformities repo/objectives repo/treatment repo/competence
python3 - repo/isms.yaml <<'PY'
import re, sys
path = sys.argv[1]
text = open(path).read()
# Without the registers the manifest's operation date and Stage 2 date are all that remain.
text = re.sub(r"\n  operation:\n(    .*\n)+", "\n", text)
open(path, "w").write(text)
PY

run_isms md render report repo "${as_of[@]}" --format md --force -o report.md
expect_rc 0 "render report md without audit or review records"
grep -qF '### Stage 2: Not ready for Stage 2' report.md || fail "the Stage 2 gate is not 'Not ready for Stage 2': $(grep -n Stage report.md | head)"
grep -qE '^\| 9\.2 \| An internal audit of the whole ISMS has been completed \| Not met \|' report.md ||
  fail "the 9.2 prerequisite is not reported unmet"
grep -qE '^\| 9\.3 \| A management review has been held .* \| Not met \|' report.md ||
  fail "the 9.3 prerequisite is not reported unmet"
grep -qE '^- Clause 9\.2: ' report.md || fail "the verdict does not say why by clause 9.2: $(sed -n '/Verdict/,/Overall/p' report.md)"
grep -qE '^- Clause 9\.3: ' report.md || fail "the verdict does not say why by clause 9.3"

run_isms json render report repo "${as_of[@]}" --format json --force -o report.json
expect_rc 0 "render report json"
python3 - <<'PY' || fail "the JSON gates do not say Stage 2 is not ready by clause"
import json
report = json.load(open("report.json"))["report"]
assert not report["verdict"].startswith("Ready for audit"), report["verdict"]
stage2 = report["gates"][1]
assert stage2["stage"] == "Stage 2" and not stage2["ready"] and stage2["verdict"] == "Not ready for Stage 2", stage2
unmet = {item["clause"] for item in stage2["items"] if not item["met"]}
assert {"9.2", "9.3"} <= unmet, unmet
assert any(reason.startswith("Clause 9.2: ") for reason in report["verdict_reasons"]), report["verdict_reasons"]
PY

run_isms html render report repo "${as_of[@]}" --format html --force -o report.html
expect_rc 0 "render report html"
grep -qF 'Stage 2: <span class="pill poor">Not ready for Stage 2</span>' report.html || fail "the HTML report does not show the Stage 2 gate"

# The example as it is carries the records: whatever else it lacks, it is not held back at 9.2
# or 9.3.
if [ -f "$PROJECT/examples/ai-company/audits.yaml" ] && [ -f "$PROJECT/examples/ai-company/reviews.yaml" ]; then
  run_isms full render report "$PROJECT/examples/ai-company" "${as_of[@]}" --format json -o full.json
  expect_rc 0 "render report on the whole example"
  python3 - <<'PY' || fail "the example with its records fails a 9.2 or 9.3 prerequisite"
import json
report = json.load(open("full.json"))["report"]
for gate in report["gates"]:
    for item in gate["items"]:
        if item["clause"] in ("9.2", "9.3"):
            assert item["met"], item
PY
fi
finish
