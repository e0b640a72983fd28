#!/usr/bin/env bash
# `isms import` on small hostile spreadsheets (tests/import/make_hostile.py), run under a 2 GiB
# address-space limit: each must be refused with exit code 2 and a message naming the limit
# and its option, or read within bounds, and never end by a signal (a failed allocation aborts).
#   - an 11 kB xlsx with one cell in column XFD on each of 2,000 rows (1.3 GB when rows were
#     padded to their last column), a 1 MB shared string shown by 3,000 cells (3 GB when each
#     cell had its copy), 64 MB of CSV rows of "x" and 16,000 commas (2.5 GB of empty cells);
#   - each table limit lowered on the command line (--max-cells, --max-columns, --max-text-size,
#     --max-memory) is hit with its own message; values beyond an option's ceiling are refused.
# Needs /usr/bin/python3 (standard library only). The address-space limit is left out when the
# binary is built with AddressSanitizer, which reserves terabytes of address space up front.
set -uo pipefail
source "$(dirname "$0")/lib/common.bash"
PROJECT=$(cd "$PROJECT" && pwd)

PY=/usr/bin/python3
[ -x "$PY" ] || skip_or_fail "$PY is needed to write the hostile spreadsheets"
cd "$WORK"
"$PY" "$PROJECT/tests/import/make_hostile.py" hostile || { fail "make_hostile.py failed"; finish; }

limit_address_space

# import_case NAME ARGS...: `isms import` into out-NAME.yaml; never a signal or an exit code above 2.
import_case() {
  local name=$1
  shift
  rm -f "out-$name.yaml"
  run_isms "$name" import "$@" -o "out-$name.yaml"
  echo "$RC" >"$name.rc"
  if [ "$RC" -gt 2 ]; then
    fail "$name: exit code $RC (a signal or a crash), expected at most 2:"
    tail -5 "$name.err" >&2
  fi
}

# expect_limit NAME OPTION: the run ended with exit 2 and a message naming OPTION.
expect_limit() {
  expect_rc 2 "$1"
  expect_grep "$1.err" "the limit for an import (raise it with $2)" "$1 names the limit"
  [ ! -e "out-$1.yaml" ] || fail "$1: a file was written"
}

# --- 1. The three amplifications, with the default limits ------------------------------------
# far-column.xlsx once took 1.3 GB, which fits in 2 GiB: it runs within 1 GiB.
if [ "$(ulimit -v)" != unlimited ]; then
  (ulimit -v 1048576; import_case far soa hostile/far-column.xlsx; exit "$FAILURES")
  FAILURES=$?
  RC=$(cat far.rc)
else
  import_case far soa hostile/far-column.xlsx
fi
expect_rc 2 "far-column.xlsx (the header has no SoA field)"
expect_grep far.err "no column holds the required field control" "far-column.xlsx is read, then its header refused"
expect_grep far.err '"x" -> ignored' "the XFD header cell is the one column"

import_case shared soa hostile/shared-string.xlsx
expect_limit shared --max-text-size
expect_grep shared.err "more than 67108864 bytes of text once shared strings are expanded" "the text limit is named"

import_case commas soa hostile/commas.csv
expect_rc 2 "commas.csv (the header has no SoA field)"
expect_grep commas.err "no column holds the required field control" "commas.csv is read, then its header refused"

# A usable import with a header cell 16,000 columns to the right still imports.
import_case header soa hostile/header.csv
expect_rc 0 "header.csv with a far-right header cell"
expect_grep header.err '"far" -> ignored' "the far-right column is listed as ignored"
expect_grep out-header.yaml "control: A.5.1" "the row is imported"

# --- 2. Each limit, lowered, is hit with its own message ----------------------------------------
import_case cells soa hostile/header.csv --max-cells 5
expect_limit cells --max-cells
expect_grep cells.err "more than 5 cells" "the cell limit is named"

import_case columns-csv soa hostile/header.csv --max-columns 100
expect_limit columns-csv --max-columns
expect_grep columns-csv.err "row 1: more than 100 columns" "the CSV column limit is named"

import_case columns-xlsx soa hostile/far-column.xlsx --max-columns 16383
expect_limit columns-xlsx --max-columns
expect_grep columns-xlsx.err "row 1 has a cell beyond column XFC" "the xlsx column limit is named"

import_case text soa hostile/header.csv --max-text-size 20
expect_limit text --max-text-size

import_case memory-csv soa hostile/commas.csv --max-memory 1MiB
expect_limit memory-csv --max-memory
expect_grep memory-csv.err "needs more than 1048576 bytes of memory" "the memory budget is named"

import_case memory-xlsx soa hostile/shared-string.xlsx --max-memory 512KiB
expect_limit memory-xlsx --max-memory

# Even at their ceilings the limits refuse 3 GB of cell text.
import_case raised soa hostile/shared-string.xlsx --max-text-size 1GiB --max-memory 4GiB --max-cells 20000000
expect_limit raised --max-text-size

# migrate reads spreadsheets the same way, within the same options.
run_isms migrate migrate soa --from 2013 hostile/commas.csv --max-memory 1MiB
expect_limit migrate --max-memory

# --- 3. Values beyond the ceilings are refused as usage errors ----------------------------------
for option in "--max-cells 0" "--max-cells 20000001" "--max-columns 16385" "--max-text-size 2GiB" \
              "--max-memory 5GiB" "--max-memory 0" "--max-columns many"; do
  # shellcheck disable=SC2086  # the option and its value are two words
  import_case ceiling soa hostile/header.csv $option
  expect_rc 2 "import $option"
  [ ! -e out-ceiling.yaml ] || fail "import $option: a file was written"
done

finish
