#!/usr/bin/env bash
# A failure in one register does not cascade. Each register file of the AI example is broken in
# turn (a flow sequence left open, a YAML syntax error); the only findings are that error
# (YML001) and one RUL001 note listing the checks that stood down, never the false findings the
# missing records would cause ("asset not named by any risk" and the like). The check stays an
# error (exit 1), and the example with nothing broken stays clean.
source "$(dirname "$0")/lib/common.bash"
command -v python3 >/dev/null || skip_or_fail "python3 is needed to read the JSON findings"
PROJECT=$(cd "$PROJECT" && pwd)
cd "$WORK" || exit 1
example="$PROJECT/examples/ai-company"
as_of=(--as-of 2026-11-22)

run_isms clean check "$example" "${as_of[@]}" --fail-on warning
expect_rc 0 "the unbroken example"

registers=0
while IFS= read -r file; do
  relative=${file#"$example"/}
  [ "$relative" = isms.yaml ] && continue
  rm -rf repo && cp -r "$example" repo
  # An open flow sequence after the register: block: the rest of the file cannot be read.
  python3 - "repo/$relative" <<'PY'
import sys
path = sys.argv[1]
lines = open(path).read().split("\n")
at = next(i for i, line in enumerate(lines) if line and not line.startswith((" ", "#", "register:")) and i > 0)
lines.insert(at, "broken: [never closed")
open(path, "w").write("\n".join(lines))
PY
  run_isms "broken-$registers" check repo "${as_of[@]}" --format json
  expect_rc 1 "$relative broken"
  codes=$(python3 -c "
import json, sys
print(' '.join(sorted(d['code'] for d in json.load(open(sys.argv[1]))['diagnostics'])))" "$WORK/broken-$registers.out")
  # No check reads the roles register yet, so none stands down when it breaks: the syntax
  # error is the only finding. Once a rule reads it, it joins the others (as objectives.yaml,
  # which the OBJ rules read, has).
  expected="RUL001 YML001"
  if [ "$codes" != "$expected" ]; then
    fail "$relative broken: findings are [$codes], expected only the syntax error and one note [$expected]"
  fi
  registers=$((registers + 1))
done < <(find "$example" -name '*.yaml' | sort)
[ "$registers" -ge 9 ] || fail "only $registers register files were broken; the example has more"
echo "$registers register files broken in turn"
finish
