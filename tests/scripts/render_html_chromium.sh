#!/usr/bin/env bash
# The HTML documents (scope, SoA, audit-readiness report, management review pack) of
# examples/ai-company, loaded in a real browser (headless Chromium): no console message of any kind (script error, Content-Security-Policy
# violation, failed load), a screenshot that is not blank, a print to PDF on A4 pages (the report on
# more than one page, since its major sections start on a new page), and a DOM without any <script>
# element or http(s) resource. A negative control proves that the console and DOM checks can fail:
# generated pages with a deliberate console error and with an image blocked by the documents' CSP
# must be caught. Without chromium the test is skipped, except in CI (CI=true), where it fails.
source "$(dirname "$0")/lib/common.bash"

example="$PROJECT/examples/ai-company"
as_of=2026-11-22
[ -f "$example/isms.yaml" ] || { fail "no example repository at $example"; finish; }

CHROMIUM=""
for candidate in chromium chromium-browser; do
  if command -v "$candidate" >/dev/null; then
    CHROMIUM=$(command -v "$candidate")
    break
  fi
done
if [ -z "$CHROMIUM" ]; then
  skip_or_fail "chromium is not installed (Debian package chromium); the test set-up must install it: scripts/dev test does"
fi
if ! command -v pdfinfo >/dev/null; then
  skip_or_fail "pdfinfo is not installed (Debian package poppler-utils); the test set-up must install it: scripts/dev test does"
fi

# run_chromium LOG ARGS...: one headless Chromium run on a fresh profile inside $WORK; its log
# (stderr, with --enable-logging=stderr) is appended to LOG, its stdout goes to the caller.
# Sets RC to Chromium's exit code.
run_chromium() {
  local log=$1
  shift
  timeout 60 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$WORK/profile" \
    --enable-logging=stderr --v=0 --virtual-time-budget=2000 "$@" 2>>"$log"
  RC=$?
  if [ "$RC" -eq 124 ]; then fail "chromium timed out: $*"; fi
}

# console_messages LOG: the console messages Chromium logged for the page. With --enable-logging
# it writes every one of them (console.error, uncaught exceptions, CSP violations, failed loads) as
#   [pid:tid:time:INFO:CONSOLE:LINE] "message", source: URL (LINE)
# (older versions: CONSOLE(LINE)); the other patterns are the usual messages, in case the format
# changes. Browser noise (D-Bus, GPU, sandbox warnings) matches none of them.
console_messages() {
  grep -E ':CONSOLE[:(]|Refused to|Failed to load resource|Uncaught|Content Security Policy' "$1"
}

# dom_problems DOM: prints every <script element and every http(s) reference in src=, href=,
# srcset=, action=, poster= or CSS url() of a dumped DOM.
dom_problems() {
  grep -noiE '.{0,40}(<script|(src|href|srcset|action|poster|data)[[:space:]]*=[[:space:]]*["'\'']?[[:space:]]*https?:|url\([[:space:]]*["'\'']?[[:space:]]*https?:|@import).{0,60}' "$1"
}

# load_page NAME FILE: dumps the DOM of FILE to $WORK/NAME.dom, logging to $WORK/NAME.log.
load_page() {
  run_chromium "$WORK/$1.log" --dump-dom "file://$2" >"$WORK/$1.dom"
  if [ "$RC" -ne 0 ]; then fail "chromium --dump-dom $2: exit code $RC"; fi
}

# --- Negative control: the checks must catch a broken page, or they prove nothing. ---
csp="default-src 'none'; style-src 'unsafe-inline'; img-src data:"
cat >"$WORK/control-console.html" <<'HTML'
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>control</title></head>
<body><p>A page with a deliberate console error.</p><script>console.error("isms-negative-control")</script></body></html>
HTML
cat >"$WORK/control-csp.html" <<HTML
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="$csp"><title>control</title></head>
<body><p>A page whose image the documents' CSP must block.</p><img src="https://example.invalid/blocked.png" alt=""></body></html>
HTML
for control in control-console control-csp; do
  load_page "$control" "$WORK/$control.html"
  if ! console_messages "$WORK/$control.log" >/dev/null; then
    fail "negative control $control.html: no console message detected, so the console check cannot fail"
    sed 's/^/    | /' "$WORK/$control.log" | tail -20 >&2
  fi
  if ! dom_problems "$WORK/$control.dom" >/dev/null; then
    fail "negative control $control.html: the DOM check found no <script> or https reference in it"
  fi
done
grep -qF 'isms-negative-control' "$WORK/control-console.log" ||
  fail "negative control: the console.error message itself was not in Chromium's log"

# --- The four documents of the example, in a copy without git history (no commit in the header). ---
cp -R "$example" "$WORK/repo"
for document in scope soa report review; do
  html="$WORK/$document.html"
  run_isms "$WORK/render-$document" render "$document" "$WORK/repo" --format html --as-of "$as_of" -o "$html"
  expect_rc 0 "isms render $document --format html"
  [ -s "$WORK/render-$document.err" ] && fail "render $document wrote to stderr: $(head -3 "$WORK/render-$document.err")"
  if [ ! -s "$html" ]; then
    fail "render $document --format html wrote nothing"
    continue
  fi
  grep -qiE '<script|\{\{' "$html" && fail "$document.html contains <script or an unrendered Mustache tag"

  # Loaded in the browser: the DOM, and no console message at all.
  load_page "$document" "$html"
  grep -qF 'Northwind Cognition Ltd' "$WORK/$document.dom" || fail "$document: the loaded DOM lacks the organisation name"
  if problems=$(dom_problems "$WORK/$document.dom"); then
    fail "$document: the DOM has a script or an http(s) resource:"
    echo "$problems" | head -10 | sed 's/^/    | /' >&2
  fi

  # A screenshot that is more than a blank page (a blank 1280x2000 page is about 12 kB).
  run_chromium "$WORK/$document.log" --screenshot="$WORK/$document.png" --window-size=1280,2000 "file://$html" >/dev/null
  if [ ! -f "$WORK/$document.png" ]; then
    fail "$document: no screenshot written (exit code $RC)"
  elif [ "$(head -c 8 "$WORK/$document.png" | od -An -tx1 | tr -d ' \n')" != 89504e470d0a1a0a ]; then
    fail "$document: the screenshot is not a PNG"
  elif [ "$(stat -c %s "$WORK/$document.png")" -lt 50000 ]; then
    fail "$document: the screenshot is only $(stat -c %s "$WORK/$document.png") bytes, the page looks blank"
  fi

  # Printed to PDF: every page A4 (595x842 points, ±1): the report and the scope upright, the SoA
  # (an eleven-column table) in landscape.
  run_chromium "$WORK/$document.log" --print-to-pdf="$WORK/$document.pdf" --no-pdf-header-footer "file://$html" >/dev/null
  if [ ! -s "$WORK/$document.pdf" ]; then
    fail "$document: no PDF written (exit code $RC)"
  else
    pages=$(pdfinfo "$WORK/$document.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
    if [ -z "$pages" ] || [ "$pages" -lt 1 ]; then
      fail "$document: pdfinfo cannot read the PDF"
    else
      orientation=portrait
      [ "$document" = soa ] && orientation=landscape
      bad_pages=$(pdfinfo -f 1 -l "$pages" "$WORK/$document.pdf" | awk -v want="$orientation" '
        /^Page +[0-9]+ size:/ {
          seen++
          w = $4; h = $6
          if (want == "landscape") { t = w; w = h; h = t }
          if (w < 594 || w > 596 || h < 841 || h > 843) print "page " $2 ": " $4 " x " $6
        }
        END { if (seen == 0) print "no page sizes" }')
      [ -n "$bad_pages" ] && fail "$document: PDF pages that are not A4 $orientation: $bad_pages"
      if [ "$document" = report ] && [ "$pages" -le 1 ]; then
        fail "report: the PDF has $pages page; its major sections should each start on a new page"
      fi
    fi
  fi

  if messages=$(console_messages "$WORK/$document.log"); then
    fail "$document: the browser console reported:"
    echo "$messages" | head -10 | sed 's/^/    | /' >&2
  fi
done

# The report draws its charts as inline SVG: the gauge and one bar per clause and per theme.
if [ -f "$WORK/report.dom" ]; then
  expect_grep "$WORK/report.dom" 'stroke-dasharray=' "report gauge"
  bars=$(grep -o 'class="chart-bar"' "$WORK/report.dom" | wc -l)
  [ "$bars" -eq 11 ] || fail "report: $bars chart bars, expected 11 (7 clauses and 4 Annex A themes)"
fi
finish
