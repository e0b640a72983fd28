#!/usr/bin/env bash
# Rule links come only from a base URL someone configured: the manifest's rules.url or
# `isms check --rules-url`, which overrides it. A rules.url that is not a clean http(s) URL is a
# schema finding and never becomes a link; without either there is no helpUri at all.
source "$(dirname "$0")/lib/common.bash"
PROJECT=$(cd "$PROJECT" && pwd)
command -v jq >/dev/null || skip_or_fail "jq is needed (scripts/dev test installs it)"

cp -r "$PROJECT/examples/ai-company" "$WORK/repo"
printf '\nrules:\n  url: "https://forge.test/org/isms/blob/v1/docs/rules/{code}.md"\n' >>"$WORK/repo/isms.yaml"
help_uri() { jq -r '.runs[0].tool.driver.rules[] | select(.id == "AI001") | .helpUri // "none"' "$1"; }

"$BIN" check "$WORK/repo" --format sarif -o "$WORK/manifest.sarif" || fail "the example with rules.url should pass"
[ "$(help_uri "$WORK/manifest.sarif")" = "https://forge.test/org/isms/blob/v1/docs/rules/AI001.md" ] ||
  fail "rules.url in the manifest gives no helpUri: $(help_uri "$WORK/manifest.sarif")"

"$BIN" check "$WORK/repo" --format sarif --rules-url 'https://other.test/rules/' -o "$WORK/option.sarif"
[ "$(help_uri "$WORK/option.sarif")" = "https://other.test/rules/AI001.md" ] ||
  fail "--rules-url does not override rules.url: $(help_uri "$WORK/option.sarif")"

sed -i 's#url: "https://forge.test#url: "javascript:alert(1)//forge.test#' "$WORK/repo/isms.yaml"
"$BIN" check "$WORK/repo" >"$WORK/bad.out" 2>&1
grep -q "'rules.url' must be the pattern.*\[SCH005\]" "$WORK/bad.out" || fail "a javascript: rules.url is not a schema finding: $(cat "$WORK/bad.out")"
"$BIN" check "$WORK/repo" --format sarif -o "$WORK/bad.sarif"
[ "$(help_uri "$WORK/bad.sarif")" = none ] || fail "a rejected rules.url still became a link: $(help_uri "$WORK/bad.sarif")"
finish
