#!/usr/bin/env bash
# Repository templates are hostile data (CI renders untrusted pull requests). With the
# injection fixture's data (markup and spreadsheet formulas in justifications and owners):
#   - {{{x}}}, {{& x}} and {{& x}} under other delimiters write exactly what {{x}} writes, in
#     html, md, csv and txt: markup escaped, formulas quoted with their guard apostrophe;
#   - a partial tag never takes a data field as a template;
#   - a partial that includes itself, partials that include each other, partials that
#     multiply the output, sections over lists that multiply the work and sections nested
#     thousands deep each end with exit 2 and a message naming the template, never a signal
#     or an allocation failure, within 2 GiB of address space.
source "$(dirname "$0")/lib/common.bash"
PROJECT=$(cd "$PROJECT" && pwd)
limit_address_space

cd "$WORK" || exit 1
cp -r "$PROJECT/tests/render/injection" repo
as_of=2026-11-22

# same_output NAME DOCUMENT FORMAT ESCAPED UNESCAPED: renders DOCUMENT as FORMAT with the body
# ESCAPED, then UNESCAPED, inside a loop over the SoA controls; both must succeed and agree.
same_output() {
  local name=$1 document=$2 format=$3
  local body
  for variant in escaped unescaped; do
    [ $variant = escaped ] && body=$4 || body=$5
    mkdir -p "tpl-$name-$variant"
    printf '{{#soa.themes}}{{#controls}}%s\n{{/controls}}{{/soa.themes}}' "$body" \
      >"tpl-$name-$variant/$document.$format.mustache"
    run_isms "$name-$variant" render "$document" repo --format "$format" --templates "tpl-$name-$variant" --as-of $as_of
    expect_rc 0 "$name ($variant)"
  done
  cmp -s "$name-escaped.out" "$name-unescaped.out" ||
    fail "$name: '$5' does not write what '$4' writes: $(diff "$name-escaped.out" "$name-unescaped.out" | head -5)"
}

for format in html md csv; do
  same_output "triple-$format" soa "$format" '[{{justification}}|{{owner}}]' '[{{{justification}}}|{{{owner}}}]'
  same_output "ampersand-$format" soa "$format" '[{{justification}}|{{owner}}]' '[{{& justification}}|{{&owner}}]'
  same_output "delimiters-$format" soa "$format" '[{{justification}}|{{owner}}]' \
    '[{{=<% %>=}}<%& justification %>|<%{owner}%><%={{ }}=%>{{{owner}}}]'
done
# In txt nothing is escaped, so the forms agree trivially; they must still render.
same_output "triple-txt" scope txt '{{id}}' '{{{id}}}'

# HTML: the markup of the data is text, however the template asks for it.
expect_grep triple-html-unescaped.out '[&lt;script&gt;alert(1)&lt;/script&gt;|' "the escaped justification in html"
grep -q '<script' triple-html-unescaped.out ampersand-html-unescaped.out delimiters-html-unescaped.out &&
  fail "a template wrote the data's <script> raw"
# CSV: every value is a quoted field and no cell starts with a formula.
expect_grep triple-csv-unescaped.out "[\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"|\"'@SUM(1+1)\"]" \
  "the quoted, guarded formula in csv"
grep -qE '(^|,|\[|\|)[=+@-]' triple-csv-unescaped.out ampersand-csv-unescaped.out &&
  fail "a csv cell starts with a formula"

# A partial tag names a partial, never a data field: the justification is not a template.
mkdir tpl-data-partial
printf '{{#soa.themes}}{{#controls}}[{{> justification}}]{{/controls}}{{/soa.themes}}\n' \
  >tpl-data-partial/soa.html.mustache
run_isms data-partial render soa repo --format html --templates tpl-data-partial --as-of $as_of
expect_rc 0 "a partial tag named like a data field"
grep -q '<script' data-partial.out && fail "a data field was rendered as a partial, unescaped"

# expect_refused NAME MESSAGE: the render of tpl-NAME ended with exit 2 and MESSAGE.
expect_refused() {
  run_isms "$1" render soa repo --templates "tpl-$1" --as-of $as_of
  expect_rc 2 "$1"
  expect_grep "$1.err" "$2" "the message for $1"
  [ -s "$1.out" ] && fail "$1: a refused render printed a document"
}

mkdir -p tpl-self/partials
printf '{{> loop}}\n' >tpl-self/soa.md.mustache
printf 'again {{> loop}}\n' >tpl-self/partials/loop.mustache
expect_refused self "isms: error: template soa.md.mustache: partial loop includes itself (loop > loop)"

mkdir -p tpl-mutual/partials
printf '{{> ping}}\n' >tpl-mutual/soa.md.mustache
printf '{{#soa.themes}}{{> pong}}{{/soa.themes}}\n' >tpl-mutual/partials/ping.mustache
printf '{{> ping}}\n' >tpl-mutual/partials/pong.mustache
expect_refused mutual "template soa.md.mustache: partial ping includes itself (ping > pong > ping)"

# Each level includes the next 10 times, 8 levels deep, over 1 KiB of text: 100 TB of output.
mkdir -p tpl-multiply/partials
tens() { local i; for i in 1 2 3 4 5 6 7 8 9 10; do printf '{{> %s}}' "$1"; done; echo; }
tens p1 >tpl-multiply/soa.md.mustache
for level in 1 2 3 4 5 6 7; do tens "p$((level + 1))" >"tpl-multiply/partials/p$level.mustache"; done
head -c 1024 /dev/zero | tr '\0' x >tpl-multiply/partials/p8.mustache
expect_refused multiply "template soa.md.mustache would render more than 64 MiB"

# Sections over the controls inside sections over the controls, 4 deep: 93^4 iterations and
# no output.
mkdir tpl-work
loop='{{#soa.themes}}{{#controls}}'
end='{{/controls}}{{/soa.themes}}'
printf "%s%s%s%s%s%s%s%s\n" "$loop" "$loop" "$loop" "$loop" "$end" "$end" "$end" "$end" >tpl-work/soa.md.mustache
expect_refused work "template soa.md.mustache takes more than 10000000 rendering steps"

# 60 000 nested sections: deep enough for a recursive parser to overflow the stack.
mkdir tpl-nested
{ for _ in $(seq 60000); do printf '{{#soa}}'; done; for _ in $(seq 60000); do printf '{{/soa}}'; done; } \
  >tpl-nested/soa.md.mustache
expect_refused nested "template soa.md.mustache nests sections more than 32 deep"

# Partials chained 17 deep.
mkdir -p tpl-chain/partials
printf '{{> c1}}\n' >tpl-chain/soa.md.mustache
for level in $(seq 16); do printf '{{> c%d}}\n' $((level + 1)) >"tpl-chain/partials/c$level.mustache"; done
printf 'end\n' >tpl-chain/partials/c17.mustache
expect_refused chain "template soa.md.mustache includes partials more than 16 levels deep (c1 > c2 > "

finish
