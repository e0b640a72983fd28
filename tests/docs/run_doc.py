#!/usr/bin/env python3
"""Runs the console sessions of a Markdown page and compares what they print with the page.

Usage: run_doc.py ISMS_BINARY PAGE.md [--update]

A page is a session: its ```console blocks and its hidden steps run in order, in one temporary
folder, as a reader following the page would run them.

  ```console                   each "$ COMMAND" line is run with bash in the session's folder;
  $ isms check                 the lines after it, up to the next "$ " line, are what it must
  ...                          print (standard output and standard error together). A line
  21 errors, ...               "..." stands for any number of lines. "$?" is the exit code of
  ```                          the command before, as in a shell.

  <!-- doc-test               a hidden step: bash runs the body in the session's folder and it
  doc-replace x.yaml <<'E'    must succeed. It does what the page asks the reader to do by
  old                          hand, such as an edit shown as a YAML snippet. `doc-replace
  ====                         FILE` replaces the one occurrence of the text before the
  new                          "====" line with the text after it.
  E
  -->

A "cd DIR" command changes the session's folder. Commands run with NO_COLOR=1, TZ=UTC, `isms`
first on the PATH and its clock at 2026-11-22 12:00 UTC (libfaketime), the date the page
states. With --update, each block is rewritten with what its commands printed; in a block
shortened with "...", only the lines before the first "..." and after the last are.
Exit code: 0 when every block matches, 1 otherwise, 77 when a prerequisite is missing.
"""

import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile

FAKETIME_LIBRARY_CANDIDATES = [
    "/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1",
    "/usr/lib/aarch64-linux-gnu/faketime/libfaketime.so.1",
    "/usr/lib/faketime/libfaketime.so.1",
]
SESSION_DATE = "2026-11-22 12:00:00"
HIDDEN_STEP = re.compile(r"^<!-- doc-test\s*$")

# For hidden steps: "doc-replace FILE" reads OLD, a line "====" and NEW from standard input and
# replaces the one occurrence of OLD in FILE with NEW; it fails when OLD does not occur exactly
# once, so a page whose edit no longer fits the template fails rather than drifting.
DOC_REPLACE = """#!/usr/bin/env python3
import sys
path = sys.argv[1]
old, separator, new = sys.stdin.read().partition("\\n====\\n")
if not separator:
    sys.exit("doc-replace: standard input needs OLD, a line ====, then NEW")
new = new[:-1] if new.endswith("\\n") else new  # the here-document's last line break
text = open(path, encoding="utf-8").read()
if text.count(old) != 1:
    sys.exit(f"doc-replace: {path} holds the text to replace {text.count(old)} times, not once:\\n{old}")
open(path, "w", encoding="utf-8").write(text.replace(old, new))
"""


def parse(lines):
    """The page's steps, in order: ("console", start, end, [(command, [expected])]) or
    ("hidden", start, script)."""
    steps = []
    at = 0
    while at < len(lines):
        line = lines[at]
        if line.strip() == "```console":
            end = at + 1
            while end < len(lines) and lines[end].strip() != "```":
                end += 1
            commands = []
            for body_line in lines[at + 1:end]:
                if body_line.startswith("$ "):
                    commands.append((body_line[2:], []))
                elif commands:
                    commands[-1][1].append(body_line)
            steps.append(("console", at + 1, end, commands))
            at = end + 1
        elif HIDDEN_STEP.match(line):
            end = at + 1
            while end < len(lines) and lines[end].strip() != "-->":
                end += 1
            steps.append(("hidden", at + 1, "\n".join(lines[at + 1:end]) + "\n"))
            at = end + 1
        else:
            at += 1
    return steps


def matches(expected, actual):
    """True when `actual` (lines) fits `expected`, where a "..." line is any number of lines."""
    if not expected:
        return not actual
    if expected[0] == "...":
        return any(matches(expected[1:], actual[skip:]) for skip in range(len(actual) + 1))
    return bool(actual) and actual[0] == expected[0] and matches(expected[1:], actual[1:])


def refreshed(expected, actual):
    """What --update writes for a command: its output, except that a shortened block keeps its
    shape. The lines before the first "..." and after the last are taken from the same places
    of the output; what lies between the two stays as the page has it."""
    if "..." not in expected:
        return actual
    first = expected.index("...")
    last = len(expected) - 1 - expected[::-1].index("...")
    tail = len(expected) - 1 - last
    head = actual[:first]
    end = actual[len(actual) - tail:] if tail else []
    return head + expected[first:last + 1] + end


class Session:
    def __init__(self, binary, faketime_library):
        self.root = tempfile.mkdtemp(prefix="isms-doc-")
        self.folder = os.path.join(self.root, "work")
        os.mkdir(self.folder)
        tools = os.path.join(self.root, "bin")
        os.mkdir(tools)
        # libfaketime is loaded into isms alone. Loaded into the shell, it is unloaded by every
        # subshell that exits without exec, such as "(exit 1)", which unlinks the semaphore the
        # shell shares with its children: a program started next then fails, now and then, with
        # "sem_open failed".
        wrapper = os.path.join(tools, "isms")
        with open(wrapper, "w") as stream:
            stream.write("#!/bin/sh\n"
                         f"LD_PRELOAD={shlex.quote(faketime_library)} "
                         f"FAKETIME={shlex.quote('@' + SESSION_DATE)} "
                         f"exec {shlex.quote(os.path.abspath(binary))} \"$@\"\n")
        os.chmod(wrapper, 0o755)
        helper = os.path.join(tools, "doc-replace")
        with open(helper, "w") as stream:
            stream.write(DOC_REPLACE)
        os.chmod(helper, 0o755)
        self.environment = {
            "PATH": tools + os.pathsep + "/usr/bin:/bin",
            "HOME": self.root,
            "NO_COLOR": "1",
            "TZ": "UTC",
            "LC_ALL": "C.UTF-8",
            # A sanitizer runtime wants to be loaded first; libfaketime only wraps the clock.
            "ASAN_OPTIONS": "verify_asan_link_order=0:detect_leaks=1",
        }
        self.last_status = 0
        self.last_statuses = [0]

    def run(self, command):
        """Runs one command; its output lines."""
        if command.startswith("cd "):
            target = os.path.normpath(os.path.join(self.folder, command[3:].strip()))
            self.folder = target
            self.last_status = 0 if os.path.isdir(target) else 1
            self.last_statuses = [self.last_status]
            return [] if self.last_status == 0 else [f"cd: {command[3:]}: No such file or directory"]
        # A pipeline of "(exit N)" first, so that "$?" and "${PIPESTATUS[@]}" in the command are
        # those of the command before; the command's own are written to a file afterwards.
        replay = " | ".join(f"(exit {status})" for status in self.last_statuses)
        statuses_file = os.path.join(self.root, "statuses")
        script = (f"{replay}; {command}\n__statuses=(\"${{PIPESTATUS[@]}}\")\n"
                  f"echo \"${{__statuses[@]}}\" > {statuses_file}\nexit \"${{__statuses[-1]}}\"\n")
        done = subprocess.run(["bash", "-c", script], cwd=self.folder, env=self.environment,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=120)
        self.last_status = done.returncode
        try:
            with open(statuses_file) as stream:
                self.last_statuses = [int(word) for word in stream.read().split()] or [done.returncode]
        except (OSError, ValueError):
            self.last_statuses = [done.returncode]
        text = done.stdout.decode("utf-8", errors="replace")
        return text.split("\n")[:-1] if text.endswith("\n") else text.split("\n") if text else []

    def hidden(self, script):
        done = subprocess.run(["bash", "-euo", "pipefail", "-c", script], cwd=self.folder, env=self.environment,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=120)
        return done.returncode, done.stdout.decode("utf-8", errors="replace")


def main():
    args = [a for a in sys.argv[1:] if a != "--update"]
    update = "--update" in sys.argv[1:]
    if len(args) != 2:
        print(__doc__.split("\n\n")[0], file=sys.stderr)
        return 2
    binary, page = args
    faketime_library = next((path for path in FAKETIME_LIBRARY_CANDIDATES if os.path.exists(path)), None)
    if faketime_library is None:
        print("SKIP: libfaketime is needed to run the page's session on its stated date", file=sys.stderr)
        return 77
    if shutil.which("jq") is None:
        print("SKIP: jq is needed: the page's sessions use it", file=sys.stderr)
        return 77
    with open(page, encoding="utf-8") as stream:
        lines = stream.read().split("\n")
    session = Session(binary, faketime_library)
    failures = 0
    replacements = []
    try:
        for step in parse(lines):
            if step[0] == "hidden":
                status, output = session.hidden(step[2])
                if status != 0:
                    print(f"{page}:{step[1]}: hidden step failed (exit {status}):\n{output}", file=sys.stderr)
                    failures += 1
                continue
            _, start, end, commands = step
            new_body = []
            for command, expected in commands:
                actual = session.run(command)
                new_body.append("$ " + command)
                new_body.extend(refreshed(expected, actual))
                if not matches(expected, actual):
                    failures += 1
                    if not update:
                        print(f"{page}:{start + 1}: '$ {command}' printed something else:", file=sys.stderr)
                        for line in expected:
                            print(f"  - {line}", file=sys.stderr)
                        for line in actual:
                            print(f"  + {line}", file=sys.stderr)
            if update:
                replacements.append((start, end, new_body))
    finally:
        shutil.rmtree(session.root, ignore_errors=True)
    if update:
        for start, end, body in reversed(replacements):
            lines[start:end] = body
        with open(page, "w", encoding="utf-8") as stream:
            stream.write("\n".join(lines))
        print(f"updated {page}; review the diff, and the prose around each block")
        return 0
    if failures:
        print(f"{failures} command(s) of {page} printed something other than the page shows", file=sys.stderr)
        return 1
    print(f"every console block of {page} matches the binary")
    return 0


if __name__ == "__main__":
    sys.exit(main())
