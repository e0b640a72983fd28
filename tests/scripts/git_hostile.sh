#!/usr/bin/env bash
# git that the repository cannot steer. `isms render` (to name the commit) and `isms diff` (to
# read old revisions) run git on a folder that may come from an untrusted pull request. Every
# hostile program below only creates a marker file; after each command no marker may exist.
#   1. The files of a bare repository committed into the compliance folder (HEAD, config,
#      refs/heads/main, objects/info/.keep), whose config has a promisor remote with an
#      uploadpack program and an fsmonitor: check, render and diff report IO007 and run no git.
#   2. The same files one folder up, between the compliance folder and the top of the work tree.
#   3. A .git file in the compliance folder that names a git directory inside it.
#   4. Defence in depth: the checkout's own .git/config (which a pull request cannot write, but
#      a hostile archive could) and the user's ~/.gitconfig name programs for every setting
#      that runs one, with a .gitattributes asking for filter, diff and textconv drivers, hooks
#      for every event, and a partial clone whose old blobs are missing, so that reading them
#      would fetch lazily. render and diff still work, and no program runs.
source "$(dirname "$0")/lib/common.bash"
command -v git >/dev/null || skip_or_fail "git is not installed"
PROJECT=$(cd "$PROJECT" && pwd)
unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE GIT_OBJECT_DIRECTORY GIT_COMMON_DIR GIT_CEILING_DIRECTORIES GIT_CONFIG_PARAMETERS
MARK="$WORK/markers"
mkdir -p "$MARK" "$WORK/home"
export HOME="$WORK/home"
run() { printf '"touch %s/%s; false"' "$MARK" "$1"; }

no_markers() {
  local found
  found=$(ls -A "$MARK")
  if [ -n "$found" ]; then
    fail "$1: git ran a program named by repository content: $found"
    rm -f "$MARK"/*
  fi
}

# The user's own configuration, which isms must not read either.
cat >"$HOME/.gitconfig" <<EOF2
[core]
	fsmonitor = $(run global-fsmonitor)
	pager = $(run global-pager)
[alias]
	ls-tree = !touch $MARK/global-alias
EOF2

# The test's own git: without the hostile ~/.gitconfig, and with hooks off.
g() { GIT_CONFIG_GLOBAL=/dev/null git -c core.hooksPath=/dev/null "$@"; }
commit() { g -c user.email=ci@example.invalid -c user.name=CI -c commit.gpgsign=false commit -qm "$1"; }

cd "$WORK" || exit 1
g init -q -b main repo
mkdir -p repo/sub
cp -r "$PROJECT/examples/ai-company" repo/sub/compliance
(cd repo && g add -A && commit "example")
cd repo/sub/compliance || exit 1
head_commit=$(g rev-parse HEAD)
as_of=(--as-of 2026-11-22)

# bare_files DIR: the files of a bare repository whose config runs programs.
bare_files() {
  local dir=$1
  printf 'ref: refs/heads/main\n' >"$dir/HEAD"
  mkdir -p "$dir/refs/heads" "$dir/objects/info"
  touch "$dir/objects/info/.keep"
  echo "$head_commit" >"$dir/refs/heads/main"
  cat >"$dir/config" <<EOF2
[core]
	repositoryformatversion = 1
	bare = true
	fsmonitor = $(run bare-fsmonitor)
	pager = $(run bare-pager)
[extensions]
	partialClone = origin
[remote "origin"]
	url = file://$WORK/nowhere
	promisor = true
	uploadpack = $(run bare-uploadpack)
EOF2
}
remove_bare_files() { rm -rf "$1/HEAD" "$1/config" "$1/refs" "$1/objects"; }

for where in . ..; do
  bare_files "$where"
  run_isms "$WORK/check" check "${as_of[@]}" .
  expect_rc 1 "check with bare-repository files in '$where'"
  expect_grep "$WORK/check.out" "[IO007]" "check with bare-repository files in '$where'"
  run_isms "$WORK/render" render scope --force --format json "${as_of[@]}" .
  expect_rc 0 "render --force with bare-repository files in '$where'"
  if grep -q '"git_commit": *"[0-9a-f]' "$WORK/render.out"; then fail "render named a commit with bare-repository files in '$where'"; fi
  run_isms "$WORK/diff" diff "${as_of[@]}" main
  expect_rc 2 "diff with bare-repository files in '$where'"
  expect_grep "$WORK/diff.err" "[IO007]" "diff with bare-repository files in '$where'"
  no_markers "bare-repository files in '$where'"
  remove_bare_files "$where"
done

mkdir -p inner-git
printf 'gitdir: inner-git\n' >.git
run_isms "$WORK/check" check "${as_of[@]}" .
expect_grep "$WORK/check.out" "[IO007]" "a .git file naming a folder inside the repository"
run_isms "$WORK/diff" diff "${as_of[@]}" main
expect_rc 2 "diff with a .git file naming a folder inside the repository"
rm -rf .git inner-git
no_markers "a .git file naming a folder inside the repository"

# 4. Every setting that names a program, in the checkout's own configuration.
cd "$WORK/repo" || exit 1
printf '* filter=evil diff=evil\n' >sub/compliance/.gitattributes
# Commit through the clean filter's marker, then forget it: only isms's own runs count.
g add -A && commit "attributes"
sed -i '0,/^\(    title: \).*/s//\1Changed title/' sub/compliance/risks.yaml
g add -A && commit "change"
# Only now the hostile settings, so that the test's own commits above ran none of them.
g config core.fsmonitor "touch $MARK/fsmonitor; false"
g config core.pager "touch $MARK/pager; cat"
g config pager.ls-tree "touch $MARK/pager-ls-tree; cat"
g config core.sshCommand "touch $MARK/ssh-command"
g config core.gitProxy "touch $MARK/git-proxy"
g config core.askPass "touch $MARK/askpass"
g config core.editor "touch $MARK/editor"
g config credential.helper "!touch $MARK/credential-helper"
g config diff.external "touch $MARK/diff-external"
g config diff.evil.command "touch $MARK/diff-driver"
g config diff.evil.textconv "touch $MARK/textconv; cat"
g config filter.evil.clean "touch $MARK/filter-clean; cat"
g config filter.evil.smudge "touch $MARK/filter-smudge; cat"
g config filter.evil.process "touch $MARK/filter-process"
g config gpg.program "touch $MARK/gpg"
g config log.showSignature true
g config sequence.editor "touch $MARK/sequence-editor"
g config uploadpack.packObjectsHook "touch $MARK/pack-objects-hook"
g config core.alternateRefsCommand "touch $MARK/alternate-refs"
mkdir -p .git/evil-hooks
for hook in pre-commit post-checkout post-index-change reference-transaction fsmonitor-watchman pre-auto-gc post-merge; do
  printf '#!/bin/sh\ntouch %s/hook-%s\n' "$MARK" "$hook" >".git/evil-hooks/$hook"
  chmod +x ".git/evil-hooks/$hook"
done
g config core.hooksPath .git/evil-hooks
rm -f "$MARK"/*
touch sub/compliance/risks.yaml  # stat-dirty, so that a status would run the clean filter
cd sub/compliance || exit 1
run_isms "$WORK/render" render scope --force --format json "${as_of[@]}" .
expect_rc 0 "render with a hostile .git/config"
expect_grep "$WORK/render.out" '"git_commit": "' "render with a hostile .git/config names the commit"
run_isms "$WORK/diff" diff "${as_of[@]}" HEAD~1
expect_rc 0 "diff with a hostile .git/config"
no_markers "a hostile .git/config and ~/.gitconfig"

# A partial clone whose old blobs are missing: reading them would fetch from the promisor
# remote, running its uploadpack program.
cd "$WORK" || exit 1
g -C repo config --unset-all core.hooksPath
g -C repo config uploadpack.allowFilter true
g -c protocol.file.allow=always clone -q --filter=blob:none "file://$WORK/repo" partial 2>/dev/null ||
  skip_or_fail "git cannot make a partial clone here"
g -C partial config remote.origin.uploadpack "touch $MARK/lazy-fetch-uploadpack; false"
rm -f "$MARK"/*
cd partial/sub/compliance || exit 1
run_isms "$WORK/diff" diff "${as_of[@]}" HEAD~2
no_markers "a partial clone with missing blobs"
if [ "$RC" -ne 2 ]; then fail "diff needing a lazy fetch: exit code $RC, expected 2 (the blobs are not fetched)"; fi
finish
