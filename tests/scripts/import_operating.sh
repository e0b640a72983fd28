#!/usr/bin/env bash
# `isms import` of the registers of the ISMS in operation, into a copy of the AI example: each
# imported file is valid against its register's schema, the people of the roles register are
# merged into roles.yaml beside its roles, and a file that holds another list is never
# replaced, even with --force.
source "$(dirname "$0")/lib/common.bash"
command -v python3 >/dev/null || skip_or_fail "python3 is needed to read the JSON findings"
cd "$WORK" || exit 1
cases=$PROJECT/tests/cli/cases
cp -r "$PROJECT/examples/ai-company" repo

# No finding of the schema (SCH) or of YAML (YML) in the file an import wrote.
schema_clean() {
  local file=$1
  run_isms check check repo --format json
  python3 - check.out "$file" <<'PY' || fail "$file as imported breaks its schema: $(grep -o '"message": "[^"]*"' check.out | head -5)"
import json, sys
findings = json.load(open(sys.argv[1]))["diagnostics"]
bad = [f for f in findings if f["code"][:3] in ("SCH", "YML") and f.get("file", "").endswith(sys.argv[2])]
sys.exit(1 if bad else 0)
PY
}

for register in audits reviews nonconformities; do
  run_isms "$register" import "$register" "$cases/import-$register/$register.csv" --repo repo --force
  expect_rc 0 "import $register into the example"
  grep -q "^$register:" "repo/$register.yaml" || fail "repo/$register.yaml has no $register list"
  schema_clean "$register.yaml"
done

# competence.yaml and roles.yaml hold two lists each: replacing them would lose the other one.
cp repo/roles.yaml roles.before
run_isms people-force import people "$cases/import-people/people.csv" --repo repo --force
expect_rc 2 "import people --force into roles.yaml, which holds the roles"
expect_grep people-force.err "also holds the roles"
cmp -s roles.before repo/roles.yaml || fail "a refused import changed roles.yaml"
run_isms competence-force import competence "$cases/import-competence/competence.csv" --repo repo --force
expect_rc 2 "import competence --force into competence.yaml, which holds the people's records"

# A roles register written from two sheets: the roles, then the people merged in beside them.
rm repo/roles.yaml
run_isms roles import roles "$cases/import-roles/roles.csv" --repo repo
expect_rc 0 "import roles into a new roles.yaml"
run_isms people import people "$cases/import-people/people.csv" --repo repo --merge
expect_rc 0 "import people --merge into roles.yaml without people"
expect_grep people.err "P-101: added"
grep -q '^roles:' repo/roles.yaml && grep -q '^people:' repo/roles.yaml || fail "roles.yaml lacks its roles or its people"
schema_clean roles.yaml
run_isms people-again import people "$cases/import-people/people.csv" --repo repo --merge
expect_rc 0 "the same people merged again"
expect_grep people-again.err "already holds what the sheet says"

# The competence requirements into a register of its own.
rm repo/competence.yaml
run_isms competence import competence "$cases/import-competence/competence.csv" --repo repo
expect_rc 0 "import competence into a new competence.yaml"
schema_clean competence.yaml
finish
