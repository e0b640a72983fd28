#!/usr/bin/env python3
"""Checks that bytes isms wrote to standard output or standard error are safe for a terminal and
for a CI log, whatever the repository held.

Usage: check_streams.py [--github] [--color] FILE...

Fails (exit 1, one line per problem) when a file holds:
  - a control character other than LF and TAB (C0, DEL, C1), a bidirectional control, or U+2028/U+2029;
  - with --color, an ESC that does not start an SGR colour sequence; without it, any ESC;
  - a line (split at LF and at CR, as a runner splits) that starts with `::` after blanks; with
    --github, such a line must be one of the workflow commands isms writes (error, warning, notice);
  - `##[` anywhere.
"""

import re
import sys

BIDI = set([0x061C, 0x200E, 0x200F, 0x2028, 0x2029] + list(range(0x202A, 0x202F)) + list(range(0x2066, 0x206A)))
SGR = re.compile(r"\x1b\[[0-9;]*m")
COMMAND = re.compile(r"^::(error|warning|notice)( [^:]*)?::")


def problems_of(path, github, color):
    data = open(path, "rb").read()
    text = data.decode("utf-8", errors="replace")
    problems = []
    if color:
        text_without_sgr = SGR.sub("", text)
    else:
        text_without_sgr = text
    for index, char in enumerate(text_without_sgr):
        code = ord(char)
        if char in "\n\t":
            continue
        if code < 0x20 or 0x7F <= code <= 0x9F or code in BIDI:
            problems.append(f"{path}: control character U+{code:04X} at character {index}")
            break
    for number, line in enumerate(re.split(r"\r\n|\r|\n", text), start=1):
        stripped = line.lstrip(" \t")
        if stripped.startswith("::") and not (github and COMMAND.match(stripped)):
            problems.append(f"{path}:{number}: a line a runner reads as a workflow command: {line[:80]!r}")
        if "##[" in line:
            problems.append(f"{path}:{number}: '##[' a runner reads as a command: {line[:80]!r}")
    if "\r" in text:
        problems.append(f"{path}: a CR, which a terminal and a runner take for a line break")
    return problems


def main():
    args = sys.argv[1:]
    github = "--github" in args
    color = "--color" in args
    files = [a for a in args if not a.startswith("--")]
    problems = []
    for path in files:
        problems += problems_of(path, github, color)
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
