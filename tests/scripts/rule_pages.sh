#!/usr/bin/env bash
# Each rule page's failing example is what the binary does on the rule's failing fixture:
# tests/docs/rule_pages.py lays tests/rules/CODE/fail over tests/rules/base, runs
# `isms check --as-of 2026-11-22` there (NO_COLOR=1, TZ=UTC, text format) and requires
#   - every line of the page's ```text block to be printed, verbatim and in order, among the
#     findings of the codes the block names (findings it leaves out may come in between), and
#   - every line of the page's failing ```yaml snippet, whitespace-trimmed and without a
#     trailing "  # comment", other than blank lines, comments and "...", to be a whole
#     (trimmed) line of some file of base + overlay; a "..." within a line stands for any text.
# Every page with a ```text block is checked, a new rule's page too; the few whose output cannot
# come from a fixture (console sessions, files over the limits, baselines) are listed in the
# helper's SHOWN_NOT_RUN with the reason.
# Rewrite the blocks from the binary, then review each page's snippet and prose:
#
#     UPDATE=1 tests/scripts/rule_pages.sh build/isms .
source "$(dirname "$0")/lib/common.bash"
PROJECT=$(cd "$PROJECT" && pwd)
command -v python3 >/dev/null || skip_or_fail "python3 is needed to check the rule pages"
update=()
if [ "${UPDATE:-}" = 1 ]; then update=(--update); fi
python3 "$PROJECT/tests/docs/rule_pages.py" "$BIN" "$PROJECT" "${update[@]}" ||
  fail "rule pages show failing examples the binary does not print on their fixtures (see above)"
finish
