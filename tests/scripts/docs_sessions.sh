#!/usr/bin/env bash
# The console sessions shown in the docs are what the binary prints: tests/docs/run_doc.py runs
# each page's commands (and its hidden steps, which make the edits the page asks for) in order,
# on the date the page states, and compares every block with the page. Rewrite the blocks from
# the binary with `tests/docs/run_doc.py build/isms PAGE --update`, then review the prose.
source "$(dirname "$0")/lib/common.bash"
PROJECT=$(cd "$PROJECT" && pwd)
command -v python3 >/dev/null || skip_or_fail "python3 is needed to run the pages' sessions"
for page in docs/tutorial.md docs/reference/commands.md docs/howto/editor.md; do
  python3 "$PROJECT/tests/docs/run_doc.py" "$BIN" "$PROJECT/$page"
  case $? in
    0) ;;
    77) skip_or_fail "libfaketime and jq are needed (scripts/dev test installs them)" ;;
    *) fail "$page shows output the binary does not print (see above)" ;;
  esac
done
# Every command has its --help block in the command reference, which the session above keeps
# equal to what the binary prints; a new command without one fails here.
"$BIN" --help >"$WORK/help.out" || fail "isms --help failed"
grep -qxF '$ isms --help' "$PROJECT/docs/reference/commands.md" || fail "docs/reference/commands.md has no 'isms --help' block"
commands=$(sed -n '/^Subcommands:/,$p' "$WORK/help.out" | awk 'NR > 1 && NF { print $1 }')
[ -n "$commands" ] || fail "isms --help lists no commands"
for command in $commands; do
  grep -qxF "\$ isms $command --help" "$PROJECT/docs/reference/commands.md" ||
    fail "docs/reference/commands.md has no 'isms $command --help' block"
done
finish
