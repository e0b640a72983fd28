#!/usr/bin/env python3
"""Checks the SoA workbook (`isms render soa --format xlsx`) with openpyxl.

    check_xlsx.py SOA_XLSX SOA_CSV AS_OF

SOA_CSV is the csv render of the same repository with the same --as-of; AS_OF is that date.
The workbook must have exactly one sheet: a title block, then the header row, then one row per
Annex A 2022 control in catalogue order, every cell equal to the csv's; the pane frozen just
below the header; an autofilter over the header and the data; wrapped header and data cells;
no formula anywhere; and the workbook's creation date equal to AS_OF.

Exit status: 0 when every check passes, 1 with one line per problem on stderr, 3 when openpyxl
is missing.
"""

import csv
import datetime
import io
import re
import sys
import zipfile

try:
    import openpyxl
    from openpyxl.utils.cell import coordinate_from_string, get_column_letter
    from openpyxl.utils.escape import unescape
except ImportError:
    print("check_xlsx.py: openpyxl is not installed (Debian package python3-openpyxl)", file=sys.stderr)
    sys.exit(3)

HEADER = ["Control", "Theme", "Title", "Applicability", "Justification", "AI coverage", "Reasons", "Status", "Owner",
          "Risks", "Requirements", "Documents", "Evidence", "Latest evidence"]

# ISO/IEC 27001:2022 Annex A: 37 organizational, 8 people, 14 physical, 34 technological controls.
ANNEX_A = ([f"A.5.{n}" for n in range(1, 38)] + [f"A.6.{n}" for n in range(1, 9)]
           + [f"A.7.{n}" for n in range(1, 15)] + [f"A.8.{n}" for n in range(1, 35)])

problems = []


def fail(message):
    problems.append(message)


def text(value):
    """A cell as text: an empty cell reads as None in openpyxl and as "" in csv. Control
    characters are stored as _xHHHH_ escapes (ECMA-376 ST_Xstring), which openpyxl does not
    undo when it reads shared strings; spreadsheet applications do."""
    if value is None:
        return ""
    return unescape(value) if isinstance(value, str) else str(value)


def main(xlsx_path, csv_path, as_of):
    assert len(ANNEX_A) == 93
    workbook = openpyxl.load_workbook(xlsx_path)
    if len(workbook.worksheets) != 1:
        fail(f"{len(workbook.worksheets)} sheets ({workbook.sheetnames}), expected exactly one")
    sheet = workbook.worksheets[0]
    rows = [[cell for cell in row] for row in sheet.iter_rows(min_row=1, max_row=sheet.max_row)]

    # The header row: the first row whose values are exactly the column names.
    header_index = next((index for index, row in enumerate(rows)
                         if [text(cell.value) for cell in row[:len(HEADER)]] == HEADER), None)
    if header_index is None:
        fail(f"no header row {HEADER}; first rows: {[[text(c.value) for c in row] for row in rows[:8]]}")
        return
    header_row = header_index + 1  # 1-based, as in the spreadsheet
    extra = [text(cell.value) for cell in rows[header_index][len(HEADER):] if cell.value is not None]
    if extra:
        fail(f"header row {header_row} has cells after {HEADER[-1]!r}: {extra}")
    title_block = [text(cell.value) for row in rows[:header_index] for cell in row if cell.value is not None]
    if not title_block or not title_block[0].startswith("Statement of Applicability"):
        fail(f"no title block above the header row (rows 1..{header_index}): {title_block}")

    data = rows[header_index + 1:]
    while data and all(cell.value is None for cell in data[-1]):
        data.pop()  # formatted but empty trailing rows are not data
    if len(data) != 93:
        fail(f"{len(data)} data rows below the header, expected 93")
    controls = [text(row[0].value) for row in data]
    if controls != ANNEX_A:
        wrong = next((i for i, (a, b) in enumerate(zip(controls, ANNEX_A)) if a != b), min(len(controls), 93))
        fail(f"Control column is not the 93 Annex A 2022 ids in catalogue order: first difference at data row "
             f"{wrong + 1}: {controls[wrong:wrong + 3]} instead of {ANNEX_A[wrong:wrong + 3]}")

    # Cell by cell, the same as the csv render, whose first row is the header.
    with open(csv_path, encoding="utf-8", newline="") as stream:
        csv_rows = list(csv.reader(io.StringIO(stream.read().lstrip("\ufeff"), newline="")))
    if not csv_rows or csv_rows[0] != HEADER:
        fail(f"the csv {csv_path} does not start with the header row {HEADER}: {csv_rows[:1]}")
    else:
        csv_body = csv_rows[1:]
        if len(csv_body) != len(data):
            fail(f"the csv has {len(csv_body)} data rows, the workbook {len(data)}")
        for number, (row, csv_row) in enumerate(zip(data, csv_body), header_row + 1):
            cells = [text(cell.value) for cell in row]
            cells += [""] * (len(HEADER) - len(cells))
            if cells[len(HEADER):] != [""] * (len(cells) - len(HEADER)):
                fail(f"row {number} has values beyond column {len(HEADER)}: {cells[len(HEADER):]}")
            for column, name in enumerate(HEADER):
                want = csv_row[column] if column < len(csv_row) else "<missing in csv>"
                if cells[column] != want:
                    fail(f"row {number} {name} ({row[0].value}): workbook {cells[column]!r} != csv {want!r}")

    # Frozen just below the header row (the Control column may be frozen too).
    if not sheet.freeze_panes:
        fail("no frozen pane")
    else:
        column, row = coordinate_from_string(sheet.freeze_panes)
        if row != header_row + 1 or column not in ("A", "B"):
            fail(f"freeze pane at {sheet.freeze_panes}, expected row {header_row + 1} (just below the header)")
    expected_filter = f"A{header_row}:{get_column_letter(len(HEADER))}{header_row + len(data)}"
    if sheet.auto_filter.ref != expected_filter:
        fail(f"autofilter {sheet.auto_filter.ref!r}, expected {expected_filter!r} (header and data)")

    for row in [rows[header_index]] + data:
        for cell in row[:len(HEADER)]:
            if not cell.alignment.wrap_text:
                fail(f"{cell.coordinate} does not wrap text")

    for row in rows:
        for cell in row:
            if cell.data_type == "f":
                fail(f"{cell.coordinate} holds a formula: {cell.value!r}")
    with zipfile.ZipFile(xlsx_path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/") and re.search(rb"<f[\s>/]", archive.read(name)):
                fail(f"{name} holds a <f> formula element")

    created = workbook.properties.created
    want = datetime.date.fromisoformat(as_of)
    if not isinstance(created, datetime.datetime) or created.date() != want:
        fail(f"workbook created {created!r}, expected the --as-of date {as_of}")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    main(*sys.argv[1:])
    for problem in problems[:60]:
        print(f"{sys.argv[1]}: {problem}", file=sys.stderr)
    if len(problems) > 60:
        print(f"... and {len(problems) - 60} more", file=sys.stderr)
    sys.exit(1 if problems else 0)
