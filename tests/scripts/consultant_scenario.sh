#!/usr/bin/env bash
# The consultant's scenario, as an auditor would meet it: the AI example with two applicable
# controls only planned, a placeholder justification in the SoA and a placeholder rationale for a
# scope exclusion, evidence dated in the future, a document register entry whose file does not
# exist, and one mis-indented line in the risk register. The findings must be exactly what a lead
# auditor would raise, each at the line of the offending value, with no cascade from the broken
# register (one RUL001 note instead), and the readiness report must say "Not ready" for the
# reasons that make it so.
source "$(dirname "$0")/lib/common.bash"
command -v python3 >/dev/null || skip_or_fail "python3 is needed to edit the scenario and read the JSON findings"
PROJECT=$(cd "$PROJECT" && pwd)
cd "$WORK" || exit 1
as_of=(--as-of 2026-11-22)
cp -r "$PROJECT/examples/ai-company" repo

python3 - repo <<'PY'
import sys
root = sys.argv[1] + "/"

def edit(name, change):
    path = root + name
    text = open(path).read()
    new = change(text)
    assert new != text, f"{name} was not changed"
    open(path, "w").write(new)

def planned(text):
    for control in ("A.5.7", "A.8.16"):
        at = text.index(f"  - control: {control}\n")
        status = text.index("    status: implemented", at)
        text = text[:status] + "    status: planned" + text[status + len("    status: implemented"):]
    return text

def placeholder_justification(text):
    end = text.index("    status: not-applicable")
    start = text.rindex("    justification: >-", 0, end)
    return text[:start] + "    justification: TBD\n" + text[end:]

def placeholder_rationale(text):
    at = text.index("  - id: EX-002")
    start = text.index("    rationale: >-", at)
    end = text.index("\n\n", start)
    return text[:start] + "    rationale: TBD" + text[end:]

def misindented(text):
    lines = text.split("\n")
    line = [n for n, l in enumerate(lines) if l.startswith("    threat:")][3]
    lines[line] = lines[line][2:]
    return "\n".join(lines)

edit("soa.yaml", lambda t: placeholder_justification(planned(t)))
edit("scope.yaml", placeholder_rationale)
edit("evidence.yaml", lambda t: t.replace("    date: 2026-01-20", "    date: 2027-01-20", 1))
edit("documents.yaml", lambda t: t.replace("location: library/procedures/risk-methodology.md",
                                           "location: library/procedures/risk-method.md", 1))
edit("risks.yaml", misindented)
PY

run_isms check check repo "${as_of[@]}" --format json
expect_rc 1 "the scenario has errors"
findings=$(python3 -c "
import json, sys
for d in json.load(open(sys.argv[1]))['diagnostics']:
    print(d['code'], '{}:{}'.format(d['file'], d['line']))" "$WORK/check.out" | sort)
# What the auditor raises, at the line of each offending value:
#  - the mis-indented line, and one note for the checks that could not run on the risk register;
#  - the placeholder justification (SoA) and the placeholder exclusion rationale (scope);
#  - the evidence dated after the as-of date; the document whose file does not exist;
#  - the scope and the SoA changed since they were approved with a digest.
# The lines of the edited values, found in the edited files so that the example may grow.
line_of() { grep -nF -- "$2" "repo/$1" | head -1 | cut -d: -f1; }
expected=$(sort <<LIST
APR001 scope.yaml:$(line_of scope.yaml "  approval:")
APR001 soa.yaml:$(line_of soa.yaml "  approval:")
DAT002 evidence.yaml:$(line_of evidence.yaml "    date: 2027-01-20")
DOC005 documents.yaml:$(line_of documents.yaml "location: library/procedures/risk-method.md")
PLH001 scope.yaml:$(line_of scope.yaml "    rationale: TBD")
PLH001 soa.yaml:$(line_of soa.yaml "    justification: TBD")
RUL001 isms.yaml:1
YML001 risks.yaml:74
LIST
)
if [ "$findings" != "$expected" ]; then
  fail "the scenario's findings differ from what an auditor would raise:"
  diff <(echo "$expected") <(echo "$findings") | sed 's/^/    /' >&2
fi
expect_grep "$WORK/check.out" "checks did not run because the risk register could not be read completely" \
  "the note names the register that stood the checks down"

# Documents built on these findings are not issued; a forced report is a draft that says why.
run_isms render render report repo "${as_of[@]}" --format md
expect_rc 2 "the report is refused while it rests on these findings"
run_isms report render report repo "${as_of[@]}" --format md --force
expect_rc 0 "a forced report renders"
expect_grep "$WORK/report.out" "DRAFT – NOT FOR ISSUE" "the forced report is a draft"
expect_grep "$WORK/report.out" "## Verdict: Not ready for audit" "the verdict"
expect_grep "$WORK/report.out" "- 2 applicable controls planned, not started or without a status" \
  "the planned controls are a condition of the verdict"
expect_grep "$WORK/report.out" "**A.5.7 Threat intelligence is applicable but only planned**, and 1 more like it: A.8.16" \
  "the planned controls are top gaps"
expect_grep "$WORK/report.out" "| 6 | Planning | 100% | 16 of 16, 12 not assessed | 16 of 16 checks passed, 11 could not run |" \
  "clause 6 is not ready while its risk checks could not run"
finish
