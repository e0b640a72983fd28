#!/usr/bin/env bash
# isms export oscal: each of the five models from both examples validates against the official
# OSCAL 1.2.1 JSON Schema (../shared/refdata/oscal-complete-schema-1.2.1.json), with ajv
# (tests/tools/validate_oscal.js), because valijson's std::regex and Python's re cannot read the
# schema's \p{L} classes. Negative controls (a UUID of version 8, a control id starting with a
# digit, a date-time without a zone) must fail and a Unicode letter must pass, so the patterns
# are really enforced. Exports are byte-identical on a second run, from another folder, and with
# SOURCE_DATE_EPOCH for --as-of; references inside and between the documents resolve; a
# repository with blocking findings is refused, or marked as a draft with --force; hostile text
# stays valid OSCAL and reaches no terminal raw. Without the reference data or ajv (scripts/dev
# test installs it) the test is skipped, except in CI (CI=true), where it fails.
source "$(dirname "$0")/lib/common.bash"

case $PROJECT in /*) ;; *) PROJECT=$PWD/$PROJECT ;; esac
schema="$PROJECT/../shared/refdata/oscal-complete-schema-1.2.1.json"
tools="$PROJECT/.test-tools"
validator="$PROJECT/tests/tools/validate_oscal.js"
as_of=2026-11-22
models=(catalog profile ssp assessment-results poam)
[ -f "$schema" ] || skip_or_fail "the OSCAL schema is not at $schema"
command -v node >/dev/null || skip_or_fail "node is not installed; scripts/dev test installs it with npm"
[ -d "$tools/node_modules/ajv" ] && [ -d "$tools/node_modules/ajv-formats" ] ||
  skip_or_fail "ajv and ajv-formats are not installed under .test-tools; scripts/dev test installs them"

# validate FILE...: 0 when every file is valid OSCAL.
validate() { timeout 300 node "$validator" "$tools" "$schema" "$@"; }

# Every model of both examples, twice: the second run must give the same bytes.
exported=()
for example in ai-company saas-company; do
  for model in "${models[@]}"; do
    for run in 1 2; do
      out="$WORK/$example-$model-$run"
      run_isms "$out" export oscal "$model" "$PROJECT/examples/$example" --as-of "$as_of" -o "$out.json"
      expect_rc 0 "isms export oscal $model examples/$example"
      [ -s "$out.err" ] && fail "export oscal $model examples/$example wrote to stderr: $(head -3 "$out.err")"
    done
    cmp -s "$WORK/$example-$model-1.json" "$WORK/$example-$model-2.json" ||
      fail "export oscal $model examples/$example differs between two runs"
    exported+=("$WORK/$example-$model-1.json")
  done
done
validate "${exported[@]}" || fail "an export of the examples does not validate against the OSCAL schema"

# The same document whatever folder isms runs in and however the repository is spelled, and
# SOURCE_DATE_EPOCH gives the date --as-of does.
(cd "$PROJECT/examples/ai-company" && env TZ=UTC "$BIN" export oscal ssp . --as-of "$as_of" -o "$WORK/from-inside.json") ||
  fail "export oscal ssp from inside the example failed"
cmp -s "$WORK/from-inside.json" "$WORK/ai-company-ssp-1.json" || fail "the SSP depends on the folder isms runs in"
epoch=$(date -u -d "$as_of" +%s)
SOURCE_DATE_EPOCH=$epoch run_isms "$WORK/epoch" export oscal catalog -o "$WORK/epoch.json"
cmp -s "$WORK/epoch.json" "$WORK/ai-company-catalog-1.json" || fail "SOURCE_DATE_EPOCH does not give the --as-of date"
cmp -s "$WORK/ai-company-catalog-1.json" "$WORK/saas-company-catalog-1.json" || fail "the catalog depends on the repository"

# What the schema cannot see: ids and references that resolve, UUIDs that are unique and of
# version 5, one observation per finding of isms check.
for example in ai-company saas-company; do
  run_isms "$WORK/$example-check" check "$PROJECT/examples/$example" --as-of "$as_of" --format json
  python3 - "$WORK/$example" "$WORK/$example-check.out" <<'PY' || fail "references in the exports of $example"
import json, re, sys
prefix, check = sys.argv[1], json.load(open(sys.argv[2]))
docs = {m: json.load(open(f"{prefix}-{m}-1.json")) for m in
        ("catalog", "profile", "ssp", "assessment-results", "poam")}
problems = []
def walk(value, path, uuids, hrefs):
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "uuid": uuids.append(item)
            if key == "href" and item.startswith("#"): hrefs.append(item[1:])
            walk(item, f"{path}/{key}", uuids, hrefs)
    elif isinstance(value, list):
        for index, item in enumerate(value): walk(item, f"{path}/{index}", uuids, hrefs)
for model, doc in docs.items():
    uuids, hrefs = [], []
    walk(doc, "", uuids, hrefs)
    if len(uuids) != len(set(uuids)): problems.append(f"{model}: duplicate UUIDs")
    if any(not re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", u) for u in uuids):
        problems.append(f"{model}: a UUID that is not a lower-case version 5 UUID")
    root = next(iter(doc.values()))
    resources = {r["uuid"] for r in root.get("back-matter", {}).get("resources", [])}
    for href in hrefs:
        if href not in resources: problems.append(f"{model}: #{href} names no back-matter resource")
catalog_ids = {c["id"] for g in docs["catalog"]["catalog"]["groups"] for c in g["controls"]}
if len(catalog_ids) != 93: problems.append(f"catalog: {len(catalog_ids)} controls, not 93")
selected = docs["profile"]["profile"]["imports"][0]["include-controls"][0]["with-ids"]
if not set(selected) <= catalog_ids: problems.append("profile: ids not in the catalog")
plan = docs["ssp"]["system-security-plan"]["control-implementation"]["implemented-requirements"]
applicable = [r["control-id"] for r in plan if any(p["name"] == "applicable" and p["value"] == "true" for p in r["props"])]
if applicable != selected: problems.append("ssp: the applicable controls are not the profile's")
result = docs["assessment-results"]["assessment-results"]["results"][0]
if len(result.get("observations", [])) != len(check["diagnostics"]):
    problems.append("assessment-results: not one observation per finding")
partial = [r["control-id"] for r in plan if any(p["name"] == "implementation-status" and p["value"] in ("partial", "planned")
                                                for p in r["props"])]
labels = [next(p["value"] for p in i["props"] if p["name"] == "label").lower()
          for i in docs["poam"]["plan-of-action-and-milestones"]["poam-items"]]
if labels != partial: problems.append(f"poam: items {labels}, expected {partial}")
for problem in problems: print(problem, file=sys.stderr)
sys.exit(1 if problems else 0)
PY
done

# Negative controls: documents the schema must reject, and a Unicode token it must accept.
catalog="$WORK/ai-company-catalog-1.json"
python3 - "$catalog" "$WORK" <<'PY'
import json, sys
source, work = sys.argv[1], sys.argv[2]
def variant(name, change):
    doc = json.load(open(source))
    change(doc["catalog"])
    json.dump(doc, open(f"{work}/{name}.json", "w"), ensure_ascii=False)
variant("bad-uuid-version", lambda c: c.update(uuid=c["uuid"][:14] + "8" + c["uuid"][15:]))
variant("bad-token", lambda c: c["groups"][0]["controls"][0].update(id="5.1"))
variant("bad-date-time", lambda c: c["metadata"].update({"last-modified": "2026-11-22T00:00:00"}))
variant("good-unicode-token", lambda c: c["groups"][0]["controls"][0].update(id="\u00e4.5.1"))
PY
for bad in bad-uuid-version bad-token bad-date-time; do
  if validate "$WORK/$bad.json" 2>"$WORK/$bad.err"; then fail "negative control $bad passed validation"; fi
done
validate "$WORK/good-unicode-token.json" || fail "a control id with a Unicode letter was rejected: \\p{L} is not understood"

# Blocking findings: refused without --force (nothing written), a marked draft with it.
cp -r "$PROJECT/examples/ai-company" "$WORK/broken"
sed -i '0,/status: implemented/s//status: implementd/' "$WORK/broken/soa.yaml"
run_isms "$WORK/refused" export oscal ssp "$WORK/broken" --as-of "$as_of" -o "$WORK/refused.json"
expect_rc 2 "export oscal ssp with blocking findings"
expect_grep "$WORK/refused.err" "the OSCAL ssp cannot be issued" "refusal message"
[ -e "$WORK/refused.json" ] && fail "a refused export wrote its file"
run_isms "$WORK/draft" export oscal ssp "$WORK/broken" --as-of "$as_of" --force -o "$WORK/draft.json"
expect_rc 0 "export oscal ssp --force with blocking findings"
expect_grep "$WORK/draft.err" "exported as a draft because of" "draft warning"
expect_grep "$WORK/draft.json" '"value": "DRAFT – NOT FOR ISSUE"' "draft marking"
validate "$WORK/draft.json" || fail "the draft SSP does not validate"

# Hostile text: control characters, line breaks and Markdown in names stay data.
make_base_repo "$WORK/hostile"
printf '  name: "Evil\\e[31m Ltd\\n*bold* <b>x</b> \\u2028 [link](http://x) "\n' >"$WORK/name.yaml"
sed -i "/^  name: Example Ltd$/{r $WORK/name.yaml
d}" "$WORK/hostile/isms.yaml"
cat >"$WORK/hostile/soa.yaml" <<'YAML'
register:
  version: "1.0"
  owner: CISO
  approval: {by: Jane Doe, role: CEO, date: 2026-01-10}
controls:
  - control: A.5.15
    applicable: true
    justification: "Access is\u0007 controlled.\n# Not a heading\n1. not a list"
    status: partial
    owner: "Head of \e]8;;http://x\e\\IT"
YAML
for model in profile ssp assessment-results poam; do
  run_isms "$WORK/hostile-$model" export oscal "$model" "$WORK/hostile" --as-of "$as_of"
  expect_rc 0 "export oscal $model of the hostile repository"
  if grep -qP '[\x00-\x08\x0b-\x1f\x7f]|\xe2\x80[\xa8\xa9]' "$WORK/hostile-$model.out"; then
    fail "export oscal $model printed a raw control character"
  fi
  cp "$WORK/hostile-$model.out" "$WORK/hostile-$model.json"
  validate "$WORK/hostile-$model.json" || fail "export oscal $model of the hostile repository is not valid OSCAL"
done
expect_grep "$WORK/hostile-ssp.json" '\\*bold\\*' "Markdown in a title escaped"

# Usage errors and a POA&M with nothing to plan.
run_isms "$WORK/unknown" export oscal profle "$PROJECT/examples/ai-company"
expect_rc 2 "unknown model"
expect_grep "$WORK/unknown.err" "did you mean 'profile'?" "model suggestion"
sed -i 's/status: partial/status: implemented/' "$WORK/hostile/soa.yaml"
run_isms "$WORK/no-items" export oscal poam "$WORK/hostile" --as-of "$as_of"
expect_rc 2 "poam with nothing to plan"
finish
