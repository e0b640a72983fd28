#!/usr/bin/env bash
# Golden files of `isms render`: every document in every text format rendered from
# examples/ai-company with --as-of 2026-11-22 must equal tests/render/golden/DOC.FMT byte for
# byte (a unified diff is printed otherwise). To accept a deliberate change of the output,
# regenerate them and review the diff before committing:
#
#     UPDATE=1 tests/scripts/render_golden.sh build/isms .
#
# The HTML documents share one stylesheet, kept once in tests/render/golden/html-style.css.
#
# Also checked here:
#   - rendering is reproducible: each document and format (xlsx included) rendered twice, two
#     seconds apart, gives the same bytes;
#   - without --as-of, SOURCE_DATE_EPOCH sets the generation date (its UTC date), and an
#     invalid SOURCE_DATE_EPOCH is refused;
#   - inside a git checkout the document names the commit (document.git_commit is HEAD and
#     git_modified says whether the files under the repository folder differ from it),
#     and rendering neither changes the working tree or the index nor leaves index.lock behind.
# The example is copied to a temporary folder first: in this source tree the documents would
# name the project's own commit.
set -euo pipefail
source "$(dirname "$0")/lib/common.bash"
PROJECT=$(cd "$PROJECT" && pwd)

golden="$PROJECT/tests/render/golden"
example="$PROJECT/examples/ai-company"
as_of=2026-11-22
documents=(scope soa report review)
declare -A formats=([scope]="md html txt json" [soa]="md html csv xlsx json" [report]="md html json"
  [review]="md html json")

[ -f "$example/isms.yaml" ] || { fail "no example repository at $example"; finish; }
command -v python3 >/dev/null || command -v /usr/bin/python3 >/dev/null || skip_or_fail "python3 is needed to read the json renders"
PY=$(command -v /usr/bin/python3 || command -v python3)

# render PREFIX ARGS...: `isms render ARGS`, output in PREFIX.out / PREFIX.err, exit code in RC.
# run_isms (lib/common.bash) is not written for set -e; `|| true` keeps its RC.
render() {
  local prefix=$1
  shift
  run_isms "$prefix" render "$@" || true
}

# json_field FILE KEY...: prints data[KEY][KEY]... of a json render (booleans as true/false).
json_field() {
  "$PY" - "$@" <<'PYTHON'
import json, sys
value = json.load(open(sys.argv[1], encoding="utf-8"))
for key in sys.argv[2:]:
    value = value[key]
print(json.dumps(value) if isinstance(value, bool) else value)
PYTHON
}

# Git must look at the folders below, not at a repository named by the caller's environment.
unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE GIT_OBJECT_DIRECTORY GIT_COMMON_DIR GIT_CEILING_DIRECTORIES

cd "$WORK"
cp -R "$example" ai-company
if git -C ai-company rev-parse --git-dir >/dev/null 2>&1; then
  fail "the temporary folder $WORK is inside a git checkout; set TMPDIR to a folder outside git"
  finish
fi

# split_stylesheet HTML OUT CSS: OUT is HTML with the lines inside <style> replaced by one line
# that names the shared golden stylesheet, and CSS those lines. Every HTML document carries
# the same stylesheet, so the goldens hold it once, in tests/render/golden/html-style.css.
split_stylesheet() {
  awk -v css="$3" '
    /^<\/style>$/ { inside = 0 }
    inside { print > css; next }
    { print }
    /^<style>$/ { inside = 1; print "/* tests/render/golden/html-style.css */" }
  ' "$1" >"$2"
  [ -f "$3" ] || : >"$3"
}

# check_stylesheet CSS DOCUMENT: the stylesheet of DOCUMENT equals the golden one.
check_stylesheet() {
  if [ "${UPDATE:-}" = 1 ]; then
    cp "$1" "$golden/html-style.css"
    return
  fi
  [ -s "$1" ] || fail "isms render $2 --format html has no <style> block"
  diff -u --label golden/html-style.css --label "stylesheet of $2.html" "$golden/html-style.css" "$1" >"diff-$2.css" || {
    fail "the stylesheet of isms render $2 --format html differs from tests/render/golden/html-style.css:"
    head -100 "diff-$2.css" >&2
  }
}

# 1. Golden files.
mkdir first second
for document in "${documents[@]}"; do
  for format in ${formats[$document]}; do
    render "first/$document.$format" "$document" ai-company --format "$format" --as-of "$as_of"
    expect_rc 0 "isms render $document --format $format"
    if [ -s "first/$document.$format.err" ]; then
      fail "isms render $document --format $format wrote to stderr:"
      sed 's/^/    | /' "first/$document.$format.err" | head -20 >&2
    fi
    [ -s "first/$document.$format.out" ] || fail "isms render $document --format $format printed nothing"
    [ "$format" = xlsx ] && continue
    compared="first/$document.$format.out"
    if [ "$format" = html ]; then
      compared="first/$document.$format.compared"
      split_stylesheet "first/$document.$format.out" "$compared" "first/$document.css"
      check_stylesheet "first/$document.css" "$document"
    fi
    if [ "${UPDATE:-}" = 1 ]; then
      mkdir -p "$golden"
      cp "$compared" "$golden/$document.$format"
      echo "updated tests/render/golden/$document.$format"
    elif [ ! -f "$golden/$document.$format" ]; then
      fail "no golden file tests/render/golden/$document.$format (run with UPDATE=1 to create it)"
    elif ! diff -u --label "golden/$document.$format" --label "rendered $document.$format" \
      "$golden/$document.$format" "$compared" >"diff-$document.$format"; then
      fail "isms render $document --format $format differs from tests/render/golden/$document.$format" \
        "(UPDATE=1 regenerates it after review):"
      head -200 "diff-$document.$format" >&2
    fi
  done
done

# 2. Reproducible: the same bytes again, two seconds later (zip timestamps have a two-second
# resolution, so an xlsx that embeds the time of day would differ).
sleep 2
for document in "${documents[@]}"; do
  for format in ${formats[$document]}; do
    render "second/$document.$format" "$document" ai-company --format "$format" --as-of "$as_of"
    expect_rc 0 "second isms render $document --format $format"
    if ! cmp "first/$document.$format.out" "second/$document.$format.out" >&2; then
      fail "isms render $document --format $format is not reproducible: two renders differ"
    fi
  done
done

# 3. SOURCE_DATE_EPOCH gives the date when --as-of is not given.
epoch=1795305600
epoch_date=$(date -u -d "@$epoch" +%Y-%m-%d)
SOURCE_DATE_EPOCH=$epoch render epoch scope ai-company --format json
expect_rc 0 "isms render scope --format json with SOURCE_DATE_EPOCH=$epoch"
if [ "$RC" -eq 0 ]; then
  generated=$(json_field epoch.out document generated)
  [ "$generated" = "$epoch_date" ] ||
    fail "SOURCE_DATE_EPOCH=$epoch: document.generated is '$generated', expected $epoch_date"
  generated_from=$(json_field epoch.out document generated_from)
  [ "$generated_from" = SOURCE_DATE_EPOCH ] ||
    fail "SOURCE_DATE_EPOCH=$epoch: document.generated_from is '$generated_from', expected SOURCE_DATE_EPOCH"
fi
# --as-of wins over SOURCE_DATE_EPOCH.
SOURCE_DATE_EPOCH=$epoch render epoch-as-of scope ai-company --format json --as-of "$as_of"
cmp -s epoch-as-of.out first/scope.json.out ||
  fail "with --as-of $as_of, SOURCE_DATE_EPOCH still changed the scope json"
SOURCE_DATE_EPOCH=yesterday render epoch-bad scope ai-company --format json
expect_rc 2 "isms render with SOURCE_DATE_EPOCH=yesterday"
expect_grep epoch-bad.err "SOURCE_DATE_EPOCH" "the error about an invalid SOURCE_DATE_EPOCH names it"
[ -s epoch-bad.out ] && fail "an invalid SOURCE_DATE_EPOCH still printed a document"

# 4. Inside a git checkout. The test's own git commands ignore the user's configuration.
if ! command -v git >/dev/null; then
  [ "$FAILURES" -ne 0 ] && finish
  skip_or_fail "git is needed to check that documents name the commit they were rendered from"
fi
export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1
git -c init.defaultBranch=main init -q checkout
git -C checkout config user.name "Render Test"
git -C checkout config user.email "render-test@example.invalid"
git -C checkout config commit.gpgsign false
cp -R "$example" checkout/isms
echo "Not part of the ISMS repository." >checkout/README.txt
git -C checkout add -A
git -C checkout commit -q -m "ISMS repository"
head_commit=$(git -C checkout rev-parse HEAD)

# render_in_checkout NAME: renders the scope as json from checkout/isms; fails when the render
# changed the index or the working tree or left a lock.
render_in_checkout() {
  local name=$1 status_before status_after index_before index_after
  status_before=$(git -C checkout status --porcelain)
  index_before=$(cksum <checkout/.git/index)
  render "$name" scope checkout/isms --format json --as-of "$as_of"
  expect_rc 0 "isms render scope from a git checkout ($name)"
  index_after=$(cksum <checkout/.git/index)
  status_after=$(git -C checkout status --porcelain)
  [ "$index_before" = "$index_after" ] || fail "rendering ($name) rewrote the git index"
  [ "$status_before" = "$status_after" ] ||
    fail "rendering ($name) changed git status: before '$status_before', after '$status_after'"
  [ -e checkout/.git/index.lock ] && fail "rendering ($name) left .git/index.lock behind"
  return 0
}

# git_header NAME WANT_MODIFIED WHAT: document.git_commit must be HEAD, git_modified WANT_MODIFIED.
git_header() {
  local name=$1 want_modified=$2 what=$3 commit modified source
  [ "$RC" -eq 0 ] || return 0
  commit=$(json_field "$name.out" document git_commit)
  modified=$(json_field "$name.out" document git_modified)
  source=$(json_field "$name.out" document source)
  [ "$commit" = "$head_commit" ] || fail "$what: document.git_commit is '$commit', expected HEAD $head_commit"
  [ "$modified" = "$want_modified" ] || fail "$what: document.git_modified is $modified, expected $want_modified"
  case $source in
    *"${head_commit:0:12}"*) ;;
    *) fail "$what: document.source '$source' does not name the commit ${head_commit:0:12}" ;;
  esac
}

render_in_checkout git-clean
git_header git-clean false "clean checkout"

# A change outside the repository folder does not make the ISMS repository modified.
echo "edited" >>checkout/README.txt
render_in_checkout git-outside
git_header git-outside false "checkout with a change outside the ISMS folder"

# A change to a tracked file of the repository does.
echo "# local edit, not committed" >>checkout/isms/scope.yaml
render_in_checkout git-modified
git_header git-modified true "checkout with an uncommitted change to scope.yaml"
[ "$RC" -eq 0 ] && expect_grep git-modified.out "with uncommitted changes" "document.source of a modified checkout"

# The golden render, from outside git, names no commit.
[ "$(json_field first/scope.json.out document git_commit)" = "" ] ||
  fail "a render from outside git names a commit"
finish
