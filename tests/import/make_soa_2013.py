#!/usr/bin/python3
"""Writes soa-2013.csv: a Statement of Applicability over all 114 ISO/IEC 27001:2013 Annex A
controls, as an organisation kept it before the 2022 edition, for `isms migrate soa --from 2013`.

The ids are the distinct 2013 ids of the shared reference table iso27001-2013-to-2022.tsv.
Applicability, status, reasons, owners and id spellings vary so that merging is exercised:
some controls merged in 2022 have an excluded source, some have sources of different
status. Every implemented control names evidence that exists in examples/saas-company, no
record is the only evidence of many controls, every applicable one has an owner and reasons,
and no reason is "risk", so that `isms check --select SOA` on the migrated SoA reports only
the controls still to be decided (and the draft approval).

Usage: make_soa_2013.py REFDATA_TSV OUTPUT_CSV
"""
import csv
import sys

tsv, output = sys.argv[1], sys.argv[2]
ids = []
with open(tsv, encoding="utf-8") as table:
    for row in csv.DictReader(table, delimiter="\t"):
        if row["id_2013"] not in ids:
            ids.append(row["id_2013"])
assert len(ids) == 114, len(ids)

statuses = ["Implemented", "In place", "Partial", "In progress", "Planned", "Not started", "Done"]
applicable_words = ["Y", "Yes", "x", "TRUE"]
reasons = ["LR", "CO", "BR/BP", "BP", "Legal, Contractual"]
owners = ["CISO", "CTO", "Head of People", "Information Security Manager"]
# Spread over several records: one record as the only evidence of many controls is SOA011.
evidence = ["EV-003", "EV-007; EV-043", "EV-004", "EV-008; EV-009", "EV-010", "EV-011; EV-012", "EV-013",
            "EV-014; EV-015"]


def spelling(index, control):
    """The same control id written the ways spreadsheets write it."""
    parts = control.split(".")
    return [f"A.{control}", control, f"A {control}", "A." + ".".join(p.zfill(2) for p in parts)][index % 4]


with open(output, "w", encoding="utf-8", newline="") as out:
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["Ref", "Applicable (Y/N)", "Justification", "Reason for selection", "Implementation status",
                     "Control owner", "Evidence", "Notes"])
    for index, control in enumerate(ids):
        excluded = index % 9 == 4
        if excluded:
            writer.writerow([spelling(index, control), "N",
                             f"Excluded: the activity governed by {control} does not take place in the scope, "
                             f"\"as confirmed\" at the 2021 review.", "", "" if index % 2 else "N/A", "", "",
                             "excluded"])
            continue
        status = statuses[index % len(statuses)]
        implemented = status in ("Implemented", "In place", "Done")
        writer.writerow([spelling(index, control), applicable_words[index % len(applicable_words)],
                         f"Control {control} is required by client contracts, our policies and good practice.",
                         reasons[index % len(reasons)], status, owners[index % len(owners)],
                         evidence[index % len(evidence)] if implemented else "", ""])
