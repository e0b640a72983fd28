#!/usr/bin/env bash
# isms due: what falls due is listed in every format; the iCalendar output is read by a real
# iCalendar parser with one event per item; hostile text in a record (control characters, a
# workflow command) reaches neither the calendar nor a CI log as anything but data; the exit
# code follows --fail-on; a bad --within is a usage error.
source "$(dirname "$0")/lib/common.bash"

# The Debian interpreter: the python3 first on PATH may be another one, without icalendar.
PY=/usr/bin/python3
"$PY" -c 'import icalendar' 2>/dev/null || skip_or_fail "python3-icalendar is not installed (scripts/packages.sh installs it)"

cd "$WORK" || exit 1
cp -r "$PROJECT/examples/ai-company" repo

run_isms json due repo --as-of 2026-12-01 --within 400d --format json --fail-on never
expect_rc 0 "due --format json --fail-on never"
items=$("$PY" -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["items"]))' json.out)
[ "$items" -gt 0 ] || fail "the example has nothing due within 400 days: $(head -c 300 json.out)"

run_isms ics due repo --as-of 2026-12-01 --within 400d --format ics --fail-on never -o due.ics
expect_rc 0 "due --format ics -o due.ics"
"$PY" - "$items" <<'PY' || fail "the calendar is not what an iCalendar parser reads: see above"
import sys, icalendar
data = open("due.ics", "rb").read()
calendar = icalendar.Calendar.from_ical(data)
events = [c for c in calendar.walk() if c.name == "VEVENT"]
assert len(events) == int(sys.argv[1]), f"{len(events)} events for {sys.argv[1]} items"
for event in events:
    assert event.get("uid") and event.get("summary") and event.get("dtstart"), event
lines = data.split(b"\r\n")
assert all(len(line) <= 75 for line in lines), "a line is longer than 75 octets"
PY

# Hostile text: a document title carrying a workflow command, an escape sequence and a line break.
"$PY" - <<'PY'
import re
path = "repo/documents.yaml"
text = open(path).read()
text = re.sub(r"(\n\s+title: )[^\n]*", lambda m: m.group(1) + '"x\\n::error::pwned \\u001b[31m' + " ab::error::c ##[group]d" * 16 + '"', text, count=1)
open(path, "w").write(text)
PY
run_isms hostile-ics due repo --as-of 2026-12-01 --within 400d --format ics --fail-on never
expect_rc 0 "due --format ics on hostile text"
"$PY" - <<'PY' || fail "hostile text became more than data in the calendar"
data = open("hostile-ics.out", "rb").read()
assert b"\x1b" not in data, "an escape character reached the calendar"
for line in data.split(b"\r\n"):
    assert b"\n" not in line and b"\r" not in line, "a bare line break in the calendar"
    stripped = line.strip()
    assert not stripped.startswith(b"::") and not stripped.startswith(b"##["), f"a line reads as a workflow command: {line!r}"
import icalendar
icalendar.Calendar.from_ical(data)
PY
run_isms hostile-github due repo --as-of 2026-12-01 --within 400d --format github --fail-on never
expect_rc 0 "due --format github on hostile text"
if grep -v '^::\(error\|warning\|notice\) ' hostile-github.out | grep -q .; then
  fail "a github line is not an annotation isms wrote: $(grep -v '^::' hostile-github.out | head -2)"
fi
grep -q $'\x1b' hostile-github.out && fail "an escape character reached the github output"

# In a GitHub Actions job the list also goes into the step summary, as Markdown data.
GITHUB_STEP_SUMMARY="$WORK/summary.md" "$BIN" due repo --as-of 2026-12-01 --within 400d --format github --fail-on never >/dev/null 2>&1
expect_grep summary.md "## isms due" "the step summary has the due table"
expect_grep summary.md "review document DOC-001" "the step summary lists the items"
grep -q $'\x1b' summary.md && fail "an escape character reached the step summary"

# Exit codes: something overdue fails by default; a bad window is a usage error.
run_isms late due repo --as-of 2030-01-01
expect_rc 1 "due with overdue items"
expect_grep late.out "overdue" "the text output marks overdue items"
run_isms window due repo --within soon
expect_rc 2 "due --within soon"
expect_grep window.err "--within" "the error names --within"

finish
