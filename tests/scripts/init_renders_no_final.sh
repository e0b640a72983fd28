#!/usr/bin/env bash
# A repository fresh from `isms init` is a template, not an ISMS: for every profile, once its
# scope and SoA are approved with `isms approve`, nothing renders as final.
#   - `isms render scope` and `isms render soa` (and the report and the review pack) are refused
#     with exit code 2, listing the placeholder findings (PLH001) that make them wrong;
#   - the scope is refused on its own placeholder text (the statement), the SoA on its
#     "To be assessed" justifications;
#   - with --force each renders, exit 0, as a draft carrying the DRAFT banner.
source "$(dirname "$0")/lib/common.bash"

for profile in minimal ai-company; do
  dir="$WORK/$profile"
  run_isms "$WORK/init-$profile" init "$dir" --profile "$profile" --organisation "Placeholder Test Ltd"
  expect_rc 0 "isms init --profile $profile"
  [ "$RC" -eq 0 ] || continue
  # Placeholder findings do not stop an approval (they are not reading errors), so a hurried
  # user can approve the template; the point is that an approval does not make it content.
  for register in scope soa; do
    run_isms "$WORK/approve-$register-$profile" approve "$register" "$dir" --by "Pat Example" --role CEO \
      --date 2026-01-15
    expect_rc 0 "isms approve $register on a fresh '$profile' repository"
  done

  for document in scope soa report review; do
    out="$WORK/render-$document-$profile"
    run_isms "$out" render "$document" "$dir" --format md --as-of 2026-01-20
    expect_rc 2 "isms render $document of an approved, untouched '$profile' repository"
    expect_grep "$out.err" "[PLH001]" "render $document of '$profile' lists the placeholder findings"
    [ -s "$out.out" ] && fail "render $document of '$profile' was refused but wrote a document"

    run_isms "$out-force" render "$document" "$dir" --format md --as-of 2026-01-20 --force
    expect_rc 0 "isms render $document --force of an untouched '$profile' repository"
    expect_grep "$out-force.out" "DRAFT – NOT FOR ISSUE" "render $document --force of '$profile' is a draft"
    expect_grep "$out-force.out" "PLH001" "the draft of $document ('$profile') lists why it is a draft"
  done
  expect_grep "$WORK/render-scope-$profile.err" "\`statement\` of the scope is placeholder text" \
    "the scope of '$profile' is refused on its statement"
  expect_grep "$WORK/render-soa-$profile.err" "\`justification\` of control A.5.1 is placeholder text (\"To be assessed\")" \
    "the SoA of '$profile' is refused on its justifications"
done
finish
