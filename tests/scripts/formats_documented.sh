#!/usr/bin/env bash
# The formats of `isms check` are listed once, in src/output/formats.h; --format takes exactly
# those, the completion scripts offer them, and the format table of docs/reference/output.md
# lists the same, in the same order. A format added to the list without a page fails here.
source "$(dirname "$0")/lib/common.bash"
cd "$WORK" || exit 1

run_isms help check --help
expect_rc 0 "isms check --help"
binary=$(sed -n 's/^ *--format TEXT:{\([^}]*\)}.*/\1/p' help.out | tr ',' ' ')
[ -n "$binary" ] || fail "isms check --help shows no --format choices"

# The first column of the table under "| format | for | details |", each name in backticks.
documented=$(awk '/^\| format \| for \| details \|/ { table = 1; next }
                  table && !/^\|/ { exit }
                  table && /^\| `/ { split($0, cells, "`"); print cells[2] }' "$PROJECT/docs/reference/output.md" |
             tr '\n' ' ' | sed 's/ $//')
[ "$documented" = "$binary" ] ||
  fail "docs/reference/output.md lists the formats '$documented', isms check --format takes '$binary'"

run_isms fish completion fish
expect_rc 0 "isms completion fish"
completed=$(sed -n "s/^complete -c isms -n '__fish_seen_subcommand_from check' -l format -x -a '\([^']*\)'.*/\1/p" fish.out)
[ "$completed" = "$binary" ] || fail "the fish completion offers '$completed' for check --format, not '$binary'"
finish
