#!/usr/bin/env bash
# Oversized input, generated here rather than committed:
#   - a 2 MiB value in a register is refused with YML005 at its line and column, quickly, and
#     the report does not quote the 2 MiB line;
#   - a file above the 64 MiB size limit (sparse, so cheap to create) is refused with IO003
#     without being read.
source "$(dirname "$0")/lib/common.bash"

cd "$WORK" || exit 1
make_base_repo repo
{
  printf 'register:\n  version: "1.0"\n  owner: CISO\n  approval: {by: Jane Doe, role: CEO, date: 2026-01-10}\n'
  printf 'documents:\n  - id: DOC-001\n    title: '
  head -c 2097152 /dev/zero | tr '\0' 'x'
  printf '\n    type: policy\n    version: "1.0"\n    owner: CISO\n'
} >repo/documents.yaml

start=$(date +%s)
run_isms scalar check repo --as-of 2026-11-22
elapsed=$(($(date +%s) - start))
expect_rc 1 "2 MiB value"
expect_grep scalar.out "repo/documents.yaml:7:12: error: value is 2097152 bytes long; the limit is 1048576 [YML005]" "YML005 at the value"
# Nothing else: the rules that judge each value (PLH001, DAT002) run on what was read, and no
# rule that infers from the document register's records runs on this repository.
expect_grep scalar.out "1 error, 0 warnings, 0 notes in 6 files" "only the one finding"
size=$(wc -c <scalar.out)
[ "$size" -lt 2000 ] || fail "the report is $size bytes: the long line was quoted"
[ "$elapsed" -le 20 ] || fail "checking a 2 MiB value took ${elapsed}s"

rm repo/documents.yaml
truncate -s 65M repo/documents.yaml
run_isms big check repo --as-of 2026-11-22
expect_rc 1 "65 MiB file"
expect_grep big.out "repo/documents.yaml: error: 'repo/documents.yaml' is 68157440 bytes; the limit is 67108864 bytes [IO003]" "IO003 for the file"
expect_grep big.out "1 error, 0 warnings, 0 notes in 6 files" "only the one finding"
finish
