// Test helper: validates OSCAL JSON documents against the official OSCAL JSON Schema with ajv.
// The project's validate_json (valijson over std::regex) and Python's jsonschema (re) cannot
// read the schema's Unicode property classes (\p{L}, \p{N}); ajv compiles every pattern as an
// ECMAScript regular expression with the u flag, so the token and UUID patterns are enforced,
// and ajv-formats checks date-time, uri, uri-reference and email.
// Usage: node validate_oscal.js TOOLS_DIR SCHEMA INSTANCE...  (TOOLS_DIR holds node_modules
// with ajv and ajv-formats, as scripts/packages.sh installs them). Exit 0 when every instance
// is valid, 1 when one is not (its errors on standard error), 2 for a usage or set-up problem.
"use strict";
const fs = require("fs");
const path = require("path");

const [toolsDir, schemaPath, ...instances] = process.argv.slice(2);
if (!toolsDir || !schemaPath || instances.length === 0) {
  console.error("usage: node validate_oscal.js TOOLS_DIR SCHEMA INSTANCE...");
  process.exit(2);
}
let Ajv, addFormats;
try {
  Ajv = require(path.join(path.resolve(toolsDir), "node_modules", "ajv"));
  addFormats = require(path.join(path.resolve(toolsDir), "node_modules", "ajv-formats"));
} catch (error) {
  console.error(`ajv and ajv-formats are not installed under ${toolsDir}: ${error.message}`);
  process.exit(2);
}
// strict: false because the OSCAL schema uses ids of the form "#/definitions/..." and keywords
// ajv's strict mode rejects; allErrors to show every problem of a document at once.
const ajv = new (Ajv.default || Ajv)({ strict: false, allErrors: true, unicodeRegExp: true });
(addFormats.default || addFormats)(ajv);
const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaPath, "utf8")));
let failed = false;
for (const instance of instances) {
  let document;
  try {
    document = JSON.parse(fs.readFileSync(instance, "utf8"));
  } catch (error) {
    console.error(`${instance}: not JSON: ${error.message}`);
    failed = true;
    continue;
  }
  if (validate(document)) continue;
  failed = true;
  // The schema's top level is a oneOf of the models: the errors under the model the document
  // has are the ones that explain it, so those of the other branches are left out.
  const root = Object.keys(document).find((key) => key !== "$schema") || "";
  const errors = validate.errors.filter((error) => error.instancePath.startsWith(`/${root}`));
  for (const error of (errors.length > 0 ? errors : validate.errors).slice(0, 20)) {
    console.error(`${instance}: ${error.instancePath || "/"}: ${error.message} (${error.schemaPath})`);
  }
}
process.exit(failed ? 1 : 0);
