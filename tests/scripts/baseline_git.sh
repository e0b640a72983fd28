#!/usr/bin/env bash
# Baselines on a real git repository with several commits, as a CI job would use them: the
# baseline recorded on main hides the findings it knows, a change that adds no defect passes,
# one that adds a defect fails and shows only that defect, moved lines still match, a fixed
# defect is reported as a note so the baseline can shrink, and bad baseline files exit 2.
source "$(dirname "$0")/lib/common.bash"
command -v git >/dev/null || skip_or_fail "git is not installed"

cd "$WORK" || exit 1
git init -q repo
cd repo || exit 1
git config user.email ci@example.invalid
git config user.name "CI"
cp -r "$PROJECT/examples/saas-company/." .
# Existing debt: the SoA lost its approval line.
sed -i '/^  approval:/d' soa.yaml
git add -A && git commit -qm "ISMS with a known defect"

run_isms ../before check . --as-of 2026-11-22
expect_rc 1 "the repository has a finding before the baseline"
run_isms ../baseline baseline . -o isms-baseline.json --as-of 2026-11-22
expect_rc 0 "isms baseline"
expect_grep ../baseline.err "wrote 1 finding to isms-baseline.json" "baseline reports what it wrote"
git add isms-baseline.json && git commit -qm "Adopt isms with a baseline"

run_isms ../again baseline . -o isms-baseline.json --as-of 2026-11-22
expect_rc 2 "isms baseline over an existing file without --force"
expect_grep ../again.err "isms-baseline.json exists; use --force" "refusal names --force"

# A change that adds no defect: the CI gate passes.
sed -i 's/^  last_review: .*/  last_review: 2026-10-01/' soa.yaml
git commit -qam "Review the SoA"
run_isms ../clean check . --baseline isms-baseline.json --as-of 2026-11-22
expect_rc 0 "a change with no new defect, checked against the baseline"
expect_grep ../clean.out "1 finding in the baseline not shown" "the summary counts the known finding"

# Moving every line of the file keeps the match: fingerprints do not use line numbers.
{ printf '# Reviewed by the security steering group.\n# Next review: 2027.\n\n'; cat soa.yaml; } >soa.tmp && mv soa.tmp soa.yaml
git commit -qam "Add a comment at the top of the SoA"
run_isms ../moved check . --baseline isms-baseline.json --as-of 2026-11-22
expect_rc 0 "known finding on a moved line"

# A change that adds one defect fails, and shows only the new finding.
first_risk_owner=$(grep -n '^    owner:' risks.yaml | head -1 | cut -d: -f1)
sed -i "${first_risk_owner}d" risks.yaml
git commit -qam "Risk without an owner"
run_isms ../new check . --baseline isms-baseline.json --as-of 2026-11-22
expect_rc 1 "a change that adds a defect"
grep -q "SOA009" ../new.out && fail "the known SOA009 finding was shown despite the baseline"
grep -q "^1 error" ../new.out || fail "expected exactly one error in: $(tail -1 ../new.out)"
git revert --no-edit HEAD >/dev/null

# Fixing the known defect: a BSL001 note says the baseline can shrink; the gate still passes.
cp "$PROJECT/examples/saas-company/soa.yaml" soa.yaml
git commit -qam "Record the SoA approval"
run_isms ../fixed check . --baseline isms-baseline.json --as-of 2026-11-22
expect_rc 0 "a fixed known defect"
expect_grep ../fixed.out "[BSL001]" "a fixed baseline entry is reported"
expect_grep ../fixed.out "isms baseline -o isms-baseline.json --force" "the hint says how to shrink the baseline"
run_isms ../shrink baseline . -o isms-baseline.json --force --as-of 2026-11-22
expect_rc 0 "isms baseline --force"
expect_grep ../shrink.err "wrote 0 findings" "the shrunk baseline is empty"

# Bad baseline files: exit 2 with a message.
run_isms ../missing check . --baseline no-such-file.json
expect_rc 2 "a missing baseline file"
expect_grep ../missing.err "cannot read the baseline no-such-file.json" "message for a missing baseline"
printf 'not json' >bad.json
run_isms ../bad check . --baseline bad.json
expect_rc 2 "a baseline that is not JSON"
expect_grep ../bad.err "bad.json is not a baseline" "message for a broken baseline"
printf '{"schema_version": 99, "findings": []}' >future.json
run_isms ../future check . --baseline future.json
expect_rc 2 "a baseline of another schema version"
expect_grep ../future.err "schema_version 99" "message for another schema version"

finish
