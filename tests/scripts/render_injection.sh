#!/usr/bin/env bash
# Hostile data stays data. The fixture tests/render/injection puts markup (<script>, </td><td>),
# spreadsheet formulas (=HYPERLINK, +cmd, @SUM, -2+3, a leading TAB or CR), Markdown (pipes,
# backticks, [link](javascript:...)), quotes, apostrophes and a literal &amp; into names and
# free-text fields; every document is rendered in every format and tests/render/check_injection.py
# checks the output is inert:
#   html  no <script>, no tag the templates do not write, no on* attribute, no javascript: link,
#         every row of a table as wide as the others, the hostile strings present as text;
#   md    no raw <script or </td>, no raw tag other than those the templates write, every table
#         row with as many unescaped pipes as its header, no unescaped [..](javascript:..), the
#         hostile strings given back by unescaping;
#   csv   every field quoted, empty ones too, every row as wide as the header, no field beginning with
#         = + - @ TAB CR, each field equal to the json data once the guard apostrophe is removed;
#   xlsx  no formula, no cell beginning with = + - @ TAB CR, and check_xlsx.py (cells equal to
#         the csv's, 93 controls in order);
#   json, txt  valid, with the hostile strings intact.
# Each checker is also fed unsafe samples (negative controls) that it must reject, and a safe
# one it must accept. Needs /usr/bin/python3; the xlsx checks need python3-openpyxl and are
# skipped without it, except in CI (CI=true), where that fails.
set -euo pipefail
source "$(dirname "$0")/lib/common.bash"
PROJECT=$(cd "$PROJECT" && pwd)

fixture="$PROJECT/tests/render/injection"
templates="$PROJECT/templates/render"
check="$PROJECT/tests/render/check_injection.py"
check_xlsx="$PROJECT/tests/render/check_xlsx.py"
as_of=2026-11-22
# The Debian interpreter: the python3 first on PATH may be another one, without openpyxl.
PY=/usr/bin/python3

[ -f "$fixture/isms.yaml" ] || { fail "no injection fixture at $fixture"; finish; }
if [ ! -x "$PY" ]; then
  skip_or_fail "$PY is needed to parse the rendered documents; the set-up must install python3 and" \
    "python3-openpyxl (scripts/dev test installs them)"
fi
have_openpyxl=true
"$PY" -c 'import openpyxl' 2>/dev/null || have_openpyxl=false

# render PREFIX ARGS...: `isms render ARGS`, output in PREFIX.out / PREFIX.err, exit code in RC.
render() {
  local prefix=$1
  shift
  run_isms "$prefix" render "$@" || true
}

# What the fixture puts into the documents, and must come out as data.
script='<script>alert(1)</script>'
cell='</td><td>x'
hyperlink='=HYPERLINK("http://evil.example","click")'
cmd="+cmd|' /C calc'!A0"
at_sum='@SUM(1+1)'
minus='-2+3'
pipes='a | b | c'
# shellcheck disable=SC2016  # backticks meant literally
ticks='`code`'
link='[link](javascript:alert(1))'
quotes='"quotes"'
apostrophes="'apostrophes'"
tab=$'\t=1+1'
entity='&amp;'
# The lists below are read through a nameref in expect_args (hence the SC2034 directives).
# The scope folds whitespace into single spaces, so its leading TAB does not survive (by design).
scope_expect=("$script" "$cell" "$hyperlink" "$cmd" "$at_sum" "$minus" "$pipes" "$ticks" "$link" "$quotes"
  "$apostrophes" "$entity")
# shellcheck disable=SC2034
soa_expect=("${scope_expect[@]}" "$tab")
# The report shows the organisation name and the SOA008 warnings quoting short justifications.
# shellcheck disable=SC2034
report_expect=("$script" "$cell" "$pipes" "$tab" "$minus" "$at_sum" "$ticks" "$entity" "'Co'" '"x"')
# The management review pack shows the organisation name, evidence titles and the
# requirements confirmed since the last review (every confirmed one: the fixture records no
# review).
# shellcheck disable=SC2034
review_expect=("$script" "$cell" "$entity" "$hyperlink" "$at_sum" "$link" "$quotes" "$apostrophes")
# The plain-text scope is the certificate statement.
# shellcheck disable=SC2034
txt_expect=("$script" "$cell" "$pipes" "$ticks" "$link" "$quotes" "$apostrophes" "$entity")

# expect_args LIST: sets EXPECT_ARGS to --expect=TEXT for each TEXT of the array named LIST.
expect_args() {
  local -n texts=$1
  EXPECT_ARGS=()
  local text
  for text in "${texts[@]}"; do EXPECT_ARGS+=("--expect=$text"); done
}

# inert WHAT SYNTAX FILE ARGS...: the checker must accept FILE.
inert() {
  local what=$1
  shift
  local rc=0
  "$PY" "$check" "$@" >checker.out 2>&1 || rc=$?
  if [ "$rc" -ne 0 ]; then
    fail "$what is not inert (check_injection.py $1 exited $rc):"
    sed 's/^/    | /' checker.out | head -40 >&2
  fi
}

# rejected WHAT SYNTAX FILE ARGS...: negative control, the checker must reject FILE (exit 1).
rejected() {
  local what=$1
  shift
  local rc=0
  "$PY" "$check" "$@" >checker.out 2>&1 || rc=$?
  if [ "$rc" -ne 1 ]; then
    fail "negative control: the $1 checker exited $rc on $what, expected 1 (rejected)"
    sed 's/^/    | /' checker.out | head -20 >&2
  fi
}

cd "$WORK"
cp -R "$fixture" injection

# The fixture loads without errors (its SOA008 warnings are deliberate), so nothing is forced.
run_isms check check injection --as-of "$as_of" || true
expect_rc 0 "isms check tests/render/injection"
if [ "$RC" -ne 0 ]; then sed 's/^/    | /' check.out | head -40 >&2; fi

# The SoA as json: the csv checker compares every csv cell with it.
render soa-data soa injection --format json --as-of "$as_of"
expect_rc 0 "isms render soa --format json of the injection fixture"
mv soa-data.out soa-data.json

declare -A formats=([scope]="md html txt json" [soa]="md html csv xlsx json" [report]="md html json"
  [review]="md html json")
# The review pack has fewer tables: without the operating registers it lists in prose.
declare -A min_tables=([scope]=3 [soa]=3 [report]=3 [review]=2)
for document in scope soa report review; do
  for format in ${formats[$document]}; do
    name="$document.$format"
    # CSV keeps a CR inside a quoted field as data only in a file: on standard output, which a
    # terminal or a CI log reads, it is shown as \r (tests/scripts/stream_guard.sh).
    if [ "$format" = csv ]; then
      render "$name" "$document" injection --format "$format" --as-of "$as_of" -o "$name.file"
    else
      render "$name" "$document" injection --format "$format" --as-of "$as_of"
    fi
    expect_rc 0 "isms render $document --format $format of the injection fixture"
    if [ "$RC" -ne 0 ]; then sed 's/^/    | /' "$name.err" | head -20 >&2; continue; fi
    [ -s "$name.err" ] && fail "isms render $document --format $format wrote to stderr: $(head -3 "$name.err")"
    if [ "$format" = csv ]; then mv "$name.file" "$name"; else mv "$name.out" "$name"; fi
    case $format in
      txt) expect_args txt_expect ;;
      *) expect_args "${document}_expect" ;;
    esac
    case $format in
      html | md)
        inert "$document as $format" "$format" "$name" --templates "$templates" --min-tables "${min_tables[$document]}" "${EXPECT_ARGS[@]}" ;;
      csv) inert "$document as csv" csv "$name" --json soa-data.json "${EXPECT_ARGS[@]}" ;;
      xlsx) if [ "$have_openpyxl" = true ]; then inert "$document as xlsx" xlsx "$name" "${EXPECT_ARGS[@]}"; fi ;;
      json | txt) inert "$document as $format" "$format" "$name" "${EXPECT_ARGS[@]}" ;;
    esac
  done
done
if [ "$have_openpyxl" = true ] && [ -f soa.xlsx ] && [ -f soa.csv ]; then
  if ! "$PY" "$check_xlsx" soa.xlsx soa.csv "$as_of"; then
    fail "the SoA workbook of the injection fixture does not match its csv (check_xlsx.py, see above)"
  fi
fi

# Negative controls: unsafe samples every checker must reject, and safe ones it must accept.
mkdir samples
cd samples
printf '<table><tr><td>&lt;script&gt;alert(1)&lt;/script&gt;</td><td colspan="2">b</td></tr><tr><td>a</td><td>b</td><td>c</td></tr></table>\n' >safe.html
inert "a safe html sample" html safe.html --templates "$templates" "--expect=$script"
printf '<p>%s</p>\n' "$script" >script.html
rejected "an html with <script>" html script.html --templates "$templates"
printf '<table><tr><td>a</td><td>b</td></tr><tr><td>a</td><td></td><td>x</td></tr></table>\n' >cell.html
rejected "an html table row with an extra cell" html cell.html --templates "$templates"
printf '<p><a href=" javascript:alert(1)">x</a></p>\n' >href.html
rejected "an html link to javascript:" html href.html --templates "$templates"
printf '<p onmouseover="alert(1)">x</p>\n' >handler.html
rejected "an html with an onmouseover attribute" html handler.html --templates "$templates"
printf '<p><iframe src="https://evil.example"></iframe></p>\n' >iframe.html
rejected "an html with a tag the templates do not write" html iframe.html --templates "$templates"
printf '<p>&lt;script&gt;</p>\n' >missing.html
rejected "an html that lost the hostile text" html missing.html --templates "$templates" "--expect=$script"

# shellcheck disable=SC2016  # backticks meant literally
printf '| A | B |\n|---|---|\n| a \\| b | `c` &lt;script&gt; |\n' >safe.md
inert "a safe Markdown sample" md safe.md --templates "$templates" "--expect=a | b" "--expect=<script>"
printf '| A | B |\n|---|---|\n| a | b | c |\n' >pipe.md
rejected "a Markdown table row with an extra pipe" md pipe.md --templates "$templates"
printf '| A |\n|---|\n| a \\\\| b |\n' >backslash.md
rejected "a Markdown cell whose pipe follows an escaped backslash" md backslash.md --templates "$templates"
printf 'Text %s\n' "$script" >script.md
rejected "a Markdown with raw <script>" md script.md --templates "$templates"
printf '| A |\n|---|\n| x</td><td>y |\n' >td.md
rejected "a Markdown with raw </td>" md td.md --templates "$templates"
printf 'See %s\n' "$link" >link.md
rejected "a Markdown with an unescaped javascript: link" md link.md --templates "$templates"

printf '"Control","Title"\n"'"'"'=1+1","x"\n' >safe.csv
inert "a safe csv sample" csv safe.csv "--expect==1+1"
printf '"Control","Title"\n=HYPERLINK("http://evil.example","click"),"x"\n' >unquoted.csv
rejected "a csv line starting with =HYPERLINK" csv unquoted.csv
printf '"Control","Title"\n"=HYPERLINK(""http://evil.example"",""click"")","x"\n' >formula.csv
rejected "a quoted csv field starting with =" csv formula.csv
printf '"Control","Title"\n"\t=1+1","x"\n' >tab.csv
rejected "a csv field starting with TAB" csv tab.csv
printf '"Control","Title"\n"a","b","c"\n' >wide.csv
rejected "a csv row wider than the header" csv wide.csv
printf '"Control","Title"\n"a",\n' >empty.csv
rejected "a csv with an empty field that is not quoted" csv empty.csv
printf '\n"Control","Title"\n"a","b"\n' >blank.csv
rejected "a csv whose first line is blank" csv blank.csv
if [ -f ../soa.csv ]; then
  # The real csv with one cell changed, still guarded: only the comparison with the json sees it.
  sed "s/\"'@SUM(1+1)\"/\"'@SUM(2+2)\"/" ../soa.csv >changed.csv
  if cmp -s ../soa.csv changed.csv; then
    fail "negative control: the injection csv has no cell \"'@SUM(1+1)\" to change"
  else
    rejected "a csv whose cell differs from the json data" csv changed.csv --json ../soa-data.json
  fi
fi

printf '{"name": "&lt;script&gt;"}\n' >missing.json
rejected "a json that lost the hostile text" json missing.json "--expect=$script"
printf '{"name": "%s",}\n' "$script" >invalid.json
rejected "an invalid json" json invalid.json
printf 'The ISMS covers &lt;script&gt;\n' >missing.txt
rejected "a text that lost the hostile text" txt missing.txt "--expect=$script"

if [ "$have_openpyxl" = true ]; then
  "$PY" - <<'PYTHON'
import openpyxl

def workbook(name, value):
    book = openpyxl.Workbook()
    book.active["A1"] = "Control"
    book.active["A2"] = value  # openpyxl stores a text beginning with = as a formula
    book.save(name)

workbook("safe.xlsx", "'=1+1")
workbook("formula.xlsx", '=HYPERLINK("http://evil.example","click")')
workbook("at.xlsx", "@SUM(1+1)")
workbook("minus.xlsx", "-2+3")
PYTHON
  inert "a safe xlsx sample" xlsx safe.xlsx "--expect==1+1"
  rejected "an xlsx with a formula" xlsx formula.xlsx
  rejected "an xlsx cell beginning with @" xlsx at.xlsx
  rejected "an xlsx cell beginning with -" xlsx minus.xlsx
fi
cd ..

if [ "$have_openpyxl" != true ]; then
  [ "$FAILURES" -ne 0 ] && finish
  skip_or_fail "the xlsx checks need $PY with openpyxl; the set-up must install python3-openpyxl" \
    "(scripts/dev test installs it); every other check passed"
fi
finish
