#!/usr/bin/env bash
# `isms init` round trip, for every documented profile (minimal, ai-company):
#   - init into a new folder succeeds and `isms check` on the result exits 0 without errors;
#   - a second init into the same folder refuses with exit 2, names the existing files and
#     changes nothing (same files, same checksums);
#   - a folder holding just one of the template's files is refused too, and nothing is added;
#   - an unknown profile is a usage error that lists the available profiles.
source "$(dirname "$0")/lib/common.bash"

profiles=(minimal ai-company)

# snapshot DIR: every file and symlink under DIR with its checksum, one per line, sorted.
snapshot() {
  (cd "$1" && find . \( -type f -o -type l \) -print0 | sort -z | xargs -0 -r sha256sum)
}

for profile in "${profiles[@]}"; do
  dir="$WORK/$profile"
  run_isms "$WORK/init-$profile" init "$dir" --profile "$profile" --organisation "Round Trip Ltd"
  expect_rc 0 "isms init --profile $profile"
  if [ "$RC" -ne 0 ]; then
    sed 's/^/    | /' "$WORK/init-$profile.err" >&2
    continue
  fi
  [ -f "$dir/isms.yaml" ] || fail "init --profile $profile wrote no isms.yaml"
  [ -f "$dir/scope.yaml" ] || fail "init --profile $profile wrote no scope.yaml"
  expect_grep "$WORK/init-$profile.out" "created " "init --profile $profile lists the files it created"
  grep -rqF "Round Trip Ltd" "$dir" || fail "init --profile $profile: --organisation not written into any file"
  if grep -rqF "{{" "$dir"; then
    fail "init --profile $profile left template placeholders:"
    grep -rnF "{{" "$dir" | head -5 >&2
  fi

  # The new repository loads without errors: the format is right and every reference resolves.
  # The audit rules are left out: a skeleton is a to-do list, not an audit-ready ISMS.
  audit_rules=AI,AST,CTX,DOC,IPR,PLH,REG005,RSK,SCP,SOA,SUP,TRT
  run_isms "$WORK/check-$profile" check "$dir" --ignore "$audit_rules"
  expect_rc 0 "isms check on a fresh '$profile' repository"
  run_isms "$WORK/check-$profile-json" check "$dir" --format json --ignore "$audit_rules"
  if ! grep -q '"errors": 0,' "$WORK/check-$profile-json.out"; then
    fail "fresh '$profile' repository has errors:"
    sed 's/^/    | /' "$WORK/check-$profile.out" | head -40 >&2
  fi

  # A second init into the same folder refuses and changes nothing.
  before=$(snapshot "$dir")
  run_isms "$WORK/again-$profile" init "$dir" --profile "$profile" --organisation "Other Ltd"
  expect_rc 2 "second isms init --profile $profile into the same folder"
  expect_grep "$WORK/again-$profile.err" "isms.yaml" "second init names the existing files"
  expect_grep "$WORK/again-$profile.err" "nothing was written" "second init says nothing was written"
  [ "$(snapshot "$dir")" = "$before" ] || fail "second init --profile $profile changed the folder"

  # A folder with just one conflicting file: refused, and the template's other files are not added.
  partial="$WORK/partial-$profile"
  mkdir -p "$partial"
  echo "# my own manifest" >"$partial/isms.yaml"
  before=$(snapshot "$partial")
  run_isms "$WORK/partial-$profile" init "$partial" --profile "$profile"
  expect_rc 2 "isms init --profile $profile into a folder that has an isms.yaml"
  [ "$(snapshot "$partial")" = "$before" ] || fail "init --profile $profile into a non-empty folder wrote files"
done

run_isms "$WORK/unknown" init "$WORK/unknown-profile" --profile no-such-profile
expect_rc 2 "isms init --profile no-such-profile"
expect_grep "$WORK/unknown.err" "no-such-profile" "unknown profile error names the profile"
for profile in "${profiles[@]}"; do
  expect_grep "$WORK/unknown.err" "$profile" "unknown profile error lists the available profiles"
done
[ -e "$WORK/unknown-profile" ] && fail "init with an unknown profile created the folder"
finish
