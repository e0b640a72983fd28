#!/usr/bin/env bash
# Spreadsheets round-trip and merge:
#   - the SoA that `isms render soa` writes as xlsx and as CSV, from both examples, imports with
#     --merge as no change at all (the file is byte-identical, the check unchanged), and imports
#     without --merge as the same controls, field for field;
#   - a sheet with changes merges only those: the printed changes, nothing else in the file
#     (comments and the register block kept), a record the sheet lacks refused without --force;
#   - a consultant's workbook (cover sheet, title rows, merged header cells, Yes/No/Partially,
#     statuses in free text) imports as the controls it holds.
# Needs /usr/bin/python3 with openpyxl and yaml (python3-openpyxl, python3-yaml).
source "$(dirname "$0")/lib/common.bash"
PROJECT=$(cd "$PROJECT" && pwd)
PY=/usr/bin/python3
if [ ! -x "$PY" ] || ! "$PY" -c 'import openpyxl, yaml' 2>/dev/null; then
  skip_or_fail "python3-openpyxl and python3-yaml are needed (scripts/dev test installs them)"
fi
cd "$WORK" || exit 1
AS_OF=2026-11-22

# same_controls A B: the two SoA files hold the same controls, field for field.
same_controls() {
  "$PY" - "$1" "$2" <<'PYTHON'
import sys, yaml
def controls(path):
    return {entry["control"]: entry for entry in yaml.safe_load(open(path))["controls"]}
a, b = controls(sys.argv[1]), controls(sys.argv[2])
if a != b:
    for key in sorted(set(a) | set(b)):
        if a.get(key) != b.get(key):
            print(f"{key}: {a.get(key)} != {b.get(key)}")
    sys.exit(1)
PYTHON
}

for example in ai-company saas-company; do
  cp -r "$PROJECT/examples/$example" "$example"
  run_isms "$example-before" check "$example" --as-of "$AS_OF"
  before_rc=$RC
  cp "$example/soa.yaml" "$example-soa.orig"
  for format in xlsx csv; do
    run_isms "$example-render-$format" render soa "$example" --format "$format" --as-of "$AS_OF" -o "$example.$format"
    expect_rc 0 "$example: render soa --format $format"
    run_isms "$example-merge-$format" import soa "$example.$format" --repo "$example" --merge
    expect_rc 0 "$example: import --merge of its own $format"
    expect_grep "$example-merge-$format.err" "already holds what the sheet says; nothing was written" "$example $format: no-op merge"
    cmp -s "$example/soa.yaml" "$example-soa.orig" || fail "$example: importing its own $format with --merge changed soa.yaml"
    run_isms "$example-import-$format" import soa "$example.$format" --repo "$example" -o "$example-imported-$format.yaml"
    expect_rc 0 "$example: plain import of its own $format"
    same_controls "$example-soa.orig" "$example-imported-$format.yaml" ||
      fail "$example: the $format that render writes does not import as the same controls"
  done
  run_isms "$example-after" check "$example" --as-of "$AS_OF"
  [ "$RC" = "$before_rc" ] && cmp -s "$example-before.out" "$example-after.out" ||
    fail "$example: isms check differs after the round trips"
done

# --- a sheet with changes merges only them --------------------------------------------------
"$PY" - ai-company.csv changed.csv <<'PYTHON'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline="")))
header = rows[0]
for row in rows[1:]:
    if row[0] == "A.5.1":
        row[header.index("Status")] = "In progress, due Q1 2027"
    if row[0] == "A.5.2":
        row[header.index("Owner")] = "Head of People"
csv.writer(open(sys.argv[2], "w", newline="")).writerows(rows)
without = [row for row in rows if row[0] != "A.5.4"]
csv.writer(open("without-a54.csv", "w", newline="")).writerows(without)
PYTHON
run_isms merge-changed import soa changed.csv --repo ai-company --merge
expect_rc 0 "merge of a changed sheet"
expect_grep merge-changed.err 'isms: A.5.1: status: "implemented" -> "partial"' "the status change is printed"
expect_grep merge-changed.err 'isms: A.5.2: owner: "CISO" -> "Head of People"' "the owner change is printed"
expect_grep merge-changed.err "merged into ai-company/soa.yaml: 2 fields changed, 0 added, 0 removed" "merge summary"
diff ai-company-soa.orig ai-company/soa.yaml >merge.diff
[ "$(grep -c '^[<>]' merge.diff)" = 4 ] || { fail "the merge changed more than the two fields:"; cat merge.diff >&2; }
[ "$(grep -c '^ *#' ai-company/soa.yaml)" = "$(grep -c '^ *#' ai-company-soa.orig)" ] || fail "the merge lost comments"
cp ai-company/soa.yaml merged.yaml
run_isms merge-missing import soa without-a54.csv --repo ai-company --merge
expect_rc 2 "a merge that would drop a record, without --force"
expect_grep merge-missing.err "1 control of ai-company/soa.yaml is not in the sheet (A.5.4); nothing was written" "refusal names the record"
cmp -s ai-company/soa.yaml merged.yaml || fail "a refused merge changed soa.yaml"
run_isms merge-force import soa without-a54.csv --repo ai-company --merge --force
expect_rc 0 "a merge that drops a record, with --force"
expect_grep merge-force.err "A.5.4: removed (not in the sheet)" "the removal is printed"
grep -q 'control: A.5.4$' ai-company/soa.yaml && fail "--force did not remove A.5.4"
run_isms merge-partial import soa changed.csv --repo ai-company --merge --partial
expect_rc 2 "--merge with --partial"

# --- a consultant's workbook --------------------------------------------------------------------
"$PY" "$PROJECT/tests/import/consultant_workbook.py" consultant.xlsx || fail "cannot write the consultant workbook"
run_isms consultant import soa consultant.xlsx --sheet SoA --repo ai-company -o consultant.yaml
expect_rc 0 "import of the consultant workbook"
expect_grep consultant.err "header row 4" "the header below the title rows is found"
expect_grep consultant.err "applicability 'Partially' read as applicable" "Partially is read, with a warning"
"$PY" - consultant.yaml <<'PYTHON' || fail "the consultant workbook imports as other controls than it holds"
import sys, yaml
got = {c["control"]: (c["applicable"], c["status"], c.get("owner")) for c in yaml.safe_load(open(sys.argv[1]))["controls"]}
want = {
    "A.5.1": (True, "implemented", "CISO"),
    "A.5.7": (True, "partial", "Security Lead"),
    "A.7.6": (False, "not-applicable", None),
    "A.8.16": (True, "not-started", "Head of Platform"),
    "A.8.28": (True, "planned", "CTO"),
}
if got != want:
    print(got)
    sys.exit(1)
PYTHON
run_isms consultant-row import soa consultant.xlsx --sheet SoA --header-row 2 --repo ai-company -o consultant-2.yaml
expect_rc 2 "a --header-row that holds no field names"
finish
