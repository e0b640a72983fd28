#!/usr/bin/env bash
# The CI step: scripts/ci-check as GitHub Actions and GitLab CI run it (annotations, step
# summary, SARIF with paths from the workspace; Code Quality and JUnit reports, the text log),
# its exit codes, hostile settings that must be refused or taken literally, never run; the
# static rules of action.yml (no expression inside a run: script, the documented inputs) and of
# the GitLab template; shellcheck over the scripts and the scripts inside both YAML files; and
# action.yml run step by step as the runner would (tests/scripts/lib/run_action.py), on a cache
# miss and a cache hit.
source "$(dirname "$0")/lib/common.bash"
PROJECT=$(cd "$PROJECT" && pwd)
CHECK=$PROJECT/scripts/ci-check
AS_OF=2026-11-22

for tool in jq xmllint shellcheck; do
  command -v "$tool" >/dev/null || skip_or_fail "$tool is needed (scripts/dev test installs it)"
done
PYTHON=""
for candidate in python3 /usr/bin/python3; do
  if command -v "$candidate" >/dev/null && "$candidate" -c 'import yaml' 2>/dev/null; then
    PYTHON=$candidate
    break
  fi
done
[ -n "$PYTHON" ] || skip_or_fail "python3 with PyYAML (python3-yaml) is needed to read action.yml"

# The test must not see the CI system it may itself run in.
unset GITHUB_ACTIONS GITHUB_STEP_SUMMARY GITHUB_OUTPUT GITLAB_CI ISMS_PATH ISMS_FAIL_ON ISMS_SARIF \
  ISMS_JUNIT ISMS_CODEQUALITY ISMS_RULES_URL ISMS_AS_OF ISMS_BASELINE ISMS_PLATFORM ISMS_BIN

# ci PREFIX [NAME=VALUE...] [-- ARG...]: scripts/ci-check with the just-built binary, in the
# current folder; stdout in PREFIX.out, stderr in PREFIX.err, exit code in $RC.
ci() {
  local prefix=$1 vars=()
  shift
  while [ $# -gt 0 ] && [ "$1" != -- ]; do
    vars+=("$1")
    shift
  done
  [ $# -eq 0 ] || shift
  env NO_COLOR=1 TZ=UTC ISMS_BIN="$BIN" ISMS_AS_OF="$AS_OF" "${vars[@]}" \
    timeout "$RUN_TIMEOUT" "$CHECK" "$@" >"$WORK/$prefix.out" 2>"$WORK/$prefix.err"
  RC=$?
  if grep -qE "AddressSanitizer|runtime error:|LeakSanitizer" "$WORK/$prefix.err"; then
    fail "sanitizer report from ci-check $*"
  fi
}
show() { sed 's/^/    | /' "$WORK/$1" | head -30 >&2; }
expect_ci_rc() {
  if [ "$RC" -ne "$1" ]; then
    fail "$2: exit code $RC, expected $1"
    show "$3.out"
    show "$3.err"
  fi
}
# no_pwned WHAT: no file named pwned was created anywhere the step could have run.
no_pwned() {
  if [ -n "$(find "$WORK" -name pwned -print -quit)" ] || [ -e "$PROJECT/pwned" ]; then
    fail "$1: a command inside a setting was run (a file 'pwned' exists)"
    rm -f "$PROJECT/pwned"
    find "$WORK" -name pwned -delete
  fi
}
# sarif_ok FILE WHAT: FILE is JSON, and valid SARIF 2.1.0 when the schema and a validator are there.
case $VALIDATE_JSON in /* | "") ;; *) VALIDATE_JSON=$PWD/$VALIDATE_JSON ;; esac
find_json_validator
sarif_schema=$PROJECT/../shared/refdata/sarif-schema-2.1.0.json
sarif_ok() {
  if ! jq -e '.version == "2.1.0" and .runs[0].tool.driver.name == "isms"' "$1" >/dev/null 2>&1; then
    fail "$2: $1 is not a SARIF report of isms"
    return
  fi
  if [ -f "$sarif_schema" ] && [ ${#JSON_VALIDATOR[@]} -ne 0 ] && ! "${JSON_VALIDATOR[@]}" "$sarif_schema" "$1"; then
    fail "$2: $1 does not validate against sarif-schema-2.1.0.json"
  fi
}

# The workspace: a clean repository, one with a broken reference, and a clean one in a folder
# whose name is a command substitution.
ws=$WORK/ws
mkdir -p "$ws/reports"
cp -r "$PROJECT/examples/ai-company" "$ws/clean"
cp -r "$PROJECT/examples/ai-company" "$ws/broken"
first_asset=$(grep -m1 -o 'assets: \[[A-Z0-9-]*' "$ws/broken/risks.yaml" | sed 's/assets: \[//')
[ -n "$first_asset" ] || { fail "the example has no risk with assets to break"; finish; }
sed -i "0,/assets: \[$first_asset/s//assets: [AST-NOPE/" "$ws/broken/risks.yaml"
literal='$(touch pwned)'
cp -r "$PROJECT/examples/ai-company" "$ws/$literal"
cd "$ws" || exit 1

# --- GitHub Actions --------------------------------------------------------------------------
ci gh-clean GITHUB_ACTIONS=true GITHUB_STEP_SUMMARY="$WORK/summary-clean.md" ISMS_PATH=clean ISMS_SARIF=clean.sarif
expect_ci_rc 0 "GitHub, clean repository" gh-clean
expect_grep "$WORK/gh-clean.out" "No findings in" "GitHub log of a clean repository"
grep -q '^::' "$WORK/gh-clean.out" && fail "annotations for a clean repository"
expect_grep "$WORK/summary-clean.md" "## isms check: clean" "step summary heading"
expect_grep "$WORK/summary-clean.md" "No findings in" "step summary of a clean repository"
[ -s clean.sarif ] || fail "no SARIF written for a clean repository"
sarif_ok clean.sarif "GitHub, clean repository"
jq -e '.runs[0].results == []' clean.sarif >/dev/null || fail "SARIF of a clean repository has results"

ci gh-broken GITHUB_ACTIONS=true GITHUB_STEP_SUMMARY="$WORK/summary-broken.md" -- --path ./broken/ --sarif reports/broken.sarif
expect_ci_rc 1 "GitHub, broken reference" gh-broken
expect_grep "$WORK/gh-broken.out" "::error file=broken/risks.yaml,line=" "annotation of the broken reference"
expect_grep "$WORK/gh-broken.out" "title=REF001 unknown-reference::" "annotation title"
expect_grep "$WORK/summary-broken.md" "| broken/risks.yaml:" "step summary row"
[ "$(grep -c '^## isms check:' "$WORK/summary-broken.md")" -eq 1 ] || fail "the step summary was written more than once"
sarif_ok reports/broken.sarif "GitHub, broken reference"
# Code scanning reads the paths from the root of the git repository: prefixed with the folder.
jq -e '[.runs[0].results[].locations[].physicalLocation.artifactLocation] as $l
       | ($l | length) > 0 and ($l | all(.uri | startswith("broken/")))
         and ($l | all(has("uriBaseId") | not))' reports/broken.sarif >/dev/null ||
  fail "SARIF locations are not relative to the workspace: $(jq -c '.runs[0].results[0].locations' reports/broken.sarif)"
jq -e '.runs[0].results | any(.ruleId == "REF001")' reports/broken.sarif >/dev/null || fail "SARIF lacks the REF001 result"

# A report that cannot be written fails the step with 2, even though the check passes.
ci gh-unwritable GITHUB_ACTIONS=true ISMS_PATH=clean ISMS_SARIF=no/such/folder/x.sarif
expect_ci_rc 2 "GitHub, SARIF into a missing folder" gh-unwritable
ci gh-missing GITHUB_ACTIONS=true ISMS_PATH=nothere
expect_ci_rc 2 "GitHub, no repository" gh-missing
expect_grep "$WORK/gh-missing.out" "::error" "annotation for a missing repository"

# --- GitLab CI -------------------------------------------------------------------------------
# The report names the template publishes.
read -r cq_name junit_name < <("$PYTHON" - "$PROJECT/ci/gitlab/isms.gitlab-ci.yml" <<'PY'
import sys, yaml
job = yaml.safe_load(open(sys.argv[1]))[".isms-check"]
reports = job["artifacts"]["reports"]
print(reports["codequality"], reports["junit"])
PY
)
[ -n "${cq_name:-}" ] && [ -n "${junit_name:-}" ] || fail "cannot read the report names of the GitLab template"
gitlab_reports_clear() { rm -f -- "$cq_name" "$junit_name"; }

gitlab_reports_clear
ci gl-clean GITLAB_CI=true ISMS_PATH=clean
expect_ci_rc 0 "GitLab, clean repository" gl-clean
expect_grep "$WORK/gl-clean.out" "No findings in" "GitLab log of a clean repository"
jq -e 'type == "array" and length == 0' "$cq_name" >/dev/null 2>&1 || fail "GitLab: $cq_name is not an empty array"
xmllint --noout "$junit_name" 2>/dev/null || fail "GitLab: $junit_name does not parse"
grep -q 'failures="0"' "$junit_name" || fail "GitLab: the JUnit report of a clean repository has failures"

gitlab_reports_clear
ci gl-broken GITLAB_CI=true ISMS_PATH=broken
expect_ci_rc 1 "GitLab, broken reference" gl-broken
expect_grep "$WORK/gl-broken.out" "broken/risks.yaml:" "GitLab log names the file"
expect_grep "$WORK/gl-broken.out" "[REF001]" "GitLab log shows the code"
grep -q '^::' "$WORK/gl-broken.out" && fail "GitLab log holds GitHub workflow commands"
jq -e 'type == "array" and length > 0 and any(.[]; .location.path == "broken/risks.yaml" and .severity == "critical")' \
  "$cq_name" >/dev/null 2>&1 || fail "GitLab: $cq_name lacks the finding: $(head -c 300 "$cq_name" 2>/dev/null)"
if ! xmllint --noout "$junit_name" 2>/dev/null; then
  fail "GitLab: $junit_name does not parse"
elif [ "$(xmllint --xpath 'count(//failure)' "$junit_name")" -lt 1 ]; then
  fail "GitLab: the JUnit report has no failure for the broken reference"
fi

# An empty ISMS_JUNIT turns that report off; the Code Quality report is still written.
gitlab_reports_clear
ci gl-nojunit GITLAB_CI=true ISMS_PATH=broken ISMS_JUNIT=
expect_ci_rc 1 "GitLab without JUnit" gl-nojunit
[ -e "$junit_name" ] && fail "GitLab: ISMS_JUNIT= still wrote $junit_name"
[ -s "$cq_name" ] || fail "GitLab: ISMS_JUNIT= also stopped the Code Quality report"

# Elsewhere: the text report only, no files.
gitlab_reports_clear
ci plain -- --path broken
expect_ci_rc 1 "plain, broken reference" plain
expect_grep "$WORK/plain.out" "[REF001]" "plain log"
[ -e "$cq_name" ] || [ -e "$junit_name" ] && fail "plain mode wrote a GitLab report"

# --- Hostile settings ------------------------------------------------------------------------
ci hostile-path GITHUB_ACTIONS=true GITHUB_STEP_SUMMARY="$WORK/summary-literal.md" ISMS_PATH="$literal"
expect_ci_rc 0 "a folder named $literal is checked as that folder" hostile-path
# Markdown escapes the '$' of the name.
expect_grep "$WORK/summary-literal.md" '## isms check: \$(touch pwned)' "step summary of the literal folder"
no_pwned "a folder named $literal"
ci hostile-missing GITLAB_CI=true ISMS_JUNIT= ISMS_CODEQUALITY= -- --path '$(touch pwned)/x'
expect_ci_rc 2 "a missing folder named with a command substitution" hostile-missing
no_pwned "a path with a command substitution"
for value in -x --format=json -; do
  ci dash GITHUB_ACTIONS=true ISMS_PATH="$value"
  expect_ci_rc 2 "path $value" dash
  expect_grep "$WORK/dash.err" "must not start with '-'" "refusal of path $value"
  [ -s "$WORK/dash.out" ] && fail "path $value: isms ran: $(head -2 "$WORK/dash.out")"
done
ci dash-arg -- --path --fail-on
expect_ci_rc 2 "--path followed by an option" dash-arg
ci dash-sarif ISMS_PATH=clean ISMS_SARIF=-o
expect_ci_rc 2 "SARIF file -o" dash-sarif
ci failon ISMS_PATH=clean ISMS_FAIL_ON='error; touch pwned'
expect_ci_rc 2 "fail-on with a command" failon
no_pwned "fail-on with a command"
ci rulesurl ISMS_PATH=clean ISMS_RULES_URL='https://x/$(touch pwned)/{code}'
expect_ci_rc 2 "rules-url with a command substitution" rulesurl
no_pwned "rules-url with a command substitution"
ci newline GITHUB_ACTIONS=true ISMS_PATH=$'clean\n::error::injected'
expect_ci_rc 2 "path with a newline" newline
grep -q '^::error::injected' "$WORK/newline.out" "$WORK/newline.err" && fail "a newline in a setting started a workflow command"
ci unknown -- --eval 'touch pwned'
expect_ci_rc 2 "unknown argument" unknown
no_pwned "unknown argument"
ci platform ISMS_PLATFORM=jenkins
expect_ci_rc 2 "unknown platform" platform
ci nobin ISMS_BIN="$WORK/no-such-isms" ISMS_PATH=clean
expect_ci_rc 2 "missing binary" nobin

# --- Static rules of action.yml and the GitLab template --------------------------------------
mkdir -p "$WORK/lint"
"$PYTHON" - "$PROJECT/action.yml" "$PROJECT/ci/gitlab/isms.gitlab-ci.yml" "$WORK/lint" <<'PY' || fail "action.yml or the GitLab template breaks a rule (see above)"
import re, sys, yaml
action_file, template_file, lint = sys.argv[1:4]
problems = []
action = yaml.safe_load(open(action_file))
expected = {"path", "fail-on", "sarif", "rules-url", "as-of", "baseline"}
inputs = action.get("inputs") or {}
if set(inputs) != expected:
    problems.append(f"inputs are {sorted(inputs)}, expected {sorted(expected)}")
for name, spec in inputs.items():
    if not (spec or {}).get("description"):
        problems.append(f"input {name} has no description")
if inputs.get("path", {}).get("default") != "." or inputs.get("fail-on", {}).get("default") != "error":
    problems.append("the defaults of path and fail-on are not '.' and 'error'")
if "exit-code" not in (action.get("outputs") or {}):
    problems.append("no exit-code output")
if action.get("runs", {}).get("using") != "composite":
    problems.append("not a composite action")
used = set()
for index, step in enumerate(action["runs"]["steps"]):
    label = step.get("name", f"step {index}")
    if "run" in step:
        if step.get("shell") != "bash":
            problems.append(f"{label}: shell is not bash")
        if "${{" in step["run"]:
            problems.append(f"{label}: an expression inside run: (script injection)")
        with open(f"{lint}/action-step-{index}.sh", "w") as f:
            f.write("#!/usr/bin/env bash\nset -eo pipefail\n" + step["run"])
    elif "uses" in step:
        if not re.fullmatch(r"actions/cache/(restore|save)@v\d+", step["uses"]):
            problems.append(f"{label}: uses {step['uses']}, not actions/cache")
    else:
        problems.append(f"{label}: neither run nor uses")
    for value in (step.get("env") or {}).values():
        used.update(re.findall(r"\$\{\{\s*inputs\.([A-Za-z0-9_-]+)\s*\}\}", str(value)))
    for key, value in step.items():
        if key not in ("env",) and re.search(r"inputs\.", str(value)):
            problems.append(f"{label}: inputs used in {key}, not through env")
for name in expected - used:
    problems.append(f"input {name} reaches no step")

template = yaml.safe_load(open(template_file))
job = template.get(".isms-check") or {}
if job.get("image") != "debian:12":
    problems.append("GitLab: .isms-check does not run in debian:12")
if (job.get("artifacts") or {}).get("when") != "always":
    problems.append("GitLab: the reports are not uploaded when the job fails")
if (job.get("cache") or {}).get("when") != "always":
    problems.append("GitLab: the build is not cached when the check fails")
if not any("ci-check" in line for line in job.get("script", [])):
    problems.append("GitLab: the script does not run ci-check")
if (template.get("isms") or {}).get("extends") != ".isms-check":
    problems.append("GitLab: no ready job 'isms' extending .isms-check")
defined = template.get("variables") or {}
if defined or job.get("variables"):
    problems.append("GitLab: the template defines variables, which would override the user's")
with open(f"{lint}/gitlab.sh", "w") as f:
    f.write("#!/usr/bin/env bash\nset -eo pipefail\n")
    for line in job.get("before_script", []) + job.get("script", []):
        f.write(line + "\n")
for problem in problems:
    print("  " + problem, file=sys.stderr)
sys.exit(1 if problems else 0)
PY

# From the project folder, where ci-build's `source=scripts/packages.sh` directive resolves.
if ! (cd "$PROJECT" && shellcheck -x -s bash scripts/ci-check scripts/ci-build "$WORK"/lint/*.sh) >"$WORK/shellcheck.out" 2>&1; then
  fail "shellcheck finds problems in the CI scripts:"
  show shellcheck.out
fi

# --- ci-build: the cache key ------------------------------------------------------------------
mkdir -p "$WORK/source"
(cd "$PROJECT" && cp -r --parents CMakeLists.txt cmake src schemas templates docs/rules bench/CMakeLists.txt \
  scripts/ci-check scripts/ci-build scripts/packages.sh "$WORK/source/")
hash=$("$PROJECT/scripts/ci-build" hash "$PROJECT")
[[ $hash =~ ^[0-9a-f]{64}$ ]] || fail "ci-build hash printed '$hash', not a SHA-256"
[ "$("$PROJECT/scripts/ci-build" hash "$WORK/source")" = "$hash" ] || fail "the same source in another folder hashes differently"
echo ' ' >>"$WORK/source/docs/rules/$(ls "$WORK/source/docs/rules" | head -1)"
[ "$("$PROJECT/scripts/ci-build" hash "$WORK/source")" != "$hash" ] || fail "a changed rule page (embedded in the binary) leaves the hash as it was"

# --- action.yml, step by step ----------------------------------------------------------------
# The steps install packages that are missing; run them only where nothing is missing, so that
# the test never installs anything.
source "$PROJECT/scripts/packages.sh"
missing=()
for package in "${ci_runtime_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ! (. /etc/os-release && [ "$ID" = debian ] && [ "$VERSION_ID" = 12 ]) || [ ${#missing[@]} -ne 0 ]; then
  [ "$FAILURES" -ne 0 ] && finish
  skip_or_fail "action.yml is run on Debian 12 with its runtime packages installed (missing: ${missing[*]:-none})"
fi

# run_action PREFIX HOME [--input NAME=VALUE]...: the action in $ws, the cache in $WORK/cache.
run_action() {
  local prefix=$1 home=$2
  shift 2
  : >"$WORK/$prefix.summary"
  NO_COLOR=1 TZ=UTC timeout 300 "$PYTHON" "$PROJECT/tests/scripts/lib/run_action.py" "$PROJECT" \
    --workspace "$ws" --home "$home" --cache "$WORK/cache" --summary "$WORK/$prefix.summary" \
    --outputs "$WORK/$prefix.outputs" --input "as-of=$AS_OF" "$@" >"$WORK/$prefix.out" 2>"$WORK/$prefix.err"
  RC=$?
}
action_output() { jq -r '."exit-code"' "$WORK/$1.outputs" 2>/dev/null; }
key="isms-debian12-$hash"
mkdir -p "$WORK/cache"

# A cache miss, with a build of the same source already in place (as ci-build leaves it), so
# that the Build step finds it up to date instead of compiling; the Save step then stores it.
home1=$WORK/home1
mkdir -p "$home1/.cache/isms-action/bin"
ln -s "$BIN" "$home1/.cache/isms-action/bin/isms"
printf '%s\n' "$hash" >"$home1/.cache/isms-action/bin/source.sha256"
run_action action-broken "$home1" --input path=broken --input sarif=action.sarif
expect_ci_rc 1 "action on the broken repository" action-broken
[ "$(action_output action-broken)" = 1 ] || fail "action output exit-code is '$(action_output action-broken)', expected 1"
expect_grep "$WORK/action-broken.out" "--- Run Build isms" "the Build step runs on a cache miss"
expect_grep "$WORK/action-broken.out" "is up to date" "ci-build finds the build in place"
expect_grep "$WORK/action-broken.out" "Cache saved with key: $key" "the Save step stores the binary"
expect_grep "$WORK/action-broken.out" "::error file=broken/risks.yaml,line=" "annotations from the action"
expect_grep "$WORK/action-broken.summary" "## isms check: broken" "step summary from the action"
if [ -s action.sarif ]; then sarif_ok action.sarif "action with sarif"; else fail "the action wrote no SARIF"; fi
[ -d "$WORK/cache/$key" ] || fail "nothing was saved under the cache key $key"

# A cache hit in a fresh home: no build, no save.
run_action action-clean "$WORK/home2" --input path=clean --input fail-on=warning
expect_ci_rc 0 "action on the clean repository" action-clean
[ "$(action_output action-clean)" = 0 ] || fail "action output exit-code is '$(action_output action-clean)', expected 0"
expect_grep "$WORK/action-clean.out" "Cache restored from key: $key" "the cache hit"
expect_grep "$WORK/action-clean.out" "--- skipped: Build isms" "no build on a cache hit"
expect_grep "$WORK/action-clean.out" "--- skipped: Save the isms binary" "no save on a cache hit"
expect_grep "$WORK/action-clean.summary" "No findings in" "step summary of the clean repository"

# Hostile inputs reach the scripts as data.
run_action action-hostile "$WORK/home3" --input 'path=$(touch pwned)/x' --input 'rules-url=`touch pwned`'
expect_ci_rc 2 "action with command substitutions in its inputs" action-hostile
[ "$(action_output action-hostile)" = 2 ] || fail "action output exit-code is '$(action_output action-hostile)', expected 2"
no_pwned "action inputs with command substitutions"
run_action action-dash "$WORK/home4" --input path=--version
expect_ci_rc 2 "action with path --version" action-dash
expect_grep "$WORK/action-dash.err" "must not start with '-'" "refusal of an input starting with '-'"
finish
