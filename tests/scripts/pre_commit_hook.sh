#!/usr/bin/env bash
# The hook in .pre-commit-hooks.yaml, run by the real pre-commit framework on a compliance
# repository: a clean commit passes, a commit that breaks a reference is refused with the
# finding printed, and a commit that touches no YAML file does not run the check.
source "$(dirname "$0")/lib/common.bash"
command -v git >/dev/null || skip_or_fail "git is not installed"
command -v pre-commit >/dev/null || skip_or_fail "pre-commit is not installed (scripts/dev test installs it)"

cd "$WORK" || exit 1
# The hook runs `isms` from PATH, as it would on a user's machine.
mkdir bin && ln -s "$BIN" bin/isms
export PATH="$WORK/bin:$PATH"
# pre-commit keeps a cache of hook repositories; keep it inside the test's folder.
export PRE_COMMIT_HOME="$WORK/pre-commit-home"

# try-repo needs the hooks file in a git repository; copy it so the project's own state
# (a clean clone or a working copy) does not matter.
git init -q hooks
cp "$PROJECT/.pre-commit-hooks.yaml" hooks/
git -C hooks -c user.email=ci@example.invalid -c user.name=CI add -A
git -C hooks -c user.email=ci@example.invalid -c user.name=CI commit -qm hooks

git init -q repo
cd repo || exit 1
git config user.email ci@example.invalid
git config user.name CI
cp -r "$PROJECT/examples/saas-company/." .
git add -A

pre-commit try-repo "$WORK/hooks" isms-check >../clean.log 2>&1
rc=$?
[ $rc -eq 0 ] || { fail "the hook failed on a clean repository (exit $rc)"; cat ../clean.log >&2; }
grep -q "isms check\.*Passed" ../clean.log || fail "the hook did not report Passed: $(cat ../clean.log)"

# Break a reference in a staged file: the hook must refuse and show the finding.
first_asset=$(grep -m1 -o 'assets: \[[A-Z0-9-]*' risks.yaml | sed 's/assets: \[//')
[ -n "$first_asset" ] || fail "the example has no risk with assets to break"
sed -i "0,/assets: \[$first_asset/s//assets: [AST-NOPE/" risks.yaml
git add risks.yaml
pre-commit try-repo "$WORK/hooks" isms-check >../broken.log 2>&1
rc=$?
[ $rc -eq 1 ] || fail "the hook exited $rc on a broken reference, expected 1"
grep -q "isms check\.*Failed" ../broken.log || fail "the hook did not report Failed: $(cat ../broken.log)"
grep -q "\[REF001\]" ../broken.log || fail "the REF001 finding is not shown: $(cat ../broken.log)"
git checkout -q -- . 2>/dev/null; git reset -q; git checkout -q -- risks.yaml 2>/dev/null || true
cp "$PROJECT/examples/saas-company/risks.yaml" risks.yaml

# A staged change to no YAML file: the hook is skipped.
git add -A
printf 'notes\n' >NOTES.txt
git add NOTES.txt
pre-commit try-repo "$WORK/hooks" isms-check --files NOTES.txt >../skipped.log 2>&1
rc=$?
[ $rc -eq 0 ] || fail "the hook exited $rc with no YAML file, expected 0"
grep -q "isms check\.*(no files to check)Skipped" ../skipped.log || fail "the hook was not skipped: $(cat ../skipped.log)"

finish
