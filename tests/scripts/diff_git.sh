#!/usr/bin/env bash
# `isms diff` on a real git repository whose compliance repository is the subfolder
# compliance/, copied from examples/ai-company:
#   commit 0  a README only (compliance/ does not exist yet)
#   commit 1  the example
#   commit 2  R-001's residual likelihood 2 -> 3 (level 8 -> 12, above the threshold 8), the
#             exclusion of A.8.30 justified differently, A.7.4 excluded (a risk still uses it:
#             a new error), and a new scope exclusion EX-003
# Checked: the Markdown for a pull-request comment equals tests/diff/expected_pr_comment.md
# (commit hashes substituted for @BASE@ and @HEAD@), the JSON parses and holds the same
# changes, two folders compare the same way, BASE against the working tree sees an uncommitted
# change, --fail-on-new, -o, and the exit-2 cases (bad revision, not a git repository, a
# revision without the folder, a folder mixed with a revision, an option-like revision).
# Throughout, the working tree, the index and HEAD stay as they were, no index.lock is left,
# and every temporary folder is removed. Last, registers symlinked from outside the folder read
# the same at a revision as in the checkout. To accept a deliberate change of the Markdown:
#
#     UPDATE=1 tests/scripts/diff_git.sh build/isms .
source "$(dirname "$0")/lib/common.bash"
command -v git >/dev/null || skip_or_fail "git is not installed"
command -v python3 >/dev/null || skip_or_fail "python3 is needed to read the JSON"
PROJECT=$(cd "$PROJECT" && pwd)
golden="$PROJECT/tests/diff/expected_pr_comment.md"
as_of=2026-11-22

# Git must look at the folders below, not at a repository named by the caller's environment.
unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE GIT_OBJECT_DIRECTORY GIT_COMMON_DIR GIT_CEILING_DIRECTORIES
# Our own git calls must not refresh the index either, or the "unchanged" checks would be moot.
export GIT_OPTIONAL_LOCKS=0
# isms puts its snapshots here, so the test can see that they are all removed.
mkdir -p "$WORK/tmp"
export TMPDIR="$WORK/tmp"

cd "$WORK" || exit 1
git init -q repo
cd repo || exit 1
git config user.email ci@example.invalid
git config user.name CI
git config commit.gpgsign false
echo "Company handbook and ISMS" >README.md
git add -A && git commit -qm "Handbook"
cp -R "$PROJECT/examples/ai-company" compliance
# Approval digests (APR001) would flag every edited register as changed since its approval;
# that is right, but not what this golden file is about, so the example's digests are dropped.
sed -i -E 's/, digest: sha256:[0-9a-f]+//' compliance/*.yaml
git add -A && git commit -qm "ISMS as certified"

# Commit 2: the change a pull request would bring.
sed -i '0,/residual: {likelihood: 2, impact: 4}/s//residual: {likelihood: 3, impact: 4}/' compliance/risks.yaml
sed -i 's/by employees and by individual contractors onboarded as staff under the same policies and/by employees under the same policies and/' \
  compliance/soa.yaml
sed -i '/^  - control: A.7.4$/,/^  - control: A.7.5$/{
  s/applicable: true/applicable: false/
  s/status: implemented/status: not-applicable/
  s/Building CCTV and intruder alarms are operated by the landlords under the leases;/Excluded: CCTV and intruder alarms belong to the landlords, who monitor the buildings;/
}' compliance/soa.yaml
sed -i 's/^      products. Brand and domain-name management remain in scope.$/&\n  - id: EX-003\n    what: Internal hackathon projects\n    rationale: >-\n      Prototypes run in the research sandbox on synthetic data only and never reach\n      production; anything worth keeping is rebuilt under the product lifecycle./' \
  compliance/scope.yaml
git diff --quiet && { fail "the sed edits changed nothing: has examples/ai-company changed?"; finish; }
git commit -qam "Exclude A.7.4, re-score R-001, exclude hackathon projects"
base_commit=$(git rev-parse --short=12 HEAD~1)
head_commit=$(git rev-parse --short=12 HEAD)

# state: everything isms must never change.
state() {
  git status --porcelain --untracked-files=all
  git rev-parse HEAD
  sha1sum .git/index
  [ -e .git/index.lock ] && echo "index.lock exists"
}
state >../state.before

# --- The pull-request comment ----------------------------------------------------------------
run_isms ../md diff HEAD~1 HEAD --repo compliance --format md --as-of "$as_of"
expect_rc 0 "isms diff HEAD~1 HEAD --format md"
sed "s/$base_commit/@BASE@/g; s/$head_commit/@HEAD@/g" ../md.out >../md.normalised
if [ "${UPDATE:-}" = 1 ]; then
  mkdir -p "$(dirname "$golden")"
  cp ../md.normalised "$golden"
  echo "updated $golden"
elif ! diff -u "$golden" ../md.normalised; then
  fail "the Markdown differs from $golden (UPDATE=1 $0 BIN PROJECT to accept)"
fi
expect_grep ../md.out "crossed the acceptance threshold**" "the summary line calls out the crossing"
expect_grep ../md.out "| R-001 Indirect prompt injection" "the crossing names R-001"
expect_grep ../md.out "8 (L2, I4) → 12 (L3, I4)" "the crossing shows the residual levels"
expect_grep ../md.out "| A.8.30 Outsourced development | excluded | not-applicable | *was:*" "the changed exclusion"
expect_grep ../md.out "| A.7.4 Physical security monitoring | applicable → excluded | implemented → not-applicable |" \
  "the newly excluded control"
expect_grep ../md.out "| Exclusion added | EX-003 Internal hackathon projects |" "the new scope exclusion"
expect_grep ../md.out "### New findings" "the new error from the excluded control"
# What a reviewer must see first comes first.
crossing_line=$(grep -n "^### .*crossed the acceptance threshold" ../md.out | cut -d: -f1)
findings_line=$(grep -n "^### New findings" ../md.out | cut -d: -f1)
records_line=$(grep -n "^### Records" ../md.out | cut -d: -f1)
if [ -z "$crossing_line" ] || [ -z "$findings_line" ] || [ -z "$records_line" ] ||
  [ "$crossing_line" -gt "$findings_line" ] || [ "$findings_line" -gt "$records_line" ]; then
  fail "sections out of order: crossing $crossing_line, new findings $findings_line, records $records_line"
fi

# --- JSON --------------------------------------------------------------------------------------
run_isms ../json diff HEAD~1 HEAD --repo compliance --format json --as-of "$as_of"
expect_rc 0 "isms diff --format json"
python3 -m json.tool ../json.out >/dev/null || fail "the JSON output does not parse"
# check_json FILE: the main case's changes are in the JSON.
check_json() {
  python3 - "$1" <<'PYTHON' || fail "$1: the JSON lacks a change (see above)"
import json, sys
data = json.load(open(sys.argv[1], encoding="utf-8"))
problems = []
def expect(condition, what):
    if not condition:
        problems.append(what)
expect(data["schema_version"] == 1, "schema_version 1")
crossings = {risk["id"]: risk for risk in data["threshold_crossings"]}
expect("R-001" in crossings and crossings["R-001"]["crossing"] == "up", "R-001 crossing up")
if "R-001" in crossings:
    expect(crossings["R-001"]["residual"]["before"]["level"] == 8, "R-001 residual before 8")
    expect(crossings["R-001"]["residual"]["after"]["level"] == 12, "R-001 residual after 12")
controls = {control["control"]: control for control in data["controls"]}
expect("A.8.30" in controls and controls["A.8.30"]["justification"]["before"] != controls["A.8.30"]["justification"]["after"],
       "A.8.30 justification changed")
expect("A.7.4" in controls and controls["A.7.4"]["applicability"] == {"before": "applicable", "after": "excluded"},
       "A.7.4 applicable -> excluded")
scope = [(change["aspect"], change["id"], change["change"]) for change in data["scope"]]
expect(("exclusion", "EX-003", "added") in scope, "scope exclusion EX-003 added")
expect(data["summary"]["threshold_crossings"] == 1, "summary.threshold_crossings")
expect(any(f["code"].startswith("RSK") for f in data["findings"]["new"]), "a new RSK finding")
records = {(r["register"], r["id"]): r for r in data["records"]}
risk = records.get(("risks", "R-001"))
expect(risk is not None and any(f["field"] == "residual.likelihood" and f["before"] == "2" and f["after"] == "3"
                                for f in risk["fields"]), "record R-001 residual.likelihood 2 -> 3")
for problem in problems:
    print("missing: " + problem, file=sys.stderr)
sys.exit(1 if problems else 0)
PYTHON
}
check_json ../json.out
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if d["base"]["kind"] == "revision" and d["git_prefix"] == "compliance/" else 1)' \
  ../json.out || fail "the JSON names the sides as revisions in compliance/"

# --- Text, -o, --fail-on-new -------------------------------------------------------------------
run_isms ../text diff HEAD~1 HEAD --repo compliance --as-of "$as_of"
expect_rc 0 "isms diff in text"
expect_grep ../text.out "now ABOVE the threshold" "text: the crossing"
expect_grep ../text.out "exclusion added EX-003 Internal hackathon projects" "text: the new exclusion"
run_isms ../file diff HEAD~1 HEAD --repo compliance --format md --as-of "$as_of" -o ../comment.md
expect_rc 0 "isms diff -o"
cmp -s ../comment.md ../md.out || fail "-o wrote something else than standard output had"
[ -s ../file.out ] && fail "-o also printed on standard output"
run_isms ../gate diff HEAD~1 HEAD --repo compliance --as-of "$as_of" --fail-on-new error
expect_rc 1 "--fail-on-new error with a new error"
run_isms ../nogate diff HEAD~1 HEAD~1 --repo compliance --as-of "$as_of" --fail-on-new note
expect_rc 0 "--fail-on-new note comparing a commit with itself"
expect_grep ../nogate.out "Findings: 0 new, 0 fixed" "a commit compared with itself"

# --- Two folders -------------------------------------------------------------------------------
cp -R "$PROJECT/examples/ai-company" ../old-isms
run_isms ../folders diff ../old-isms compliance --format json --as-of "$as_of"
expect_rc 0 "isms diff FOLDER FOLDER"
check_json ../folders.out
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if d["base"]["kind"] == "folder" and d["base"]["commit"] is None else 1)' \
  ../folders.out || fail "the JSON names the sides as folders"

# --- BASE against the working tree, from inside the compliance folder ----------------------------
cp compliance/risks.yaml ../risks.committed
sed -i '0,/treatment: modify/s//treatment: accept/' compliance/risks.yaml
cd compliance || exit 1
run_isms ../../worktree diff HEAD --format json --as-of "$as_of"
expect_rc 0 "isms diff HEAD (working tree, default --repo)"
cd .. || exit 1
python3 - ../worktree.out <<'PYTHON' || fail "the uncommitted change is not the only change against HEAD"
import json, sys
data = json.load(open(sys.argv[1], encoding="utf-8"))
assert data["head"]["kind"] == "working-tree", data["head"]
assert [(r["id"], r["treatment"]) for r in data["risks"]] == [("R-001", {"before": "modify", "after": "accept"})], data["risks"]
assert [(r["id"], [f["field"] for f in r["fields"]]) for r in data["records"]] == [("R-001", ["treatment"])], data["records"]
assert data["controls"] == [] and data["scope"] == [], (data["controls"], data["scope"])
PYTHON
run_isms ../worktree-text diff HEAD --repo compliance --as-of "$as_of"
expect_rc 0 "isms diff HEAD --repo compliance"
expect_grep ../worktree-text.out "working tree" "the working tree is named as HEAD"
git diff --quiet -- compliance/risks.yaml && fail "the uncommitted change is gone"
# Restored by copying, not by git checkout, which would rewrite the index.
cp ../risks.committed compliance/risks.yaml

# --- Exit 2 ------------------------------------------------------------------------------------
# exit2 WORD ARGS...: isms ARGS must exit 2 with WORD on stderr and nothing on stdout.
exit2() {
  local word=$1
  shift
  run_isms ../bad "$@"
  expect_rc 2 "isms $*"
  [ -s ../bad.out ] && fail "isms $*: printed on stdout: $(head -3 ../bad.out)"
  expect_grep ../bad.err "$word" "isms $*: stderr"
}
exit2 "'no-such-revision' is not a commit" diff no-such-revision --repo compliance
exit2 "'nope' is not a commit" diff HEAD~1 nope --repo compliance
exit2 "has no folder 'compliance'" diff HEAD~2 HEAD --repo compliance
if ! git -C ../old-isms rev-parse --git-dir >/dev/null 2>&1; then
  exit2 "is not in a git repository" diff HEAD --repo ../old-isms
fi
exit2 "is a folder but HEAD" diff ../old-isms HEAD --repo compliance
exit2 "to compare folders, BASE must be a folder too" diff HEAD ../old-isms --repo compliance
exit2 "is not a commit" diff --repo compliance -- --output=../pwned
[ -e ../pwned ] && fail "an option-like revision reached git as an option"
mkdir -p ../empty-folder
exit2 "BASE ../empty-folder is not a compliance repository" diff ../empty-folder compliance
exit2 "2026-02-30" diff HEAD~1 HEAD --repo compliance --as-of 2026-02-30
exit2 "xml" diff HEAD~1 HEAD --repo compliance --format xml

# --- Nothing was changed, nothing was left behind ----------------------------------------------
state >../state.after
diff -u ../state.before ../state.after || fail "isms diff changed the working tree, the index or HEAD"
[ -e .git/index.lock ] && fail "index.lock left behind"

# --- A register symlinked from outside the folder reads the same at a revision as checked out --
cd "$WORK" || exit 1
git init -q links
cd links || exit 1
git config user.email ci@example.invalid
git config user.name CI
git config commit.gpgsign false
cp -R "$PROJECT/examples/ai-company" compliance
mv compliance/suppliers.yaml shared-suppliers.yaml
ln -s ../shared-suppliers.yaml compliance/suppliers.yaml
ln -s /etc/passwd compliance/context-extra.yaml
git add -A && git commit -qm "Suppliers shared with another team"
run_isms ../links diff HEAD --repo compliance --format json --as-of "$as_of"
expect_rc 0 "isms diff HEAD with symlinks leading out of the folder"
python3 - ../links.out <<'PYTHON' || fail "symlinks read differently at a revision than in the checkout"
import json, sys
data = json.load(open(sys.argv[1], encoding="utf-8"))
assert data["findings"] == {"new": [], "fixed": []}, data["findings"]
assert data["head"]["findings"]["errors"] >= 1, data["head"]  # IO006 on both sides
assert data["records"] == [], data["records"]
PYTHON

# -o never replaces a YAML file of the repository.
cp compliance/risks.yaml ../risks-before.yaml
run_isms ../onto-register diff HEAD --repo compliance --as-of "$as_of" -o compliance/risks.yaml
expect_rc 2 "isms diff -o onto a register file"
expect_grep ../onto-register.err "is a YAML file of the repository" "isms diff -o onto a register file"
cmp -s compliance/risks.yaml ../risks-before.yaml || fail "isms diff -o changed compliance/risks.yaml"

leftovers=$(find "$TMPDIR" -mindepth 1 -maxdepth 1 | head -5)
[ -n "$leftovers" ] && fail "temporary folders left behind: $leftovers"

finish
