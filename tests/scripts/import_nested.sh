#!/usr/bin/env bash
# The nested imports (`isms import findings`, review-decisions, review-actions, measurements, competence-evidence,
# awareness) into a copy of the AI example: each sheet's records are added to the records they
# belong to, the repository stays clean at --fail-on warning, the same sheet imported again
# changes nothing, and a sheet that names a record the file lacks, or says otherwise of a
# record the file holds, changes nothing and says so.
source "$(dirname "$0")/lib/common.bash"
cd "$WORK" || exit 1
sheets=$PROJECT/tests/import/nested
cp -r "$PROJECT/examples/ai-company" repo

# Imports the sheet and checks the repository; then imports it again, which must write nothing.
import_twice() {
  local target=$1 sheet=$2 file=$3 added=$4
  run_isms "$target" import "$target" "$sheets/$sheet" --repo repo
  expect_rc 0 "import $target from $sheet"
  expect_grep "$target.err" "added $added" "what isms said"
  run_isms "$target-check" check repo --fail-on warning
  expect_rc 0 "isms check after importing $target"
  cp "repo/$file" "$target.after"
  run_isms "$target-again" import "$target" "$sheets/$sheet" --repo repo
  expect_rc 0 "import $target from $sheet again"
  expect_grep "$target-again.err" "already holds" "what isms said"
  cmp -s "$target.after" "repo/$file" || fail "importing $sheet again changed $file"
}

import_twice findings findings.csv audits.yaml "2 findings"
# The finding of the planned audit opened its list; the other went after the audit's own findings.
grep -A3 'IA-2027-01-F1' repo/audits.yaml | grep -q 'grade: observation' || fail "audits.yaml lacks IA-2027-01-F1"
import_twice review-decisions review-decisions.csv reviews.yaml "1 decision"
import_twice review-actions review-actions.csv reviews.yaml "1 action"
import_twice measurements measurements.csv objectives.yaml "1 measurement"
expect_grep measurements.err "1 measurement already recorded" "what isms said"
# The objectives write their measurements one per line, and so does the import.
grep -qF '      - {date: 2026-12-04, value: "100%", met: true, evidence: DOC-010}' repo/objectives.yaml ||
  fail "the measurement is not written in the list's one-line style: $(grep -n 2026-12-04 repo/objectives.yaml)"
import_twice competence-evidence training-log.csv competence.yaml "2 pieces of evidence"
import_twice awareness awareness.csv competence.yaml "2 awareness sessions"

# A person without a competence record gains one: a second internal auditor, appointed like the first.
cat >>repo/roles.yaml <<'YAML'
  - id: P-014
    name: Mireille Castellanos
    roles: [ROLE-INTERNAL-AUDITOR]
    in_scope: false
    appointed: 2026-11-02
    appointment: DOC-011
YAML
printf 'Person,Title,Type,Awarded,Requirements,Evidence\nP-014,ISO/IEC 27001:2022 Lead Auditor,Certificate,2025-09-12,CR-14,EV-036\n' >new-person.csv
run_isms new-person import competence-evidence new-person.csv --repo repo
expect_rc 0 "import the evidence of a person without a competence record"
expect_grep new-person.err "P-014: person record added" "what isms said"
tail -8 repo/competence.yaml | grep -q '^  - person: P-014$' || fail "competence.yaml does not end with P-014's record"
run_isms new-person-check check repo --fail-on warning
expect_rc 0 "isms check after adding a person's competence record"

# A training log as a learning platform exports it: an xlsx workbook, a title row above the
# header, completion dates as spreadsheet dates.
PY=/usr/bin/python3
if [ ! -x "$PY" ] || ! "$PY" -c 'import openpyxl' 2>/dev/null; then
  skip_or_fail "$PY with openpyxl is needed to write the training log workbook (scripts/dev test installs python3-openpyxl)"
fi
"$PY" - <<'PY' || fail "could not write the training log workbook"
import datetime, openpyxl
book = openpyxl.Workbook()
sheet = book.active
sheet.title = "Completions"
sheet.append(["Learning platform: completions, November 2026"])
sheet.append(["Employee ID", "Course name", "Type", "Completion date", "Requirements"])
sheet.append(["P-003", "Threat modelling for ML systems", "Workshop", datetime.datetime(2026, 11, 20), "CR-04, CR-05"])
book.save("Training log.xlsx")
PY
run_isms xlsx import competence-evidence "Training log.xlsx" --repo repo
expect_rc 0 "import a training log workbook"
expect_grep xlsx.err "header row 2" "the title row is skipped"
grep -A4 'title: Threat modelling for ML systems' repo/competence.yaml | grep -q 'date: 2026-11-20' ||
  fail "the workbook's completion date is not in competence.yaml: $(grep -A4 'Threat modelling' repo/competence.yaml)"

# A sheet naming an audit the register lacks writes nothing.
cp repo/audits.yaml audits.before
printf 'Audit,ID,Description\nIA-2031-01,IA-2031-01-F1,Anything\n' >unknown.csv
run_isms unknown import findings unknown.csv --repo repo
expect_rc 2 "import findings of an audit the register lacks"
expect_grep unknown.err "1 audit that the file does not hold: IA-2031-01 (1 finding)" "what isms said"
cmp -s audits.before repo/audits.yaml || fail "a refused import changed audits.yaml"

# A row that says otherwise of a recorded measurement is said, and left as the file has it.
cp repo/objectives.yaml objectives.before
printf 'Objective,Date,Value,Met\nOBJ-02,2026-11-30,90%%,no\n' >differs.csv
run_isms differs import measurements differs.csv --repo repo
expect_rc 1 "import a measurement the file records with other values"
expect_grep differs.err "measurement 2026-11-30 of objective OBJ-02 is already recorded with other values" "what isms said"
cmp -s objectives.before repo/objectives.yaml || fail "a differing row changed objectives.yaml"

# A repeated row is refused, and --partial adds the others.
printf 'Person,Course,Type,Completed,Requirements\nP-003,Cloud forensics,training,2026-11-25,CR-05\nP-003,Cloud forensics,training,2026-11-25,CR-05\n' >twice.csv
run_isms twice import competence-evidence twice.csv --repo repo
expect_rc 1 "import a training log with a repeated row"
expect_grep twice.err "is already on row 2" "what isms said"
run_isms twice-partial import competence-evidence twice.csv --repo repo --partial
expect_rc 1 "import a training log with a repeated row, --partial"
expect_grep twice-partial.err "added 1 piece of evidence" "what isms said"

# Nested records go into a register file that exists.
run_isms no-file import findings "$sheets/findings.csv" -o missing.yaml
expect_rc 2 "import findings into a file that does not exist"
expect_grep no-file.err "missing.yaml does not exist" "what isms said"
finish
