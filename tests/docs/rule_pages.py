#!/usr/bin/env python3
"""Checks that each rule page's failing example is what the binary does on the rule's fixture.

Usage: rule_pages.py ISMS_BINARY PROJECT_DIR [--update]

For every docs/rules/CODE.md whose "## Failing example" section holds a ```text block (a
later ```text block of the section runs on the overlay LATER_BLOCKS names instead of fail):

  1. base + fail overlay: tests/rules/base is copied to a temporary folder and
     tests/rules/CODE/fail laid over it (its files replace the base's; a file named DELETE lists
     base files to remove), as the rule fixture test does.
  2. The output: `isms check --as-of 2026-11-22 --format text` runs there with NO_COLOR=1 and
     TZ=UTC. Its findings are taken for the codes the ```text block names in "[CODE]" (at least
     the page's own code), each finding line with the indented lines under it (source excerpt,
     caret, help). Every non-blank line of the ```text block must be one of those lines,
     verbatim, in the same order; lines of findings the block leaves out may come in between.
  3. The snippet: every line of the section's ```yaml blocks, whitespace-trimmed and without a
     trailing comment ("  # ..."), that is not blank, not a comment (starts with "#") and not
     "..." must be a whole line, trimmed, of some file of base + overlay (so of the overlay, or
     of a base file the overlay leaves); a "..." within the line stands for any text.

A page whose code has no fail overlay must be listed in SHOWN_NOT_RUN with the reason, else it
fails: a new rule's page is covered as soon as it exists. With --update, each ```text block is
rewritten with the binary's lines for the codes it names; review the page's prose afterwards.
Exit code: 0 when every page agrees, 1 otherwise.
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile

AS_OF = "2026-11-22"

# The pages whose output cannot come from `isms check` on a fixture, and why. Every other page
# with a ```text block needs tests/rules/CODE/fail (for a code reported while the registers are
# read, such as SCH003, that overlay exists for its page alone: the fixture test runs rules).
SHOWN_NOT_RUN = {
    "BSL001": "a finding about the baseline file given with --baseline, not about registers",
    "BSL002": "a finding about the baseline file given with --baseline, not about registers",
    "IO001": "a console session: a dangling symlink, and a repository folder that does not exist",
    "IO002": "a file that is not UTF-8 text, which a fixture kept in git as text cannot be",
    "IO003": "a file over 64 MiB",
    "IO004": "a repository of more than 20000 files",
    "IO005": "a console session (ls, then isms check)",
    "IO006": "a symlink that leads outside the repository",
    "IO007": "a console session on a folder holding a bare git repository",
    "MAN001": "a console session on a folder without isms.yaml",
    "REG004": "a console session (ls, then isms check) on a repository without scope.yaml",
    "YML003": "the block shortens the 64-level line the finding quotes",
    "YML005": "a value over 1 MiB",
}

# A failing example may show more than one case: each ```text block after the first runs on the
# overlay named here, tests/rules/CODE/NAME, laid over base like fail.
LATER_BLOCKS = {
    "CFG002": ["outside"],
    "DOC007": ["programme-only"],
    "DOC008": ["procedure-only"],
    "SCH001": ["quoted-number", "list-at-top-level"],
    "SCH006": ["review-period"],
    "YML001": ["unclosed-quote"],
}

# "FILE:LINE:COLUMN: SEVERITY: MESSAGE [CODE]" (without LINE:COLUMN for a whole file)
FINDING = re.compile(r"^\S.*: (error|warning|note): .* \[([A-Z]+[0-9]+)\]$")
CODE_TAG = re.compile(r"\[([A-Z]+[0-9]+)\]$")


def failing_example(lines):
    """(start, end) of the lines of the "## Failing example" section, or None."""
    start = next((i for i, line in enumerate(lines) if line.strip() == "## Failing example"), None)
    if start is None:
        return None
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
    return start + 1, end


def blocks(lines, start, end, language):
    """(first, last) line indexes of the bodies of the ```LANGUAGE blocks in lines[start:end]."""
    found, i = [], start
    while i < end:
        if lines[i].strip() == "```" + language:
            close = next((j for j in range(i + 1, end) if lines[j].strip() == "```"), end)
            found.append((i + 1, close))
            i = close
        i += 1
    return found


def build_fixture(project, code, overlay_name, work):
    """base + tests/rules/CODE/OVERLAY_NAME in work; False when there is no such overlay."""
    overlay = os.path.join(project, "tests", "rules", code, overlay_name)
    if not os.path.isdir(overlay):
        return False
    shutil.copytree(os.path.join(project, "tests", "rules", "base"), work)
    for folder, _, names in os.walk(overlay):
        for name in names:
            source = os.path.join(folder, name)
            relative = os.path.relpath(source, overlay)
            if relative == "DELETE":
                for listed in open(source, encoding="utf-8").read().split("\n"):
                    target = os.path.join(work, listed)
                    if listed and os.path.isdir(target):
                        shutil.rmtree(target)
                    elif listed and os.path.exists(target):
                        os.remove(target)
            else:
                os.makedirs(os.path.dirname(os.path.join(work, relative)), exist_ok=True)
                shutil.copyfile(source, os.path.join(work, relative))
    return True


def run_check(binary, work):
    environment = {k: v for k, v in os.environ.items() if k not in ("GITHUB_STEP_SUMMARY", "GITHUB_ACTIONS")}
    environment.update(NO_COLOR="1", TZ="UTC")
    result = subprocess.run([binary, "check", "--as-of", AS_OF, "--format", "text"], cwd=work,
                            env=environment, capture_output=True, text=True, timeout=120)
    return (result.stdout + result.stderr).split("\n")


def findings_of(output, codes):
    """The output's finding lines of the given codes, each with the indented lines under it."""
    selected, keep = [], False
    for line in output:
        match = FINDING.match(line)
        if match:
            keep = match.group(2) in codes
        elif not line.startswith(" "):
            keep = False
        if keep:
            selected.append(line)
    return selected


def first_mismatch(expected, printed):
    """The first expected line not found, in order, among the printed ones; None when all are."""
    position = 0
    for line in expected:
        try:
            position = printed.index(line, position) + 1
        except ValueError:
            return line
    return None


def fixture_lines(work):
    lines = set()
    for folder, _, names in os.walk(work):
        for name in names:
            with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as stream:
                lines.update(line.strip() for line in stream)
    return lines


TRAILING_COMMENT = re.compile(r"\s+#\s.*$")


def snippet_mismatches(snippet, present):
    """The snippet's lines that are no line of the fixture (see the rule above)."""
    missing = []
    for line in snippet:
        trimmed = TRAILING_COMMENT.sub("", line).strip()
        if not trimmed or trimmed.startswith("#") or trimmed == "...":
            continue
        if "..." in trimmed:
            pattern = re.compile(".*".join(map(re.escape, trimmed.split("..."))))
            if not any(pattern.fullmatch(candidate) for candidate in present):
                missing.append(trimmed)
        elif trimmed not in present:
            missing.append(trimmed)
    return missing


def run_overlay(binary, project, code, overlay):
    """(output lines, set of trimmed fixture lines) of base + tests/rules/CODE/OVERLAY, or None."""
    with tempfile.TemporaryDirectory() as temporary:
        work = os.path.join(temporary, "repository")
        if not build_fixture(project, code, overlay, work):
            return None
        return run_check(binary, work), fixture_lines(work)


def check_page(binary, project, path, update, problems):
    code = os.path.basename(path)[:-3]
    lines = open(path, encoding="utf-8").read().split("\n")
    section = failing_example(lines)
    text_blocks = blocks(lines, *section, "text") if section else []
    if not text_blocks:
        return "no output shown"
    if code in SHOWN_NOT_RUN:
        return "shown, not run: " + SHOWN_NOT_RUN[code]
    overlays = ["fail"] + LATER_BLOCKS.get(code, [])
    if len(text_blocks) > len(overlays):
        problems.append(f"{path}: the failing example has {len(text_blocks)} ```text blocks; name the "
                        f"fixture of each one after the first in LATER_BLOCKS of {__file__}")
        return "failed"
    runs = {}
    for overlay in overlays[:len(text_blocks)]:
        runs[overlay] = run_overlay(binary, project, code, overlay)
        if runs[overlay] is None:
            problems.append(f"{path}: the page shows output, but tests/rules/{code}/{overlay} does not exist "
                            "(add the fixture, or list the code in SHOWN_NOT_RUN with the reason)")
            return "failed"
    for first, last in blocks(lines, *section, "yaml"):
        for trimmed in snippet_mismatches(lines[first:last], runs["fail"][1]):
            problems.append(f"{path}: the failing example's line\n    {trimmed}\n  is in no file of "
                            f"tests/rules/base with tests/rules/{code}/fail laid over it")
    outcome = "ok"
    # From the last block to the first, so that rewriting one leaves the others' places alone.
    for (first, last), overlay in reversed(list(zip(text_blocks, overlays))):
        shown = [line for line in lines[first:last] if line.strip()]
        codes = {code} | {m.group(1) for m in map(CODE_TAG.search, shown) if m}
        printed = findings_of(runs[overlay][0], codes)
        if update:
            if shown != printed:
                lines[first:last] = printed
                outcome = "updated"
            continue
        missing = first_mismatch(shown, printed)
        if missing is not None:
            problems.append(f"{path}: the failing example's output shows\n    {missing}\n  which `isms check` "
                            f"does not print there (in that order) on tests/rules/{code}/{overlay}; for "
                            f"{', '.join(sorted(codes))} it prints:\n" + "\n".join("    | " + p for p in printed))
            outcome = "failed"
    if outcome == "updated":
        with open(path, "w", encoding="utf-8") as stream:
            stream.write("\n".join(lines))
    return outcome


def main():
    arguments = [a for a in sys.argv[1:] if a != "--update"]
    update = "--update" in sys.argv[1:]
    if len(arguments) != 2:
        sys.exit(__doc__)
    binary, project = (os.path.abspath(a) for a in arguments)
    rules = os.path.join(project, "docs", "rules")
    problems, tally = [], {}
    for name in sorted(os.listdir(rules)):
        if re.fullmatch(r"[A-Z]+[0-9]+\.md", name):
            before = len(problems)
            outcome = check_page(binary, project, os.path.join(rules, name), update, problems)
            if len(problems) > before:
                outcome = "failed"
            tally.setdefault(outcome, []).append(name[:-3])
    for outcome, codes in sorted(tally.items()):
        print(f"{outcome}: {len(codes)} ({' '.join(codes)})")
    for problem in problems:
        print("FAIL: " + problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
