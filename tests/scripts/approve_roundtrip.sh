#!/usr/bin/env bash
# `isms approve` round trip on a copy of examples/saas-company:
#   - the example checks clean; approving its scope without --force is refused and changes nothing;
#   - with --force the approval is replaced: the diff is that one line, comments and layout stay;
#   - editing the scope statement makes `isms check` report APR001 at the approval, exit 1;
#     approving again makes it clean; reverting the edit instead makes it clean too;
#   - an approval is inserted into a register block that has none, as one new line;
#   - awkward names are quoted so that they read back; file permissions are kept;
#   - --date defaults to SOURCE_DATE_EPOCH; a bad --date, an unknown register, errors in the
#     register and a register block written as a flow mapping are refused with exit 2.
source "$(dirname "$0")/lib/common.bash"

repo="$WORK/repo"
cp -r "$PROJECT/examples/saas-company" "$repo"
# The acting approver of the risk register below, with names YAML would misread, is on record.
python3 - "$repo/roles.yaml" <<'PY'
import sys
path = sys.argv[1]
text = open(path).read()
role = """  - id: ROLE-ACTING-CEO
    title: "Chief Executive, Acme"
    top_management: true
    responsibilities: Acts for the CEO during the CEO's leave.
"""
text = text.replace("\npeople:\n", "\n" + role + "\npeople:\n", 1)
text = text.rstrip("\n") + '''
  - id: P-099
    name: "O'Brien: Acting #2"
    roles: [ROLE-ACTING-CEO]
'''
open(path, "w").write(text)
PY
scope="$repo/scope.yaml"

run_isms "$WORK/check0" check "$repo"
expect_rc 0 "isms check on the example"
expect_grep "$WORK/check0.out" "No findings" "the example is clean"

# Without --force an existing approval is a signature that is not replaced.
cp "$scope" "$WORK/scope.orig"
run_isms "$WORK/noforce" approve scope "$repo" --by "Rufus Okonjo-Bell" --role CTO
expect_rc 2 "isms approve over an existing approval without --force"
expect_grep "$WORK/noforce.err" "scope.yaml:7: the scope is already approved by Annika Treharne (CEO) on 2026-05-12" \
  "the refusal names the existing approval"
expect_grep "$WORK/noforce.err" "--force" "the refusal says how to replace it"
cmp -s "$scope" "$WORK/scope.orig" || fail "a refused approve changed scope.yaml"

# With --force only the approval line changes.
run_isms "$WORK/force" approve scope "$repo" --by "Annika Treharne" --role CEO --date 2026-11-23 --force
expect_rc 0 "isms approve scope --force"
expect_grep "$WORK/force.out" "scope.yaml:7: recorded the approval of the scope by Annika Treharne (CEO) on 2026-11-23" \
  "approve says what it did"
expect_grep "$WORK/force.out" "  - approval: {by: Annika Treharne, role: CEO, date: 2026-05-12, digest: sha256:" \
  "approve shows the approval it replaced"
diff "$WORK/scope.orig" "$scope" >"$WORK/force.diff"
if [ "$(grep -c '^[<>]' "$WORK/force.diff")" -ne 2 ] || ! grep -q '^7c7$' "$WORK/force.diff"; then
  fail "approve changed more than the approval line:"
  sed 's/^/    | /' "$WORK/force.diff" >&2
fi
grep -q '^>   approval: {by: Annika Treharne, role: CEO, date: 2026-11-23, digest: sha256:[0-9a-f]\{64\}}$' \
  "$WORK/force.diff" || fail "the new approval line is not as expected"
[ "$(grep -c '#' "$scope")" -eq "$(grep -c '#' "$WORK/scope.orig")" ] || fail "approve lost comments"
run_isms "$WORK/check1" check "$repo"
expect_rc 0 "isms check after approve"

# An edit after the approval makes it stale, at the approval's position.
cp "$scope" "$WORK/scope.approved"
sed -i 's/supporting the development, operation and/supporting the design, development, operation and/' "$scope"
cmp -s "$scope" "$WORK/scope.approved" && fail "the test's edit of the scope statement did nothing"
run_isms "$WORK/stale" check "$repo"
expect_rc 1 "isms check after the scope changed"
expect_grep "$WORK/stale.out" "scope.yaml:7:13: error: the scope was approved by Annika Treharne (CEO) on 2026-11-23, but its content has changed since" \
  "the stale approval is reported at the approval"
expect_grep "$WORK/stale.out" "[APR001]" "the stale approval has its code"
expect_grep "$WORK/stale.out" 'help: review the changes, then approve again: isms approve scope --by "Annika Treharne" --role CEO --force' \
  "the hint gives the command"
# A scope whose approval is stale cannot be issued; the SoA, approved separately, still can.
run_isms "$WORK/stale-render" render scope "$repo" --format txt
expect_rc 2 "render scope with a stale scope approval"
expect_grep "$WORK/stale-render.err" "[APR001]" "the refusal names the stale approval"
run_isms "$WORK/soa-render" render soa "$repo" --format csv
expect_rc 0 "render soa while only the scope approval is stale"

# Reformatting is not a change: comments, quoting and indentation do not count.
cp "$WORK/scope.approved" "$WORK/reformatted.yaml"
sed -i 's/^soa_version: "1.2"/soa_version: '"'"'1.2'"'"'   # quoted differently/' "$WORK/reformatted.yaml"
grep -q "quoted differently" "$WORK/reformatted.yaml" || fail "the test's reformatting did nothing"
cp "$WORK/reformatted.yaml" "$scope"
run_isms "$WORK/reformat" check "$repo"
expect_rc 0 "isms check after a change of quoting and a comment"

# Approving again makes the check clean; so does reverting the change instead.
sed -i 's/supporting the development, operation and/supporting the design, development, operation and/' "$scope"
run_isms "$WORK/again" approve scope "$repo" --by "Annika Treharne" --role CEO --date 2026-11-24 --force
expect_rc 0 "isms approve again after the change"
run_isms "$WORK/check2" check "$repo"
expect_rc 0 "isms check after approving the change"
cp "$WORK/scope.approved" "$scope"
run_isms "$WORK/check3" check "$repo"
expect_rc 0 "isms check after reverting the change"

# A register without an approval gets one new line at the end of its register block.
risks="$repo/risks.yaml"
sed -i '/^  approval: {by: Annika Treharne, role: CEO, date: 2026-08-18}$/d' "$risks"
cp "$risks" "$WORK/risks.orig"
chmod 640 "$risks"
run_isms "$WORK/insert" approve register risks "$repo" --by "O'Brien: Acting #2" --role "Chief Executive, Acme" \
  --date 2026-08-18
expect_rc 0 "isms approve register risks"
diff "$WORK/risks.orig" "$risks" >"$WORK/insert.diff"
if [ "$(grep -c '^[<>]' "$WORK/insert.diff")" -ne 1 ] || ! grep -q '^11a12$' "$WORK/insert.diff"; then
  fail "approve did not insert exactly one line after last_review:"
  sed 's/^/    | /' "$WORK/insert.diff" >&2
fi
expect_grep "$risks" "  approval: {by: \"O'Brien: Acting #2\", role: \"Chief Executive, Acme\", date: 2026-08-18, digest: sha256:" \
  "names YAML would misread are quoted"
[ "$(stat -c %a "$risks")" = 640 ] || fail "approve changed the file's permissions to $(stat -c %a "$risks")"
run_isms "$WORK/check4" check "$repo"
expect_rc 0 "isms check after inserting an approval"
expect_grep "$WORK/check4.out" "No findings" "the inserted approval reads back and is current"

# --date defaults to SOURCE_DATE_EPOCH, as for isms render.
SOURCE_DATE_EPOCH=1790000000 run_isms "$WORK/epoch" approve soa "$repo" --by "Annika Treharne" --role CEO --force
expect_rc 0 "isms approve soa without --date"
grep -q '^  approval: {by: Annika Treharne, role: CEO, date: 2026-09-21, digest: sha256:' "$repo/soa.yaml" ||
  fail "--date did not default to SOURCE_DATE_EPOCH (2026-09-21)"

# Refusals: nothing is written and the exit code is 2.
snapshot() { (cd "$repo" && find . -type f -print0 | sort -z | xargs -0 sha256sum); }
before=$(snapshot)
run_isms "$WORK/baddate" approve scope "$repo" --by A --role CEO --date 2026-02-30 --force
expect_rc 2 "a bad --date"
expect_grep "$WORK/baddate.err" "--date must be a real date written YYYY-MM-DD, not '2026-02-30'" "bad --date message"
run_isms "$WORK/unknown" approve scpe "$repo" --by A --role CEO
expect_rc 2 "an unknown register"
expect_grep "$WORK/unknown.err" "unknown register 'scpe' (did you mean 'scope'?)" "unknown register did-you-mean"
run_isms "$WORK/unknown2" approve register asets "$repo" --by A --role CEO
expect_rc 2 "an unknown register after 'register'"
expect_grep "$WORK/unknown2.err" "unknown register 'asets' (did you mean 'assets'?)" "register NAME did-you-mean"
run_isms "$WORK/missing" approve scope "$WORK/nowhere" --by A --role CEO
expect_rc 2 "a folder that does not exist"
[ "$(snapshot)" = "$before" ] || fail "a refused approve changed the repository"

sed -i 's/^soa_version:/soa_versoin:/' "$scope"
before_errors=$(snapshot)
run_isms "$WORK/errors" approve scope "$repo" --by A --role CEO --force
expect_rc 2 "approving a scope with errors in its file"
expect_grep "$WORK/errors.err" "[SCH003]" "the errors are printed"
expect_grep "$WORK/errors.err" "the scope cannot be approved" "the refusal says why"
[ "$(snapshot)" = "$before_errors" ] || fail "approve wrote despite errors in the register"
cp "$WORK/scope.approved" "$scope"

suppliers="$repo/suppliers.yaml"
perl -0pi -e 's/register:\n  version: "1.4"\n  owner: Information Security Manager\n  approval: \{[^}]*\}\n  last_review: 2026-07-30\n/register: {version: "1.4", owner: Information Security Manager, last_review: 2026-07-30}\n/' "$suppliers"
grep -q '^register: {version' "$suppliers" || fail "the test could not rewrite the supplier register block as a flow mapping"
cp "$suppliers" "$WORK/suppliers.flow"
run_isms "$WORK/flow" approve register suppliers "$repo" --by A --role CEO
expect_rc 2 "approving a register block written as a flow mapping"
expect_grep "$WORK/flow.err" "cannot edit $repo/suppliers.yaml safely: its register: block is a flow mapping" \
  "the refusal says why the file cannot be edited"
expect_grep "$WORK/flow.err" "add the approval to its register: block by hand" "the refusal gives the line to add"
cmp -s "$suppliers" "$WORK/suppliers.flow" || fail "a refused approve changed suppliers.yaml"

finish
