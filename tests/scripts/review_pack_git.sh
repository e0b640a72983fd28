#!/usr/bin/env bash
# `isms render review` reads 9.3.2 b) and c) from git: a repository made from
# examples/ai-company is committed on 2026-05-01, then on 2026-07-01 an issue is re-titled, a
# party is added and a requirement re-worded. Rendered since 2026-06-01, the pack compares with
# the first commit and lists those changes under b) and c) in json and md. Since a date before
# every commit, and outside a git checkout, both sections say "Not available" rather than
# showing no changes. The working tree and the index stay as they were, and the snapshot's
# temporary folder is removed.
source "$(dirname "$0")/lib/common.bash"
command -v git >/dev/null || skip_or_fail "git is not installed"
command -v python3 >/dev/null || skip_or_fail "python3 is needed to read the JSON"
PROJECT=$(cd "$PROJECT" && pwd)
as_of=2026-11-22

unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE GIT_OBJECT_DIRECTORY GIT_COMMON_DIR GIT_CEILING_DIRECTORIES
export GIT_OPTIONAL_LOCKS=0
mkdir -p "$WORK/tmp"
export TMPDIR="$WORK/tmp"

# commit_at DATE MESSAGE: commits everything with DATE as author and committer date.
commit_at() {
  git add -A
  GIT_AUTHOR_DATE="$1T12:00:00Z" GIT_COMMITTER_DATE="$1T12:00:00Z" git commit -qm "$2"
}

# json_value FILE EXPRESSION: prints the Python expression evaluated on the JSON as `d`.
json_value() {
  python3 -c 'import json, sys; d = json.load(open(sys.argv[1], encoding="utf-8")); print(eval(sys.argv[2]))' "$1" "$2"
}

cd "$WORK" || exit 1
git init -q repo
cd repo || exit 1
git config user.email ci@example.invalid
git config user.name CI
git config commit.gpgsign false
cp -R "$PROJECT/examples/ai-company" compliance
# The edits below would make the registers' approval digests stale; that is not this test's point.
sed -i -E 's/, digest: sha256:[0-9a-f]+//' compliance/*.yaml
commit_at 2026-05-01 "ISMS as reviewed"
first=$(git rev-parse HEAD)

sed -i 's/^    title: Dependence on a single foundation-model API provider$/    title: Dependence on two foundation-model API providers/' compliance/context.yaml
sed -i 's/^          Quarterly report of the top information-security and AI risks against the board.s$/          Monthly report of the top information-security and AI risks against the board'"'"'s/' \
  compliance/parties.yaml
cat >>compliance/parties.yaml <<'YAML'
  - id: IP-INSURER
    name: Cyber insurer
    type: external
    category: other
    power: medium
    interest: medium
    requirements:
      - id: REQ-900
        description: Annual attestation that multi-factor authentication covers all remote access.
        source: {type: contract, reference: "Policy schedule 3"}
        confirmed: {date: 2026-07-01, method: "Renewal questionnaire"}
        addressed_by: [A.5.17]
YAML
git diff --quiet && { fail "the edits changed nothing: has examples/ai-company changed?"; finish; }
commit_at 2026-07-01 "Second provider, monthly board report, cyber insurer"
status_before=$(git status --porcelain)

run_isms "$WORK/pack" render review compliance --since 2026-06-01 --as-of "$as_of" --format json
expect_rc 0 "render review --format json"
[ "$(json_value "$WORK/pack.out" 'd["review"]["issue_changes"]["available"]')" = True ] || fail "b) is not available"
[ "$(json_value "$WORK/pack.out" 'd["review"]["issue_changes"]["commit"]')" = "$first" ] ||
  fail "b) is not compared with the commit of 2026-05-01"
[ "$(json_value "$WORK/pack.out" '[(c["kind"], c["id"]) for c in d["review"]["issue_changes"]["changes"]]')" = "[('changed', 'CI-001')]" ] ||
  fail "b) does not list exactly CI-001 as changed: $(json_value "$WORK/pack.out" 'd["review"]["issue_changes"]')"
[ "$(json_value "$WORK/pack.out" '[(c["kind"], c["id"]) for c in d["review"]["party_changes"]["parties"]]')" = "[('added', 'IP-INSURER')]" ] ||
  fail "c) does not list IP-INSURER as added: $(json_value "$WORK/pack.out" 'd["review"]["party_changes"]')"
[ "$(json_value "$WORK/pack.out" 'sorted((c["kind"], c["id"]) for c in d["review"]["party_changes"]["requirements"])')" = "[('added', 'REQ-900'), ('changed', 'REQ-001')]" ] ||
  fail "c) does not list REQ-900 added and REQ-001 changed: $(json_value "$WORK/pack.out" 'd["review"]["party_changes"]["requirements"]')"
confirmed=$(json_value "$WORK/pack.out" '[r["id"] for r in d["review"]["feedback"]["confirmed_requirements"]["rows"]]')
case $confirmed in *"'REQ-900'"*) ;; *) fail "e) does not list REQ-900 as confirmed since 2026-06-01: $confirmed" ;; esac
case $confirmed in *"'REQ-001'"*) fail "e) lists REQ-001, confirmed on 2026-01-27, as confirmed since 2026-06-01" ;; esac

run_isms "$WORK/md" render review compliance --since 2026-06-01 --as-of "$as_of"
expect_rc 0 "render review --format md"
section() { awk -v start="$2" -v stop="$3" 'index($0, start) == 1 { on = 1 } index($0, stop) == 1 { on = 0 } on' "$1"; }
section "$WORK/md.out" "## b)" "## c)" >"$WORK/b.md"
section "$WORK/md.out" "## c)" "## d)" >"$WORK/c.md"
expect_grep "$WORK/b.md" "Compared with commit ${first:0:12}" "b) names the commit"
expect_grep "$WORK/b.md" "CI-001 Dependence on two foundation-model API providers" "b) lists the re-titled issue"
expect_grep "$WORK/c.md" "**added** IP-INSURER Cyber insurer" "c) lists the new party"
expect_grep "$WORK/c.md" "**added** REQ-900" "c) lists the new requirement"
expect_grep "$WORK/c.md" "REQ-001" "c) lists the re-worded requirement"

run_isms "$WORK/early" render review compliance --since 2026-01-01 --as-of "$as_of" --format json
expect_rc 0 "render review since a date before every commit"
json_value "$WORK/early.out" 'd["review"]["issue_changes"]["reason"]' >"$WORK/early.reason"
expect_grep "$WORK/early.reason" "Not available: the git history has no commit on or before 2026-01-01" "no commit before the date"
[ "$(json_value "$WORK/early.out" 'd["review"]["party_changes"]["available"]')" = False ] || fail "c) claims changes without a commit"

[ "$(git status --porcelain)" = "$status_before" ] || fail "rendering the pack changed the working tree or the index"
[ -e .git/index.lock ] && fail "rendering the pack left index.lock behind"
[ -z "$(ls -A "$TMPDIR")" ] || fail "the snapshot's temporary folder was not removed: $(ls -A "$TMPDIR")"

cp -R compliance "$WORK/outside"
run_isms "$WORK/outside" render review "$WORK/outside" --since 2026-06-01 --as-of "$as_of"
expect_rc 0 "render review outside git"
expect_grep "$WORK/outside.out" "Not available: the repository is not in a git checkout" "outside git, b) and c) say why"

run_isms "$WORK/soa" render soa compliance --since 2026-06-01 --as-of "$as_of"
expect_rc 2 "--since with another document"
expect_grep "$WORK/soa.err" "--since is for the review document" "--since with another document"
run_isms "$WORK/bad" render review compliance --since 2026-13-01 --as-of "$as_of"
expect_rc 2 "--since with a bad date"

finish
