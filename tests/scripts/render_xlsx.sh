#!/usr/bin/env bash
# The SoA workbook (`isms render soa --format xlsx`) of examples/ai-company, opened with
# openpyxl by tests/render/check_xlsx.py: one sheet; a title block, then the header row Control,
# Theme, Title, Applicability, Justification, AI coverage, Reasons, Status, Owner, Risks,
# Requirements, Documents, Evidence, Latest evidence; 93 data rows, the Annex A 2022 controls in catalogue
# order, each cell equal to the csv render's; the pane frozen below the header; an autofilter
# over header and data; wrapped cells; no formulas; the workbook created on the --as-of date.
# A tampered copy of the workbook must be rejected, so the checker is known to be able to fail.
# Needs /usr/bin/python3 with openpyxl (Debian package python3-openpyxl): skipped without it,
# except in CI (CI=true), where it fails.
set -euo pipefail
source "$(dirname "$0")/lib/common.bash"
PROJECT=$(cd "$PROJECT" && pwd)

example="$PROJECT/examples/ai-company"
check_xlsx="$PROJECT/tests/render/check_xlsx.py"
as_of=2026-11-22
# The Debian interpreter: the python3 first on PATH may be another one, without openpyxl.
PY=/usr/bin/python3

[ -f "$example/isms.yaml" ] || { fail "no example repository at $example"; finish; }
if [ ! -x "$PY" ] || ! "$PY" -c 'import openpyxl' 2>/dev/null; then
  skip_or_fail "$PY with openpyxl is needed to read the SoA workbook; the set-up must install" \
    "python3-openpyxl (scripts/dev test installs it)"
fi

# render PREFIX ARGS...: `isms render ARGS`, output in PREFIX.out / PREFIX.err, exit code in RC.
render() {
  local prefix=$1
  shift
  run_isms "$prefix" render "$@" || true
}

cd "$WORK"
cp -R "$example" ai-company
for format in xlsx csv; do
  render "soa-$format" soa ai-company --format "$format" --as-of "$as_of"
  expect_rc 0 "isms render soa --format $format"
  [ -s "soa-$format.err" ] && fail "isms render soa --format $format wrote to stderr: $(head -3 "soa-$format.err")"
done
[ "$FAILURES" -ne 0 ] && finish
mv soa-xlsx.out soa.xlsx
mv soa-csv.out soa.csv

# -o writes the same workbook as standard output.
render soa-file soa ai-company --format xlsx --as-of "$as_of" -o soa-file.xlsx
expect_rc 0 "isms render soa --format xlsx -o soa-file.xlsx"
cmp -s soa.xlsx soa-file.xlsx || fail "the workbook written with -o differs from the one on standard output"

if ! "$PY" "$check_xlsx" soa.xlsx soa.csv "$as_of"; then
  fail "the SoA workbook of examples/ai-company does not pass check_xlsx.py (see above)"
fi

# Negative controls: the checker must reject a workbook with a formula, a changed cell, a second
# sheet, no frozen pane or another creation date.
"$PY" - soa.xlsx <<'PYTHON'
import datetime, sys
import openpyxl

def tampered(name, change):
    workbook = openpyxl.load_workbook(sys.argv[1])
    change(workbook, workbook.worksheets[0])
    workbook.save(name)

def formula(workbook, sheet):
    sheet["E7"] = "=1+1"
def changed_cell(workbook, sheet):
    sheet["H8"] = "Somebody else"
def second_sheet(workbook, sheet):
    workbook.create_sheet("Extra")
def no_freeze(workbook, sheet):
    sheet.freeze_panes = None
def created(workbook, sheet):
    workbook.properties.created = datetime.datetime(2020, 1, 1)

for change in (formula, changed_cell, second_sheet, no_freeze, created):
    tampered(f"tampered-{change.__name__}.xlsx", change)
PYTHON
for tampered in tampered-*.xlsx; do
  rc=0
  "$PY" "$check_xlsx" "$tampered" soa.csv "$as_of" >negative.out 2>&1 || rc=$?
  if [ "$rc" -ne 1 ]; then
    fail "negative control: check_xlsx.py exited $rc on $tampered, expected 1 (rejected)"
    sed 's/^/    | /' negative.out >&2
  fi
done
finish
