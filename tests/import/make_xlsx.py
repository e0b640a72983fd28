#!/usr/bin/python3
"""Writes the xlsx workbooks that tests/scripts/import_migrate.sh imports, with openpyxl (Debian
package python3-openpyxl): spreadsheets as another tool writes them, generated at test time.

  good.xlsx       sheets SoA, Assets, Risks: shared strings, a rich-text string, booleans,
                  numbers (a control id typed as a number, risk scores) and dates
  malformed.xlsx  sheet SoA with rows that cannot be imported, at known row numbers
  soa-2013.xlsx   soa-2013.csv (all 114 ISO/IEC 27001:2013 controls) as a workbook

openpyxl 3.0 writes every string inline and cannot write rich text, so good.xlsx is patched
afterwards the way Excel stores text: its strings move to a shared-string table, and one of them
becomes two formatted runs plus a phonetic guide. openpyxl then reads the patched workbook back,
so the patch is known to make a valid file.

Usage: make_xlsx.py OUTPUT_DIR SOA_2013_CSV
"""
import csv
import datetime
import os
import re
import shutil
import sys
import zipfile

import openpyxl

out_dir, soa_2013_csv = sys.argv[1], sys.argv[2]
RICH_PLACEHOLDER = "RICH-TEXT-PLACEHOLDER"
RICH_SI = ('<si><r><rPr><b/><sz val="11"/></rPr><t>Multi-factor</t></r>'
           '<r><rPr><sz val="11"/></rPr><t xml:space="preserve"> authentication protects every admin login.</t></r>'
           '<rPh sb="0" eb="5"><t>PHONETIC-NOT-PART-OF-THE-TEXT</t></rPh></si>')


def good_workbook(path):
    book = openpyxl.Workbook()
    soa = book.active
    soa.title = "SoA"
    soa.append(["Control", "Title", "Applicable", "Justification", "Reasons", "Status", "Owner", "Evidence"])
    soa.append(["A.5.1", "Policies for information security", True,
                "Policies are approved by the CEO and acknowledged by all staff.", "business, contract",
                "Implemented", "CISO", "EV-007"])
    soa.append(["A.8.5", "Secure authentication", True, RICH_PLACEHOLDER, "contract", "Partially implemented",
                "CTO", None])
    soa.append([5.23, "Cloud services", True, "All production workloads run on one cloud provider.", "risk",
                "in progress", "Head of Platform", None])
    soa.append(["A.7.4", "Physical security monitoring", False,
                "We have no premises of our own; the serviced office is monitored by the landlord.", None, None,
                None, None])
    soa.append(["A.9.4.3", "Password management system (2013)", 1,
                "A password manager is issued to every employee.", "BP", "planned", "CTO", None])

    assets = book.create_sheet("Assets")
    assets.append(["ID", "Name", "Type", "Owner", "Classification", "Location", "Personal data", "Backup"])
    assets.append(["AST-001", "Customer database", "information", "CTO", "confidential", "Cloud", True, True])
    assets.append(["AST-002", "Build server", "Server", "CTO", "internal", "Cloud", False, None])

    risks = book.create_sheet("Risks")
    risks.append(["ID", "Title", "Threat", "Vulnerability", "Assets", "Owner", "Likelihood", "Impact", "Treatment",
                  "Controls", "Accepted by", "Acceptance role", "Accepted on", "Review date"])
    risks.append(["R-001", "Database leak", "External attacker", "Weak access control", "AST-001", "CTO", 2, 4,
                  "modify", "A.5.15, A.8.5", "Jane Doe", "CEO", datetime.date(2026, 2, 10),
                  datetime.date(2026, 12, 31)])
    risks.append(["R-002", "Build server compromise", "Supply-chain attack", "Unpinned dependencies", "AST-002",
                  "CTO", 3.0, 2, "Accept", None, "Jane Doe", "CEO", datetime.datetime(2026, 3, 1, 9, 30),
                  datetime.date(2027, 3, 1)])
    book.save(path)
    share_strings_and_patch_rich_text(path)


INLINE = re.compile(r'<c r="([A-Z]+[0-9]+)"((?: s="[0-9]+")?) t="inlineStr"><is><t(?: xml:space="preserve")?>(.*?)</t></is></c>')
SHARED_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
SHARED_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"


def share_strings_and_patch_rich_text(path):
    """Moves inline strings into xl/sharedStrings.xml; the placeholder becomes rich-text runs."""
    strings = []

    def shared(match):
        text = match.group(3)
        if text not in strings:
            strings.append(text)
        return f'<c r="{match.group(1)}"{match.group(2)} t="s"><v>{strings.index(text)}</v></c>'

    patched = path + ".tmp"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(patched, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename).decode("utf-8")
            if item.filename.startswith("xl/worksheets/sheet"):
                data = INLINE.sub(shared, data)
            elif item.filename == "[Content_Types].xml":
                data = data.replace("</Types>", f'<Override PartName="/xl/sharedStrings.xml" ContentType="{SHARED_TYPE}"/></Types>')
            elif item.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace("</Relationships>",
                                    f'<Relationship Id="rIdShared" Type="{SHARED_REL}" Target="sharedStrings.xml"/></Relationships>')
            target.writestr(item, data.encode("utf-8"))
        items = "".join(RICH_SI if text == RICH_PLACEHOLDER else f'<si><t xml:space="preserve">{text}</t></si>'
                        for text in strings)
        assert RICH_PLACEHOLDER in strings
        target.writestr("xl/sharedStrings.xml",
                        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                        f'count="{len(strings)}" uniqueCount="{len(strings)}">{items}</sst>')
    shutil.move(patched, path)
    check = openpyxl.load_workbook(path)
    assert check["SoA"]["D3"].value.startswith("Multi-factor authentication"), check["SoA"]["D3"].value
    assert check["SoA"]["A2"].value == "A.5.1"


def malformed_workbook(path):
    book = openpyxl.Workbook()
    soa = book.active
    soa.title = "SoA"
    soa.append(["Control", "Applicable", "Justification", "Status", "Owner"])
    soa.append(["A.5.1", True, "Policies are approved by the CEO.", "Implemented", "CISO"])          # row 2
    soa.append([8.2, True, "Typed as a number: 8.2 or 8.20?", "Planned", "CTO"])                    # row 3
    soa.append(["A.5.2", "maybe", "Roles are defined in the ISMS manual.", "Planned", "CEO"])        # row 4
    soa.append(["A.5.3", True, "#N/A", "Planned", "CEO"])                                            # row 5
    soa.append([])                                                                                   # row 6: blank
    soa.append(["A.5.4", True, "Managers sign the policy each year.", "someday", "CEO"])             # row 7
    soa.append(["A.5.5", True, "The DPO keeps the authority contacts.", "Planned", "DPO"])           # row 8
    book.save(path)


def soa_2013_workbook(path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "SoA 2013"
    with open(soa_2013_csv, encoding="utf-8", newline="") as source:
        for row in csv.reader(source):
            sheet.append(row)
    book.save(path)


os.makedirs(out_dir, exist_ok=True)
good_workbook(os.path.join(out_dir, "good.xlsx"))
malformed_workbook(os.path.join(out_dir, "malformed.xlsx"))
soa_2013_workbook(os.path.join(out_dir, "soa-2013.xlsx"))
