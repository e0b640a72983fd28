#!/usr/bin/python3
"""Writes the small hostile spreadsheets that tests/scripts/import_bounds.sh imports: each is
cheap to store and was expensive to read before the table reader kept cells sparse and shared
strings unexpanded. Only the standard library is used (zipfile writes the workbooks by hand).

  far-column.xlsx     about 11 kB: every row has one cell in the last column (XFD), which a
                      reader that pads rows to their last column turns into 16,384 cells a row
  shared-string.xlsx  one 1 MB shared string referenced by 3,000 cells: 3 GB of text if every
                      cell gets its own copy
  commas.csv          64 MB of rows holding "x" and 16,000 commas: 64 million empty fields
  header.csv          a usable SoA header and one row, beside a far-right cell (a sane import)

Usage: make_hostile.py OUTPUT_DIR [NAME...]   (default: all of them)
"""
import os
import sys
import zipfile

CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8"?>'
                 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/></Types>')
WORKBOOK = ('<?xml version="1.0" encoding="UTF-8"?>'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
RELS = ('<?xml version="1.0" encoding="UTF-8"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
        'Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
        'Target="sharedStrings.xml"/></Relationships>')


def workbook(path, rows_xml, shared):
    """A minimal xlsx: one sheet whose <sheetData> is rows_xml, and the shared strings given."""
    strings = "".join("<si><t>%s</t></si>" % text for text in shared)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("xl/workbook.xml", WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", RELS)
        archive.writestr("xl/sharedStrings.xml",
                         '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">%s</sst>' % strings)
        archive.writestr("xl/worksheets/sheet1.xml",
                         '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                         '<sheetData>%s</sheetData></worksheet>' % rows_xml)


def far_column(path):
    rows = "".join('<row r="%d"><c r="XFD%d" t="s"><v>0</v></c></row>' % (row, row) for row in range(1, 2001))
    workbook(path, rows, ["x"])


def shared_string(path):
    rows = "".join('<row r="%d"><c r="A%d" t="s"><v>0</v></c></row>' % (row, row) for row in range(1, 3001))
    workbook(path, rows, ["a" * 1000000])


def commas(path):
    with open(path, "w", encoding="utf-8") as csv:
        line = "x" + "," * 16000 + "\n"
        csv.write(line * (64000000 // len(line)))


def header(path):
    with open(path, "w", encoding="utf-8") as csv:
        csv.write("Control,Applicable,Justification,Status" + "," * 16000 + "far\n")
        csv.write("A.5.1,yes,Policies are approved by the board every year.,implemented\n")


FILES = {"far-column.xlsx": far_column, "shared-string.xlsx": shared_string, "commas.csv": commas,
         "header.csv": header}


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for name in sys.argv[2:] or FILES:
        FILES[name](os.path.join(out, name))


if __name__ == "__main__":
    main()
