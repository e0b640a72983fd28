#!/usr/bin/env bash
# `isms import` and `isms migrate` end to end, on the fixtures in tests/import/:
#   - a CSV SoA with 2022 ids and malformed rows: rows reported by number, nothing written
#     (exit 1); --partial writes the good rows (exit 1); an existing file is refused without
#     --force (exit 2); the written SoA loads in `isms check` (a copy of examples/saas-company);
#   - assets and risks as CSV, and all three registers from xlsx workbooks that openpyxl writes
#     at test time (tests/import/make_xlsx.py: shared strings, rich text, booleans, numbers,
#     dates, error cells), loaded by `isms check` without errors;
#   - the 114-control 2013 SoA (CSV and xlsx) migrated: every 2013 id mapped as ISO/IEC 27002:2022
#     Annex B says (compared with shared/refdata/iso27001-2013-to-2022.tsv), all 93 controls
#     accounted for, the 11 new ones listed as decisions, and `isms check --select SOA` on the
#     migrated repository reporting exactly those 11 (SOA002) and the draft approval (SOA009).
# Needs /usr/bin/python3 with openpyxl (Debian package python3-openpyxl): skipped without it,
# except in CI (CI=true), where it fails.
set -uo pipefail
source "$(dirname "$0")/lib/common.bash"
PROJECT=$(cd "$PROJECT" && pwd)

PY=/usr/bin/python3
FIXTURES="$PROJECT/tests/import"
EXAMPLE="$PROJECT/examples/saas-company"
TSV="$PROJECT/../shared/refdata/iso27001-2013-to-2022.tsv"
ANNEX_A="$PROJECT/../shared/refdata/iso27001-2022-annexa.tsv"
AS_OF=2026-11-22

if [ ! -x "$PY" ] || ! "$PY" -c 'import openpyxl' 2>/dev/null; then
  skip_or_fail "$PY with openpyxl is needed to write the xlsx fixtures; the set-up must install" \
    "python3-openpyxl (scripts/dev test installs it)"
fi
[ -f "$TSV" ] && [ -f "$ANNEX_A" ] || skip_or_fail "the reference tables are not beside the project ($TSV); the 2013 mapping is compared with them"
cd "$WORK"

# The committed 2013 fixture is what its generator makes from the reference table.
"$PY" "$FIXTURES/make_soa_2013.py" "$TSV" regenerated-2013.csv || fail "make_soa_2013.py failed"
cmp -s regenerated-2013.csv "$FIXTURES/soa-2013.csv" || fail "tests/import/soa-2013.csv is not what make_soa_2013.py writes"
"$PY" "$FIXTURES/make_xlsx.py" xlsx "$FIXTURES/soa-2013.csv" || { fail "make_xlsx.py failed"; finish; }

# fresh_copy DIR: examples/saas-company without its SoA.
fresh_copy() {
  rm -rf "$1"
  cp -R "$EXAMPLE" "$1"
  rm -f "$1/soa.yaml"
}

# expect_loads REPO WHAT: the repository loads without structural findings (schema, YAML,
# values, references, control ids, dates, ids).
expect_loads() {
  run_isms loads check "$1" --as-of "$AS_OF" --select SCH,YML,VAL,REF,CTL,DAT,ID,IO
  if [ "$RC" -ne 0 ]; then
    fail "$2: isms check reports structural findings:"
    sed 's/^/    | /' loads.out | head -30 >&2
  fi
}

# --- 1. A CSV SoA with malformed rows: each reported by row number, nothing written -------------
fresh_copy repo
run_isms soa-bad import soa "$FIXTURES/soa-2022.csv" --repo repo
expect_rc 1 "import of a CSV with malformed rows"
expect_grep soa-bad.err '"Control ID" -> control' "the mapping used is printed"
expect_grep soa-bad.err '"Applicable?" -> applicable' "the mapping used is printed"
expect_grep soa-bad.err '"Notes" -> ignored (not a field of soa)' "unknown columns are reported"
expect_grep soa-bad.err "row 10: control 'A.5.99' is not an Annex A control id" "row 10"
expect_grep soa-bad.err "row 11: status 'sort of' is not implemented, partial, planned, not started or not applicable" "row 11"
expect_grep soa-bad.err "row 12: justification is empty" "row 12"
expect_grep soa-bad.err "row 14: applicable 'maybe' is not yes/no" "row 14"
expect_grep soa-bad.err "row 15: control A.5.1 is already on row 2" "row 15"
expect_grep soa-bad.err "row 17: evidence: '9EV' is not an id" "row 17"
expect_grep soa-bad.err "6 of 16 rows cannot be imported; nothing was written (--partial writes the other 10)" "summary"
[ "$(grep -c 'isms: error: row' soa-bad.err)" -eq 6 ] || fail "expected exactly 6 row errors:$(cat soa-bad.err)"
[ -e repo/soa.yaml ] && fail "an import with errors wrote repo/soa.yaml"

# --- 2. --partial writes the good rows, which load --------------------------------------------
run_isms soa-partial import soa "$FIXTURES/soa-2022.csv" --repo repo --partial --owner "Information Security Manager"
expect_rc 1 "import --partial with malformed rows"
expect_grep soa-partial.err "wrote 10 controls to repo/soa.yaml; 6 of 16 rows left out" "partial summary"
[ "$(grep -c '^  - control:' repo/soa.yaml)" -eq 10 ] || fail "--partial should write 10 controls"
head -1 repo/soa.yaml | grep -qxF '# yaml-language-server: $schema=schemas/soa.schema.json' ||
  fail "the written SoA has no schema modeline"
expect_grep repo/soa.yaml '  owner: Information Security Manager' "--owner goes into the register block"
expect_grep repo/soa.yaml '  - control: A.5.3' "'A 5.3' is read as A.5.3"
expect_grep repo/soa.yaml 'the "four-eyes" rule is enforced by the payroll platform.' "a multi-line quoted CSV field"
expect_grep repo/soa.yaml '    reasons: [best-practice]' "BP is best-practice"
expect_grep repo/soa.yaml '    documents: [DOC-044, DOC-002]' "a document list"
expect_loads repo "the SoA imported with --partial"
run_isms soa-partial-check check repo --as-of "$AS_OF" --select SOA --ignore SOA002,SOA009
expect_rc 0 "the imported rows raise no SoA finding but the missing controls and the draft approval"

# --- 3. An existing file is refused without --force; -o - prints -------------------------------
cp repo/soa.yaml before.yaml
run_isms soa-exists import soa "$FIXTURES/soa-2022.csv" --repo repo --partial
expect_rc 2 "import over an existing file"
expect_grep soa-exists.err "repo/soa.yaml exists; use --force to replace it" "refusal message"
cmp -s before.yaml repo/soa.yaml || fail "the refused import changed repo/soa.yaml"
run_isms soa-force import soa "$FIXTURES/soa-2022.csv" --repo repo --partial --force
expect_rc 1 "import --partial --force"
run_isms soa-stdout import soa "$FIXTURES/soa-2022.csv" --repo repo --partial -o -
expect_rc 1 "import -o -"
head -1 soa-stdout.out | grep -q 'yaml-language-server' || fail "-o - did not print the SoA"
printf 'Ref,Why,Applicable,State,Comments\nA.5.1,Policies approved by the board.,yes,done,x\n' >mapped.csv
run_isms mapped import soa mapped.csv -o - --map "Why=justification" --map Comments=-
expect_rc 0 "import with --map"
expect_grep mapped.err '"Why" -> justification (--map)' "--map is shown in the mapping"
expect_grep mapped.err '"Comments" -> ignored (--map)' "--map COLUMN=- ignores a column"
expect_grep mapped.out '    justification: Policies approved by the board.' "the mapped column is imported"
run_isms unmapped import soa mapped.csv -o -
expect_rc 2 "a required field without a column"
expect_grep unmapped.err 'no column holds the required field justification; name it with --map "COLUMN=justification"' "required field"
run_isms no-repo import soa "$FIXTURES/soa-2022.csv" --repo "$WORK/nowhere"
expect_rc 2 "import into a folder that is not a repository"
expect_grep no-repo.err "is not a compliance repository (it has no isms.yaml)" "no manifest"

# --- 4. Assets and risks from CSV, into a small repository -----------------------------------
make_base_repo base
rm base/assets.yaml base/risks.yaml
# --owner: the default register owner "TBD" is placeholder text (PLH001), which a clean check would report.
run_isms assets import assets "$FIXTURES/assets.csv" --repo base --owner CISO
expect_rc 0 "import assets"
expect_grep assets.err '"Criticality" -> ignored' "unknown asset column"
expect_grep base/assets.yaml '    classification: confidential' "CONFIDENTIAL is the manifest's level"
expect_grep base/assets.yaml '    type: hardware' "a laptop is hardware"
expect_grep base/assets.yaml '    personal_data: true' "Yes is true"
expect_grep base/assets.yaml '    description: "Main production database, with customer \"contact\" records"' "quoting"
run_isms risks import risks "$FIXTURES/risks.csv" --repo base --owner CISO
expect_rc 0 "import risks"
expect_grep risks.err "row 2: controls: A.9.4.2 is an ISO/IEC 27001:2013 control; written as A.8.5" "2013 control in a risk"
expect_grep base/risks.yaml '    controls: [A.5.15, A.8.5]' "converted controls"
expect_grep base/risks.yaml '    controls: [A.8.1, A.8.24]' "controls split at blanks, 'A 8.24' kept together"
expect_grep base/risks.yaml '    likelihood: 3' "'3 - Possible' is 3"
expect_grep base/risks.yaml '    residual: {likelihood: 1, impact: 3}' "residual risk"
expect_grep base/risks.yaml '    review_date: 2027-01-15' "2027/01/15 is a date"
expect_grep base/risks.yaml '    treatment: modify' "Mitigate is modify"
run_isms base-check check base --as-of "$AS_OF"
expect_rc 0 "isms check on the imported assets and risks"

# --- 5. xlsx written by openpyxl --------------------------------------------------------------
fresh_copy repo-xlsx
run_isms xlsx-soa import soa xlsx/good.xlsx --repo repo-xlsx
expect_rc 0 "import soa from good.xlsx (first sheet)"
expect_grep xlsx-soa.err "row 6: control A.9.4.3 is an ISO/IEC 27001:2013 id; written as A.5.17" "2013 id in a workbook"
expect_grep repo-xlsx/soa.yaml '    justification: Multi-factor authentication protects every admin login.' "rich text runs joined, phonetic left out"
expect_grep repo-xlsx/soa.yaml '  - control: A.5.23' "a control id stored as a number"
expect_grep repo-xlsx/soa.yaml '    status: partial' "Partially implemented is partial"
grep -A2 -- '- control: A.7.4' repo-xlsx/soa.yaml | grep -q 'applicable: false' || fail "a FALSE cell is applicable: false"
expect_loads repo-xlsx "the SoA imported from xlsx"

make_base_repo base-xlsx
rm base-xlsx/assets.yaml base-xlsx/risks.yaml
run_isms xlsx-assets import assets xlsx/good.xlsx --sheet Assets --repo base-xlsx --owner CISO
expect_rc 0 "import assets from the Assets sheet"
expect_grep base-xlsx/assets.yaml '    backup: true' "a TRUE cell"
expect_grep base-xlsx/assets.yaml '    personal_data: false' "a FALSE cell"
run_isms xlsx-risks import risks xlsx/good.xlsx --sheet risks --repo base-xlsx --owner CISO
expect_rc 0 "import risks from the Risks sheet (name compared ignoring case)"
expect_grep base-xlsx/risks.yaml '    acceptance: {by: Jane Doe, role: CEO, date: 2026-02-10}' "a date cell"
expect_grep base-xlsx/risks.yaml '    acceptance: {by: Jane Doe, role: CEO, date: 2026-03-01}' "a date-time cell"
expect_grep base-xlsx/risks.yaml '    review_date: 2026-12-31' "a review date cell"
expect_grep base-xlsx/risks.yaml '    likelihood: 3' "3.0 is 3"
expect_grep base-xlsx/risks.yaml '    treatment: accept' "Accept"
run_isms base-xlsx-check check base-xlsx --as-of "$AS_OF"
expect_rc 0 "isms check on assets and risks imported from xlsx"
run_isms xlsx-nosheet import risks xlsx/good.xlsx --sheet Nope --repo base-xlsx -o -
expect_rc 2 "an unknown sheet"
expect_grep xlsx-nosheet.err "the workbook has no sheet 'Nope'; its sheets are 'SoA', 'Assets', 'Risks'" "sheet names listed"

fresh_copy repo-bad-xlsx
run_isms xlsx-bad import soa xlsx/malformed.xlsx --repo repo-bad-xlsx
expect_rc 1 "import of a workbook with malformed rows"
expect_grep xlsx-bad.err "row 3: control 8.2 is stored as a number, so it may have been A.8.20" "a number that lost its zero"
expect_grep xlsx-bad.err "row 4: applicable 'maybe' is not yes/no" "row 4"
expect_grep xlsx-bad.err "row 5: justification holds the spreadsheet error #N/A" "an error cell"
grep -q "row 5: justification is empty" xlsx-bad.err && fail "an error cell is reported twice"
expect_grep xlsx-bad.err "row 7: status 'someday'" "row 7 (row 6 is blank)"
[ -e repo-bad-xlsx/soa.yaml ] && fail "an xlsx import with errors wrote a file"
run_isms xlsx-bad-partial import soa xlsx/malformed.xlsx --repo repo-bad-xlsx --partial
expect_rc 1 "import --partial of the malformed workbook"
[ "$(grep -c '^  - control:' repo-bad-xlsx/soa.yaml)" -eq 2 ] || fail "--partial should write the 2 good rows"

# --- 6. Migrating the 114-control 2013 SoA ----------------------------------------------------
run_isms migrate migrate soa --from 2013 "$FIXTURES/soa-2013.csv" -o migrated.yaml
expect_rc 0 "migrate soa --from 2013 (CSV)"
expect_grep migrate.err "migrated 114 ISO/IEC 27001:2013 controls to 82 of the 93 ISO/IEC 27001:2022 controls" "summary"
"$PY" - "$TSV" "$ANNEX_A" migrate.err migrated.yaml <<'PYTHON' || fail "the migration does not follow Annex B (see above)"
import re, sys
tsv, annex_a, report, migrated = sys.argv[1:]
expected = {}
for line in open(tsv, encoding="utf-8").read().splitlines()[1:]:
    old, new = line.split("\t")
    expected.setdefault("A." + new, set()).add("A." + old)
all_2022 = {"A." + line.split("\t")[0] for line in open(annex_a, encoding="utf-8").read().splitlines()[1:]}
new_2022 = {"A.5.7", "A.5.23", "A.5.30", "A.7.4", "A.8.9", "A.8.10", "A.8.11", "A.8.12", "A.8.16", "A.8.23", "A.8.28"}
problems = []
assert len(all_2022) == 93 and len({s for v in expected.values() for s in v}) == 114
if all_2022 - set(expected) != new_2022:
    problems.append(f"reference data: new controls are {sorted(all_2022 - set(expected))}")

# The report: "  A.8.5   <- A.9.4.2" for every migrated control, "decision: A.5.7 ..." for the new ones.
text = open(report, encoding="utf-8").read()
reported = {m.group(1): set(m.group(2).split(", ")) for m in re.finditer(r"^  (A\.\d+\.\d+) +<- (.*)$", text, re.M)}
decisions = set(re.findall(r"^  decision: (A\.\d+\.\d+)", text, re.M))
if reported != expected:
    for control in sorted(set(reported) | set(expected)):
        if reported.get(control) != expected.get(control):
            problems.append(f"{control}: reported {sorted(reported.get(control, []))}, Annex B {sorted(expected.get(control, []))}")
if decisions != new_2022:
    problems.append(f"decisions listed: {sorted(decisions)}")

# The file: one entry per migrated control whose justification quotes each 2013 source, and a
# DECISION NEEDED block for each new control; together all 93.
yaml = open(migrated, encoding="utf-8").read()
entries = re.findall(r"^  - control: (A\.\d+\.\d+)\n((?:    .*\n)*)", yaml, re.M)
written = {}
for control, body in entries:
    justification = re.search(r"^    justification: (.*)$", body, re.M).group(1)
    written[control] = set(re.findall(r"(A\.\d+\.\d+\.\d+)(?: \((?:excluded|included)\))?: ", justification))
if written != expected:
    for control in sorted(set(written) | set(expected)):
        if written.get(control) != expected.get(control):
            problems.append(f"{control}: justification quotes {sorted(written.get(control, []))}")
needed = set(re.findall(r"^  # DECISION NEEDED: (A\.\d+\.\d+) ", yaml, re.M))
if needed != new_2022:
    problems.append(f"DECISION NEEDED blocks: {sorted(needed)}")
if set(written) | needed != all_2022 or set(written) & needed:
    problems.append("the entries and the decisions are not exactly the 93 controls")
for problem in problems:
    print("  " + problem, file=sys.stderr)
sys.exit(1 if problems else 0)
PYTHON

# Merging follows the rules: A.8.5 comes from A.9.4.2 alone; A.5.1 from A.5.1.1 and A.5.1.2.
expect_grep migrated.yaml '  # A.5.1 Policies for information security <- ISO/IEC 27001:2013 A.5.1.1, A.5.1.2' "merged comment"
expect_grep migrated.yaml 'A.5.1.1: Control 5.1.1 is required by client contracts, our policies and good practice.; A.5.1.2: ' \
  "justifications joined with their 2013 ids"

fresh_copy repo-migrated
cp migrated.yaml repo-migrated/soa.yaml
expect_loads repo-migrated "the migrated SoA"
run_isms migrated-check check repo-migrated --as-of "$AS_OF" --select SOA --format json
expect_rc 1 "isms check --select SOA on the migrated SoA (the decisions are errors)"
"$PY" - migrated-check.out <<'PYTHON' || fail "isms check --select SOA reports more than the decisions to make (see above)"
import json, sys
report = json.load(open(sys.argv[1], encoding="utf-8"))
findings = report["diagnostics"] if isinstance(report, dict) and "diagnostics" in report else report
codes = sorted(f["code"] for f in findings)
new_2022 = ["A.5.7", "A.5.23", "A.5.30", "A.7.4", "A.8.9", "A.8.10", "A.8.11", "A.8.12", "A.8.16", "A.8.23", "A.8.28"]
missing = [f for f in findings if f["code"] == "SOA002"]
ok = codes == ["SOA002"] * 11 + ["SOA009"]
for control in new_2022:
    if not any(f"'{control}'" in f["message"] or f" {control} " in f["message"] + " " for f in missing):
        ok = False
        print(f"  no SOA002 finding names {control}", file=sys.stderr)
if not ok:
    for f in findings:
        print(f"  {f['code']}: {f['message']}", file=sys.stderr)
sys.exit(0 if ok else 1)
PYTHON

# The same SoA as a workbook migrates to the same controls.
run_isms migrate-xlsx migrate soa --from 2013 xlsx/soa-2013.xlsx -o migrated-xlsx.yaml
expect_rc 0 "migrate soa --from 2013 (xlsx)"
diff <(grep -v 'Migrated with' migrated.yaml) <(grep -v 'Migrated with' migrated-xlsx.yaml) >/dev/null ||
  fail "the xlsx and CSV forms of the 2013 SoA migrate differently"

# Existing output, a 2022 input, and a YAML input in the repository format.
run_isms migrate-exists migrate soa --from 2013 "$FIXTURES/soa-2013.csv" -o migrated.yaml
expect_rc 2 "migrate over an existing file"
expect_grep migrate-exists.err "migrated.yaml exists; use --force to replace it" "refusal"
run_isms migrate-force migrate soa --from 2013 "$FIXTURES/soa-2013.csv" -o migrated.yaml --force
expect_rc 0 "migrate --force"
run_isms migrate-2022 migrate soa --from 2013 "$FIXTURES/soa-2022.csv" --partial 2>/dev/null
expect_rc 2 "migrate has no --partial"
run_isms migrate-2022 migrate soa --from 2013 "$FIXTURES/soa-2022.csv" -o from-2022.yaml
expect_rc 1 "migrate of a 2022 SoA"
expect_grep migrate-2022.err "row 2: control A.5.1 is an ISO/IEC 27001:2022 id; migrate reads a 2013 SoA" "2022 ids refused"
[ -e from-2022.yaml ] && fail "a migration with errors wrote a file"
cat >soa-2013.yaml <<'YAML'
register:
  version: "4.0"
  owner: Head of Security
  approval: {by: Jane Doe, role: CEO, date: 2024-01-10}
controls:
  - control: A.9.4.2
    applicable: true
    justification: Single sign-on with MFA protects every log-on.
    reasons: [contract]
    status: implemented
    owner: CTO
    evidence: [EV-007]
  - {control: A.9.4.3, applicable: false, justification: No passwords are used anywhere in the product., status: not-applicable}
YAML
run_isms migrate-yaml migrate soa --from 2013 soa-2013.yaml
expect_rc 0 "migrate an SoA in the repository format"
expect_grep migrate-yaml.out '  owner: Head of Security' "the register owner is kept"
expect_grep migrate-yaml.out '    justification: "A.9.4.2: Single sign-on with MFA protects every log-on."' "2013 id in the justification"
expect_grep migrate-yaml.err "warning: the input lists 2 of the 114 ISO/IEC 27001:2013 controls" "an incomplete 2013 SoA"
expect_grep migrate-yaml.err "have no 2013 source in the input" "controls without a source in the input are listed"

finish
