#!/usr/bin/env bash
# Hostile repository content within bounds: every command that reads a repository ends with
# exit code 0, 1, 2 or 3 under `ulimit -v 2097152` (2 GiB of address space), never a signal.
#   - a baseline nested a million levels deep (arrays, then objects) and one over the size
#     limit: exit 2 with the limit named, no stack overflow;
#   - writes: -o through a symlinked folder inside the repository that leads outside it is
#     refused by check, render, diff, baseline and import (nothing appears outside) unless
#     --force; -o onto a register is refused by check, render and diff even with --force, and the
#     register is unchanged; onto another file of the repository only with --force;
#   - a repository with an alias bomb, nesting past the limit, a huge scalar and a huge file goes
#     through check, render, diff, baseline, approve and import.
source "$(dirname "$0")/lib/common.bash"
command -v python3 >/dev/null || skip_or_fail "python3 is needed to write the hostile files"
PROJECT=$(cd "$PROJECT" && pwd)
cd "$WORK" || exit 1
as_of=(--as-of 2026-11-22)

# bounded OUT ARGS...: isms ARGS under the memory ceiling; exit code in RC, which must be 0 to 3.
bounded() {
  local prefix=$1
  shift
  (limit_address_space && exec env NO_COLOR=1 timeout "$((RUN_TIMEOUT * 2))" "$BIN" "$@") >"$prefix.out" 2>"$prefix.err"
  RC=$?
  if [ "$RC" -gt 3 ]; then
    fail "isms $*: exit code $RC (a signal or a timeout), expected 0 to 3"
    tail -3 "$prefix.err" >&2
  fi
}

cp -r "$PROJECT/examples/ai-company" repo

# 1. Baselines.
python3 -c "print('{\"schema_version\": 1, \"findings\": ' + '[' * 1000000 + ']' * 1000000 + '}')" >deep-arrays.json
python3 -c "print('{\"a\":' * 1000000 + '1' + '}' * 1000000)" >deep-objects.json
for baseline in deep-arrays.json deep-objects.json; do
  bounded "$baseline" check repo "${as_of[@]}" --baseline "$baseline"
  expect_rc 2 "check --baseline $baseline"
  expect_grep "$baseline.err" "nests deeper than 64 levels (raise the limit with --max-depth)" "check --baseline $baseline"
done
python3 -c "print('{\"schema_version\": 1, \"findings\": [' + ','.join(['{\"fingerprint\": \"x\"}'] * 100000) + ']}')" >big.json
bounded big check repo "${as_of[@]}" --baseline big.json --max-file-size 1MiB
expect_rc 2 "check --baseline over --max-file-size"
expect_grep big.err "is larger than 1048576 bytes (raise the limit with --max-file-size)" "a baseline over the size limit"

# 2. Writes.
mkdir -p outside
ln -s ../outside repo/reports
touch repo/notes.txt
register_sum=$(sha256sum repo/risks.yaml)
expect_refused() {  # WHAT PATTERN: the last command exited 2 with PATTERN on stderr.
  expect_rc 2 "$1"
  expect_grep "$WORK/write.err" "$2" "$1"
}
bounded write check repo "${as_of[@]}" -o repo/reports/check.txt
expect_refused "check -o through a symlink in the repository" "leads through the symlink reports inside the repository"
bounded write render scope repo "${as_of[@]}" -o repo/reports/scope.md
expect_refused "render -o through a symlink in the repository" "leads through the symlink reports inside the repository"
bounded write diff "${as_of[@]}" --repo repo repo repo -o repo/reports/diff.md
expect_refused "diff -o through a symlink in the repository" "leads through the symlink reports inside the repository"
bounded write baseline repo "${as_of[@]}" -o repo/reports/baseline.json
expect_refused "baseline -o through a symlink in the repository" "leads through the symlink reports inside the repository"
printf 'Control,Applicable,Justification,Status\nA.5.1,yes,Policy set,implemented\n' >soa.csv
bounded write import soa soa.csv --repo repo -o repo/reports/soa.yaml
expect_refused "import -o through a symlink in the repository" "leads through the symlink reports inside the repository"
[ -z "$(ls -A outside)" ] || fail "a refused write reached the folder outside the repository: $(ls -A outside)"
bounded write check repo "${as_of[@]}" -o repo/reports/check.txt --force
expect_rc 0 "check -o through a symlink with --force"
[ -f outside/check.txt ] || fail "check -o through a symlink with --force wrote nothing"

for force in "" --force; do
  bounded write check repo "${as_of[@]}" -o repo/risks.yaml $force
  expect_refused "check -o onto a register $force" "repo/risks.yaml is a YAML file of the repository"
  bounded write render scope repo "${as_of[@]}" -o repo/risks.yaml $force
  expect_refused "render -o onto a register $force" "repo/risks.yaml is a YAML file of the repository"
  bounded write diff "${as_of[@]}" repo repo -o repo/risks.yaml $force
  expect_refused "diff -o onto a register $force" "repo/risks.yaml is a YAML file of the repository"
done
[ "$(sha256sum repo/risks.yaml)" = "$register_sum" ] || fail "a refused write changed repo/risks.yaml"
bounded write check repo "${as_of[@]}" -o repo/notes.txt
expect_refused "check -o onto a file of the repository" "repo/notes.txt is a file of the repository; use --force to replace it"
bounded write check repo "${as_of[@]}" -o repo/notes.txt --force
expect_rc 0 "check -o onto a file of the repository with --force"
rm -f repo/reports repo/notes.txt

# 3. One repository with every kind of hostile file, through every command.
cp -r repo hostile
python3 - hostile <<'PY'
import sys
root = sys.argv[1]
aliases = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
    for i in range(9))
open(f"{root}/suppliers.yaml", "w").write("register: {version: '1', owner: x}\n" + aliases)
open(f"{root}/context.yaml", "w").write("issues: " + "[" * 100000 + "]" * 100000 + "\n")
open(f"{root}/parties.yaml", "w").write("parties:\n  - id: P-1\n    name: '" + "x" * (8 << 20) + "'\n")
open(f"{root}/evidence.yaml", "w").write("evidence:\n" + "  - {id: E-1, title: t}\n" * 3000000)
PY
bounded hostile-check check hostile "${as_of[@]}"
expect_rc 1 "check of the hostile repository"
for format in md html json; do
  bounded hostile-render render report hostile "${as_of[@]}" --force --format "$format"
  expect_rc 0 "render --force of the hostile repository as $format"
done
bounded hostile-render render scope hostile "${as_of[@]}"
expect_rc 2 "render of the hostile repository"
bounded hostile-diff diff "${as_of[@]}" repo hostile
bounded hostile-baseline baseline hostile "${as_of[@]}" -o -
bounded hostile-approve approve register risks hostile --by Jane --role CEO --date 2026-11-22
expect_rc 2 "approve in the hostile repository"
bounded hostile-import import soa soa.csv --repo hostile -o -
expect_rc 0 "import with the hostile repository's manifest"

# 4. Values at the scalar limit shaped to make a scan of the text quadratic (an opening bracket
# or angle bracket searched for its partner from every position) end in linear time.
cp -r repo scans
python3 - scans <<'PY'
import sys
root = sys.argv[1]
# Twelve of the bracket shape: a quadratic scan of each takes seconds, of all of them minutes.
shapes = ["[" * 1000000 + "]"] * 12 + ["<" * 1000000 + ">", "<a" * 500000 + ">", "x" * 999999 + "[", "TOD" * 333333]
assets = "".join(f"  - id: AST-9{i:02}\n    name: '{shape}'\n    description: '{shape}'\n" for i, shape in enumerate(shapes))
open(f"{root}/assets/scans.yaml", "w").write("assets:\n" + assets)
PY
bounded scans-check check scans "${as_of[@]}"
expect_rc 1 "check of values shaped for a quadratic scan"
bounded scans-render render report scans "${as_of[@]}" --force
expect_rc 0 "render --force of values shaped for a quadratic scan"
finish
