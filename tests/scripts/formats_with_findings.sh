#!/usr/bin/env bash
# JSON, SARIF, JUnit and GitLab Code Quality output of a repository with five known findings. These formats embed
# the tool version (and SARIF the absolute repository path), so they are checked here by
# structure instead of by byte-for-byte expectations in tests/cli/cases/:
#   - every format names the same findings at the same places, with the same fingerprints;
#   - the version is the one `isms --version` prints, the SARIF base URI is the repository;
#   - --fail-on moves a warning between "passing" and "failing" in JUnit;
#   - when ../shared/refdata exists, SARIF validates against the official SARIF 2.1.0 schema
#     and JUnit against junit.xsd.
# Needs python3 (standard library only) for the structural checks.
source "$(dirname "$0")/lib/common.bash"

command -v python3 >/dev/null || skip_or_fail "python3 is needed to check the structure of the outputs"

cd "$WORK" || exit 1
make_findings_repo repo
version=$("$BIN" --version | sed 's/^isms //')

for format in json sarif junit codequality; do
  run_isms "out-$format" check repo --format "$format" --as-of 2026-11-22
  expect_rc 1 "--format $format on a repository with errors"
  [ -s "out-$format.err" ] && fail "--format $format wrote to stderr: $(head -3 "out-$format.err")"
done
run_isms out-junit-warning check repo --format junit --fail-on warning --as-of 2026-11-22
expect_rc 1 "--format junit --fail-on warning"

if ! python3 - "$version" "$WORK/repo" <<'PY'
import json, sys, xml.etree.ElementTree as ET

version, repo_root = sys.argv[1], sys.argv[2]
problems = []
def check(condition, what):
    if not condition:
        problems.append(what)

# (code, severity, file, line, column), in report order.
expected = [
    ("REG003", "warning", "assets.yaml", 2, 3),
    ("VAL002", "error", "assets.yaml", 9, 21),
    ("SCH003", "error", "assets.yaml", 11, 5),
    ("REF001", "error", "risks.yaml", 10, 14),
    ("VAL001", "error", "risks.yaml", 12, 17),
]

# JSON
doc = json.load(open("out-json.out"))
check(doc.get("schema_version") == 1, "json: schema_version is not 1")
check(doc.get("tool") == {"name": "isms", "version": version}, f"json: tool is {doc.get('tool')}")
check(doc.get("repository") == "repo", f"json: repository is {doc.get('repository')!r}, expected the path as given")
check(doc.get("as_of") == "2026-11-22", "json: as_of is not the --as-of date")
check(doc.get("fail_on") == "error", "json: fail_on is not error")
check(doc.get("summary") == {"errors": 4, "warnings": 1, "notes": 0, "files": 5, "baselined": 0}, f"json: summary is {doc.get('summary')}")
found = [(d["code"], d["severity"], d["file"], d["line"], d["column"]) for d in doc["diagnostics"]]
check(found == expected, f"json: diagnostics are {found}")
fingerprints = {}
for d in doc["diagnostics"]:
    check(isinstance(d.get("fingerprint"), str) and len(d["fingerprint"]) == 16, f"json: bad fingerprint in {d}")
    check(bool(d.get("message")) and bool(d.get("name")), f"json: empty message or name in {d}")
    fingerprints[d["code"]] = d["fingerprint"]
check(len(set(fingerprints.values())) == len(expected), "json: fingerprints are not unique")
val002 = [d for d in doc["diagnostics"] if d["code"] == "VAL002"]
check(bool(val002) and 'top <secret> & "internal"' in val002[0]["message"],
      "json: special characters of the value did not survive in the VAL002 message")

# SARIF
sarif = json.load(open("out-sarif.out"))
check(sarif.get("version") == "2.1.0", "sarif: version is not 2.1.0")
check(len(sarif.get("runs", [])) == 1, "sarif: expected exactly one run")
run = sarif["runs"][0]
driver = run["tool"]["driver"]
check(driver.get("name") == "isms" and driver.get("version") == version, f"sarif: driver is {driver.get('name')} {driver.get('version')}")
rule_ids = [rule["id"] for rule in driver.get("rules", [])]
check(len(rule_ids) == len(set(rule_ids)) and len(rule_ids) >= 30, f"sarif: rules are {rule_ids}")
base = run.get("originalUriBaseIds", {}).get("SRCROOT", {}).get("uri", "")
check(base == "file://" + repo_root.rstrip("/") + "/", f"sarif: SRCROOT is {base!r}, expected the repository folder")
results = []
for result in run.get("results", []):
    location = result["locations"][0]["physicalLocation"]
    artifact = location["artifactLocation"]
    check(artifact.get("uriBaseId") == "SRCROOT", f"sarif: result without SRCROOT base: {result}")
    check(rule_ids[result["ruleIndex"]] == result["ruleId"], f"sarif: ruleIndex does not point at {result['ruleId']}")
    check(result["partialFingerprints"].get("isms/v1") == fingerprints.get(result["ruleId"]),
          f"sarif: fingerprint of {result['ruleId']} differs from the JSON output")
    results.append((result["ruleId"], result["level"], artifact["uri"], location["region"]["startLine"],
                    location["region"]["startColumn"]))
check(results == expected, f"sarif: results are {results}")

# GitLab Code Quality
quality = json.load(open("out-codequality.out"))
check(isinstance(quality, list), "codequality: not a JSON array")
severities = {"error": "critical", "warning": "minor", "note": "info"}
issues = [(q["check_name"].split(" ")[0], q["severity"], q["location"]["path"], q["location"]["lines"]["begin"])
          for q in quality]
check(issues == [(code, severities[sev], "repo/" + path, line) for code, sev, path, line, _ in expected],
      f"codequality: issues are {issues}")
for q in quality:
    check(q["fingerprint"] == fingerprints.get(q["check_name"].split(" ")[0]),
          f"codequality: fingerprint of {q['check_name']} differs from the JSON output")
    check(q["description"].endswith("[" + q["check_name"].split(" ")[0] + "]"), f"codequality: description {q['description']!r}")

# JUnit
def junit(path):
    suite = ET.parse(path).getroot().find("testsuite")
    cases = {case.get("name").split(" ")[0]: case for case in suite.findall("testcase")}
    failing = sorted(code for code, case in cases.items() if case.find("failure") is not None)
    props = {p.get("name"): p.get("value") for p in suite.find("properties").findall("property")}
    return suite, cases, failing, props

suite, cases, failing, props = junit("out-junit.out")
check(int(suite.get("tests")) == len(cases) == len(rule_ids), f"junit: tests={suite.get('tests')}, {len(cases)} test cases, {len(rule_ids)} rules")
check(failing == ["REF001", "SCH003", "VAL001", "VAL002"], f"junit: failing test cases are {failing}")
check(int(suite.get("failures")) == 4, f"junit: failures={suite.get('failures')}")
check(props.get("isms_version") == version and props.get("fail_on") == "error", f"junit: properties are {props}")
check("REG003" in (suite.findtext("system-out") or ""), "junit: the warning below --fail-on is not in system-out")
check('top <secret> & "internal"' in cases["VAL002"].find("failure").text, "junit: VAL002 text lost its special characters")
check("assets.yaml:11:5" in cases["SCH003"].find("failure").text, "junit: SCH003 failure does not name assets.yaml:11:5")

suite, cases, failing, props = junit("out-junit-warning.out")
check(failing == ["REF001", "REG003", "SCH003", "VAL001", "VAL002"], f"junit --fail-on warning: failing test cases are {failing}")
check(int(suite.get("failures")) == 5, f"junit --fail-on warning: failures={suite.get('failures')}")
check("REG003" not in (suite.findtext("system-out") or ""), "junit --fail-on warning: REG003 still in system-out")

for problem in problems:
    print("FAIL:", problem, file=sys.stderr)
sys.exit(1 if problems else 0)
PY
then
  fail "structure of the JSON, SARIF or JUnit output (see above)"
fi

refdata="$PROJECT/../shared/refdata"
if [ -d "$refdata" ]; then
  find_json_validator
  if [ ${#JSON_VALIDATOR[@]} -eq 0 ]; then
    fail "no JSON Schema validator: pass the validate_json helper or install python3-jsonschema"
  elif ! "${JSON_VALIDATOR[@]}" "$refdata/sarif-schema-2.1.0.json" out-sarif.out; then
    fail "SARIF output does not validate against sarif-schema-2.1.0.json"
  fi
  if ! command -v xmllint >/dev/null; then
    fail "xmllint (libxml2-utils) is needed to validate JUnit output"
  else
    for file in out-junit.out out-junit-warning.out; do
      xmllint --noout --schema "$refdata/junit.xsd" "$file" 2>xmllint.err || {
        fail "$file does not validate against junit.xsd"
        cat xmllint.err >&2
      }
    done
  fi
elif [ "${CI:-}" = true ]; then
  fail "$refdata not found, and CI=true: the schema validation must run in CI"
else
  echo "note: $refdata not found; schema validation not run (structure checked only)"
fi
finish
