#!/usr/bin/env bash
# An interrupted `isms render -o FILE` leaves FILE as it was (the old document, or no file),
# never a partial one. strace kills the process at chosen system calls: at the first write of
# the document (nothing written yet), at the fsync (the temporary file complete but not in
# place) and at the rename that would put it in place; then at random moments of the run.
# After every kill FILE is compared with what it held before; a run left alone writes the
# complete document.
source "$(dirname "$0")/lib/common.bash"

command -v strace >/dev/null || skip_or_fail "strace is not installed (scripts/dev test installs it)"
command -v python3 >/dev/null || skip_or_fail "python3 is not installed"

cd "$WORK" || exit 1
python3 "$PROJECT/bench/gen_repo.py" repo --assets 3000 --seed 7 >/dev/null || { fail "gen_repo.py failed"; finish; }
as_of=(--as-of 2026-10-01)

# The complete documents, for comparison.
for format in html md; do
  run_isms "full-$format" render report repo --format "$format" "${as_of[@]}" -o "complete.$format"
  expect_rc 0 "render report --format $format"
  [ -s "complete.$format" ] || fail "render report --format $format wrote nothing"
done

# check_target FILE BEFORE WHAT: FILE must be byte-identical to BEFORE ("" for absent).
check_target() {
  local file=$1 before=$2 what=$3
  if [ -z "$before" ]; then
    [ -e "$file" ] && fail "$what: $file exists after the kill ($(wc -c <"$file") bytes); it must not"
  elif ! cmp -s "$file" "$before"; then
    fail "$what: $file changed although the run was killed ($(wc -c <"$file" 2>/dev/null || echo 0) bytes)"
  fi
}

# kill_at SYSCALL FORMAT: renders into target.FORMAT and is killed on entering SYSCALL; the
# kill itself is checked, so that a render that never made the call cannot pass unnoticed.
kill_at() {
  local syscall=$1 format=$2 status
  # The group's redirection also silences the shell's "Killed" notice.
  { strace -f -o /dev/null -e trace="$syscall" -e inject="$syscall":signal=SIGKILL \
      "$BIN" render report repo --format "$format" "${as_of[@]}" -o "target.$format" >/dev/null 2>&1; status=$?; } 2>/dev/null
  [ "$status" -eq 137 ] || fail "render --format $format was not killed at $syscall (exit $status)"
}

# killed_at SYSCALL: the render is killed when it enters SYSCALL, over an old file and over none.
killed_at() {
  local syscall=$1 format
  for format in html md; do
    echo "<p>the approved document of last month</p>" >"old.$format"
    cp "old.$format" "target.$format"
    kill_at "$syscall" "$format"
    check_target "target.$format" "old.$format" "killed at $syscall over an existing file"
    rm -f "target.$format"
    kill_at "$syscall" "$format"
    check_target "target.$format" "" "killed at $syscall with no file before"
  done
}
killed_at write
killed_at fsync
killed_at rename

# Random moments: sleep a fraction of a full run, then SIGKILL. Each outcome must be the old
# document or the complete one.
start=$(date +%s%N)
"$BIN" render report repo --format html "${as_of[@]}" -o timing.html >/dev/null 2>&1
duration_us=$((($(date +%s%N) - start) / 1000))
old_seen=0 complete_seen=0
for i in $(seq 1 30); do
  echo "<p>old $i</p>" >old.html
  cp old.html target.html
  delay_us=$(((RANDOM * 32768 + RANDOM) % (duration_us + 1)))
  (
    "$BIN" render report repo --format html "${as_of[@]}" -o target.html >/dev/null 2>&1 &
    pid=$!
    sleep "$(printf '%d.%06d' $((delay_us / 1000000)) $((delay_us % 1000000)))"
    kill -9 "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
  ) 2>/dev/null
  if cmp -s target.html old.html; then
    old_seen=$((old_seen + 1))
  elif cmp -s target.html complete.html; then
    complete_seen=$((complete_seen + 1))
  else
    fail "kill after a random delay left target.html neither old nor complete ($(wc -c <target.html) bytes)"
  fi
done
echo "random kills: $old_seen left the old document, $complete_seen the complete one"

# Temporary files of killed runs are hidden (.target.html.XXXXXX) and never the target itself.
for leftover in .target.*; do
  [ -e "$leftover" ] || continue
  case "$leftover" in .target.html.??????|.target.md.??????) ;; *) fail "unexpected leftover $leftover" ;; esac
done

# Left alone, the render writes the complete document.
run_isms alone render report repo --format html "${as_of[@]}" -o target.html
expect_rc 0 "render report without interruption"
cmp -s target.html complete.html || fail "an uninterrupted render did not write the complete document"
finish
