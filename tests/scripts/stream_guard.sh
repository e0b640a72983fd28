#!/usr/bin/env bash
# No repository content makes isms write a control sequence, or a line a GitHub Actions runner
# reads as a workflow command, to standard output or standard error. A repository whose values,
# file names and templates hold ESC sequences (screen clear, OSC 52 clipboard write, OSC 8
# link), bidirectional overrides, C1 controls, CR, line separators, "\n::error file=...::" and
# "##[...]" goes through every command and output format; tests/streams/check_streams.py reads
# each stream back. Also checked: a value never breaks a line of the text output (a newline in
# it is shown as \n), and colour output keeps only SGR colour sequences.
source "$(dirname "$0")/lib/common.bash"
command -v python3 >/dev/null || skip_or_fail "python3 is needed to read the streams back"
PROJECT=$(cd "$PROJECT" && pwd)
checker="$PROJECT/tests/streams/check_streams.py"
as_of=(--as-of 2026-11-22)
cd "$WORK" || exit 1

# The hostile values, written as YAML double-quoted escapes by python so that no shell or sed
# interprets a backslash on the way.
make_base_repo repo
python3 - repo <<'PY'
import sys
root = sys.argv[1]
evil = (r"\e[2J\e]52;c;cHduZWQ=\a\e]8;;https://evil.example\e\\link\e]8;;\e\\\u202Eevil\x85"
        r"\r::warning::cr\u2028\n::error file=a.yaml,line=1::pwned\n  ::notice::indented ##[error]legacy")
edits = {
    "assets.yaml": [("    name: Customer database", f'    name: "Customer {evil}"'),
                    ("classification: confidential", f'classification: "{evil}"')],
    "risks.yaml": [("assets: [AST-001]", f'assets: ["AST-1 {evil}"]'), ("title: Database leak", f'title: "{evil}"')],
    "scope.yaml": [("statement: The ISMS covers the Example product.", f'statement: "The ISMS covers {evil}"')],
}
for name, pairs in edits.items():
    path = f"{root}/{name}"
    text = open(path).read()
    for old, new in pairs:
        assert old in text, (name, old)
        text = text.replace(old, new)
    open(path, "w").write(text)
PY
# A register folder whose file names hold a newline with a workflow command, and the legacy form.
mkdir -p repo/evidence
printf 'register:\n  version: "1.0"\n  owner: CISO\nevidence:\n  - id: EV-1\n    title: x\n    bogus: 1\n' >repo/evidence/"a
::error file=x::name.yaml"
printf 'register:\n  version: "1.0"\n  owner: CISO\nevidence:\n  - id: EV-2\n    title: y\n    bogus: 1\n' >repo/evidence/'##[group]b.yaml'
# A repository template that writes workflow commands and control sequences of its own.
mkdir -p repo/templates
printf '::error::from a template\n##[warning]legacy\n\033[2Jclear {{statement}}\r::notice::cr\n' >repo/templates/scope.txt.mustache
printf '<p>\n::error::from a template\n##[error]x \342\200\256 \033]52;c;x\007</p>\n' >repo/templates/scope.html.mustache
printf 'render:\n  templates: templates\n' >>repo/isms.yaml
cp -r repo repo2
sed -i 's|likelihood: 2|likelihood: 3|' repo2/risks.yaml

runs=0
# stream NAME FLAGS... -- ARGS...: runs isms ARGS and checks both streams with the checker FLAGS.
stream() {
  local name=$1 flags=()
  shift
  while [ "$1" != -- ]; do flags+=("$1"); shift; done
  shift
  run_isms "$WORK/$name" "$@"
  if [ "$RC" -gt 3 ]; then fail "isms $*: exit code $RC"; fi
  if ! python3 "$checker" "${flags[@]}" "$WORK/$name.out" "$WORK/$name.err" >"$WORK/$name.problems"; then
    fail "isms $* wrote unsafe bytes:"
    sed 's/^/    | /' "$WORK/$name.problems" | head -10 >&2
  fi
  runs=$((runs + 1))
}

for format in text json sarif junit github codequality; do
  flags=()
  [ "$format" = github ] && flags=(--github)
  stream "check-$format" "${flags[@]}" -- check repo "${as_of[@]}" --format "$format"
done
stream check-color --color -- check repo "${as_of[@]}" --color always
stream check-quiet -- check repo "${as_of[@]}" --quiet
for document in scope soa report review; do
  for format in md html txt csv json; do
    stream "render-$document-$format" -- render "$document" repo "${as_of[@]}" --format "$format" --force
  done
done
stream render-refused -- render scope repo "${as_of[@]}"
# What isms writes to a file is what it would write to standard output: a later step of the
# same job often prints the file into the log. A report, a document (from the data and from the
# repository's own template) and a diff, each written with -o, are read back like a stream.
# (CSV and xlsx files are spreadsheet data and keep every byte: render_injection.sh.)
to_file() {
  local name=$1
  shift
  run_isms "$WORK/$name" "$@" -o "$WORK/$name.file"
  if [ "$RC" -gt 3 ]; then fail "isms $*: exit code $RC"; fi
  if ! python3 "$checker" "$WORK/$name.file" >"$WORK/$name.problems"; then
    fail "isms $* -o FILE wrote unsafe bytes to the file:"
    sed 's/^/    | /' "$WORK/$name.problems" | head -5 >&2
  fi
  runs=$((runs + 1))
}
to_file check-text-file check repo "${as_of[@]}" --force
to_file check-json-file check repo "${as_of[@]}" --format json --force
for format in txt md html; do
  to_file "render-scope-$format-file" render scope repo "${as_of[@]}" --format "$format" --force
done
to_file diff-text-file diff "${as_of[@]}" "$WORK/repo" "$WORK/repo2" --force
expect_grep "$WORK/render-scope-txt-file.file" '\e[2Jclear' "the txt file shows the template's ESC as \\e"
for format in text md json; do
  stream "diff-$format" -- diff "${as_of[@]}" --format "$format" "$WORK/repo" "$WORK/repo2"
done
stream approve -- approve register assets repo --by "Jane" --role CEO --date 2026-11-22
stream baseline -- baseline repo "${as_of[@]}" -o -
printf 'Control,Title,Applicable,Justification\n"A.5.1","x\033[2J\n::error::y",yes,"##[error]z"\n' >soa.csv
stream import -- import soa soa.csv -o -
stream import-into-repo -- import soa soa.csv --repo repo
printf 'Ref,Applicable (Y/N),Justification,Implementation status,Control owner\n"A.5.1.1",Y,"x\033]52;c;eA==\007\n::error::y",Implemented,"##[error]z \342\200\256"\n' >soa-2013.csv
stream migrate -- migrate soa soa-2013.csv --from 2013 -o -
printf 'Ref,Applicable (Y/N),Justification,Implementation status\n"A.9\033[2J\n::error::id",Y,x,Implemented\n' >bad-2013.csv
stream migrate-refused -- migrate soa bad-2013.csv --from 2013 -o -

# A value never breaks a line of the text output: the hostile asset id stays on its finding's line.
if ! grep -q "refers to 'AST-1 Customer\|refers to 'AST-1 " "$WORK/check-text.out"; then
  fail "the REF001 finding with the hostile id is missing from the text output"
fi
if grep -q "^pwned\|^  ::notice" "$WORK/check-text.out"; then fail "a value broke a line of the text output"; fi
expect_grep "$WORK/check-text.out" '\n::error file=a.yaml,line=1::pwned\n' "a newline in a value is shown as \\n"
expect_grep "$WORK/check-text.out" '\e[2J\e]52;c;' "ESC is shown as \\e"
expect_grep "$WORK/check-text.out" '\u202e' "a bidirectional override is shown as \\u202e"
echo "$runs commands checked"
finish
