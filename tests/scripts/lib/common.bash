# shellcheck disable=SC2034  # PROJECT, JSON_VALIDATOR, RC are used by the scripts that source this file
# Shared helpers for the e2e scripts in tests/scripts/ (sourced, not a test itself: the test
# glob only picks up tests/scripts/*.sh). Every script is called as `script BIN PROJECT_DIR
# [VALIDATE_JSON]` and exits 0 (pass), 1 (fail) or 77 (skipped).
set -uo pipefail

if [ $# -lt 2 ]; then
  echo "usage: $0 ISMS_BINARY PROJECT_DIR [VALIDATE_JSON]" >&2
  exit 2
fi
BIN=$1
PROJECT=$2
VALIDATE_JSON=${3:-}
case $BIN in /*) ;; *) BIN=$PWD/$BIN ;; esac
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
FAILURES=0

fail() {
  echo "FAIL: $*" >&2
  FAILURES=$((FAILURES + 1))
}

# Skips the whole script, unless running in CI (CI=true), where a missing prerequisite is a failure.
skip_or_fail() {
  if [ "${CI:-}" = true ]; then
    echo "FAIL (CI=true, so not skipped): $*" >&2
    exit 1
  fi
  echo "SKIP: $*" >&2
  exit 77
}

# is_sanitizer_build: true for a binary built with AddressSanitizer or UBSan.
is_sanitizer_build() { grep -qaE '__asan_init|__ubsan_handle' "$BIN"; }

# How long one run may take before it counts as a hang: a sanitizer build runs several times
# slower, the more so on a loaded machine.
RUN_TIMEOUT=60
if is_sanitizer_build; then RUN_TIMEOUT=300; fi

# limit_address_space: applies `ulimit -v 2097152` (2 GiB) to this shell and what it starts,
# except for a sanitizer build, which reserves terabytes of shadow address space at start-up;
# the sanitizers then check the same runs for memory errors instead.
limit_address_space() {
  if is_sanitizer_build; then return 0; fi
  ulimit -v 2097152
}

finish() {
  if [ "$FAILURES" -ne 0 ]; then
    echo "$FAILURES check(s) failed" >&2
    exit 1
  fi
  echo "all checks passed"
  exit 0
}

# run_isms OUT_PREFIX ARGS...: runs the binary with a clean environment for the output
# (no colour, no step summary); stdout in OUT_PREFIX.out, stderr in OUT_PREFIX.err, exit code
# in $RC. A sanitizer report on stderr is always a failure.
run_isms() {
  local prefix=$1
  shift
  env -u GITHUB_STEP_SUMMARY NO_COLOR=1 TZ=UTC timeout "$RUN_TIMEOUT" "$BIN" "$@" >"$prefix.out" 2>"$prefix.err"
  RC=$?
  if grep -qE "AddressSanitizer|runtime error:|LeakSanitizer" "$prefix.err"; then
    fail "sanitizer report from: isms $*"
    cat "$prefix.err" >&2
  fi
  if [ "$RC" -eq 124 ]; then fail "timed out: isms $*"; fi
}

# expect_rc WANT WHAT: checks $RC.
expect_rc() {
  if [ "$RC" -ne "$1" ]; then fail "$2: exit code $RC, expected $1"; fi
}

# expect_grep FILE PATTERN WHAT: FILE must contain the fixed string PATTERN.
expect_grep() {
  if ! grep -qF -- "$2" "$1"; then
    fail "$3: '$2' not found in output:"
    sed 's/^/    | /' "$1" | head -40 >&2
  fi
}

# A small valid repository: manifest, context, scope, one asset, one risk.
make_base_repo() {
  local dir=$1
  mkdir -p "$dir"
  cat >"$dir/isms.yaml" <<'YAML'
format: 1
organisation:
  name: Example Ltd
  legal_entities:
    - name: Example Ltd
      jurisdiction: England and Wales
standard:
  id: ISO/IEC 27001
  edition: 2022
# These tests cover how a repository is read and reported; the audit rules have their own fixtures.
rules:
  disable: [AI, AST, CTX, DAT003, DOC, IPR, REG005, RSK, SCP, SOA, SUP]
YAML
  cat >"$dir/context.yaml" <<'YAML'
register:
  version: "1.0"
  owner: CISO
  approval: {by: Jane Doe, role: CEO, date: 2026-01-10}
climate_change:
  relevant: false
  reasoning: Office-based software company; hosting provider carries the climate risk.
issues:
  - id: CI-001
    title: Small security team
    type: internal
    description: One security engineer for the whole company.
    risks: [R-001]
  - id: CI-002
    title: Data protection law
    type: external
    description: Customer data is subject to UK GDPR.
    in_scope: true
YAML
  cat >"$dir/scope.yaml" <<'YAML'
register:
  version: "1.0"
  owner: CISO
  approval: {by: Jane Doe, role: CEO, date: 2026-01-10}
  last_review: 2026-01-10
statement: The ISMS covers the Example product.
soa_version: "1.0"
boundaries:
  organisational: All staff of Example Ltd.
YAML
  cat >"$dir/assets.yaml" <<'YAML'
register:
  version: "1.0"
  owner: CISO
  approval: {by: Jane Doe, role: CEO, date: 2026-01-10}
assets:
  - id: AST-001
    name: Customer database
    type: information
    owner: CTO
    classification: confidential
    location: Cloud
    personal_data: false
YAML
  cat >"$dir/risks.yaml" <<'YAML'
register:
  version: "1.0"
  owner: CISO
  approval: {by: Jane Doe, role: CEO, date: 2026-01-10}
risks:
  - id: R-001
    title: Database leak
    threat: External attacker
    vulnerability: Weak access control
    assets: [AST-001]
    owner: CTO
    likelihood: 2
    impact: 4
    treatment: modify
    controls: [A.5.15]
YAML
}

# The base repository with five findings of known place and code:
#   assets.yaml:2:3   REG003 warning (no approval)
#   assets.yaml:9:21  VAL002 error   (classification with XML/JSON special characters)
#   assets.yaml:11:5  SCH003 error   (typo 'descripton')
#   risks.yaml:10:14  REF001 error   (unknown asset AST-404)
#   risks.yaml:12:17  VAL001 error   (likelihood 7 on a 1..5 scale)
make_findings_repo() {
  local dir=$1
  make_base_repo "$dir"
  cat >"$dir/assets.yaml" <<'YAML'
register:
  version: "1.0"
  owner: CISO
assets:
  - id: AST-001
    name: Customer database
    type: information
    owner: CTO
    classification: "top <secret> & \"internal\""
    location: Cloud
    descripton: Main production database
    personal_data: false
YAML
  sed -i 's/assets: \[AST-001\]/assets: [AST-404]/; s/likelihood: 2/likelihood: 7/' "$dir/risks.yaml"
}

# A JSON Schema validator: the project's validate_json helper when given, else the Debian package
# python3-jsonschema. Sets JSON_VALIDATOR to a command taking SCHEMA INSTANCE, or leaves it empty.
find_json_validator() {
  JSON_VALIDATOR=()
  if [ -n "$VALIDATE_JSON" ] && [ -x "$VALIDATE_JSON" ]; then
    JSON_VALIDATOR=("$VALIDATE_JSON")
  elif command -v python3 >/dev/null && python3 -c 'import jsonschema' 2>/dev/null; then
    JSON_VALIDATOR=(python3 -c '
import json, sys, jsonschema
schema = json.load(open(sys.argv[1]))
instance = json.load(open(sys.argv[2]))
errors = list(jsonschema.validators.validator_for(schema)(schema).iter_errors(instance))
for error in errors:
    print("/".join(str(p) for p in error.absolute_path) + ": " + error.message, file=sys.stderr)
sys.exit(1 if errors else 0)' )
  fi
}
