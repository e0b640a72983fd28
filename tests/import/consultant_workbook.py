#!/usr/bin/python3
"""Writes a workbook as consultants hand them over: a cover sheet first, then an SoA sheet with
title rows (one merged across the columns), a header whose cells are merged over two columns and
two rows, Yes/No/Partially applicability and statuses in free text, and a sheet of notes after.

Usage: consultant_workbook.py OUT.xlsx
"""
import sys

import openpyxl

workbook = openpyxl.Workbook()
cover = workbook.active
cover.title = "Cover"
cover["A1"] = "Information Security Management System"
cover["A3"] = "Prepared by Example Consulting for Example Ltd"

soa = workbook.create_sheet("SoA")
soa["A1"] = "Statement of Applicability - ISO/IEC 27001:2022"
soa.merge_cells("A1:G1")
soa["A2"] = "Version 0.3 draft, 2026-10-01"
soa["A4"] = "Annex A ref"
soa["B4"] = "Control name"
soa["C4"] = "Applicable? (Yes/No/Partially)"
soa["D4"] = "Justification for inclusion/exclusion"
soa.merge_cells("D4:E4")  # the justification spans two columns; E holds nothing
soa["F4"] = "Implementation status"
soa["G4"] = "Control owner"
for column in "ABCFG":
    soa.merge_cells(f"{column}4:{column}5")  # header cells two rows high
rows = [
    ("A.5.1", "Policies for information security", "Yes", "Policies set the direction for security.", "Fully implemented and approved by the board", "CISO"),
    ("A.5.7", "Threat intelligence", "Partially", "Threat feeds cover the cloud estate only.", "In progress - due Q2 2027", "Security Lead"),
    ("A.7.6", "Working in secure areas", "No", "No secure areas: the company has no premises of its own.", "", ""),
    ("A.8.16", "Monitoring activities", "Yes", "Production systems are monitored for anomalies.", "Not yet started", "Head of Platform"),
    ("A.8.28", "Secure coding", "Yes", "Software is developed in house.", "Planned for Q1 2027", "CTO"),
]
for offset, row in enumerate(rows):
    line = 6 + offset
    soa[f"A{line}"], soa[f"B{line}"], soa[f"C{line}"], soa[f"D{line}"], soa[f"F{line}"], soa[f"G{line}"] = row
notes = workbook.create_sheet("Notes")
notes["A1"] = "Open points for the next workshop"
workbook.save(sys.argv[1])
