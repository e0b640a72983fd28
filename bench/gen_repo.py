#!/usr/bin/env python3
"""Generate a synthetic, valid compliance repository for benchmarking `isms check`.

    gen_repo.py OUT_DIR --assets N [--risks M] [--seed S] [--per-file K] [--force]

The repository looks like the one a large AI company would keep: a manifest, a scope, context
issues, interested parties with their requirements, an asset inventory with lineage between
datasets and models, a risk register, suppliers, documents, evidence and a Statement of
Applicability covering all 93 ISO/IEC 27001:2022 Annex A controls. Register sizes follow the
asset count:

    risks         N/5 (or --risks)      suppliers   N/200 + 5
    parties       N/500 + 5             documents   N/100 + 40 (at least 47)
    requirements  2-4 per party         evidence    N/20 + 60
    issues        N/1000 + 12

A register with more than --per-file records (default 2000) is written as a folder of files
(assets/part-0001.yaml, ...); only the first file carries the register's `register:` block.
Every reference resolves, so `isms check` reports no errors. Dates fall in the year before a
fixed day (2026-10-01, written in the manifest's comments); check with `--as-of` that day for
results that do not depend on today's date. The output depends only on the arguments: the same
seed gives the same bytes. Standard library only.
"""

import argparse
import datetime
import json
import os
import random
import re
import shutil
import sys
import tempfile
import textwrap

from gen_text import *  # noqa: F401,F403 (the vocabulary and the YAML helpers)


class Gen:
    def __init__(self, args):
        self.rng = random.Random(args.seed)
        self.n_assets = args.assets
        self.n_risks = args.assets // 5 if args.risks is None else args.risks
        self.n_parties = args.assets // 500 + 5
        self.n_suppliers = args.assets // 200 + 5
        self.n_documents = max(len(DOC_TITLES), args.assets // 100 + 40)
        self.n_evidence = args.assets // 20 + 60
        self.n_issues = args.assets // 1000 + 12
        self.per_file = args.per_file
        self.org = "Northwind Cognition Ltd"
        w = lambda n: max(3, len(str(n)))  # zero-padded id widths
        self.asset_ids = [f"AST-{i:0{w(self.n_assets)}d}" for i in range(1, self.n_assets + 1)]
        self.risk_ids = [f"R-{i:0{w(self.n_risks)}d}" for i in range(1, self.n_risks + 1)]
        self.supplier_ids = [f"SUP-{i:0{w(self.n_suppliers)}d}" for i in range(1, self.n_suppliers + 1)]
        self.doc_ids = [f"DOC-{i:0{w(self.n_documents)}d}" for i in range(1, self.n_documents + 1)]
        self.ev_ids = [f"EV-{i:0{w(self.n_evidence)}d}" for i in range(1, self.n_evidence + 1)]
        self.issue_ids = [f"CI-{i:0{w(self.n_issues)}d}" for i in range(1, self.n_issues + 1)]
        self.party_ids = [f"IP-{i:0{w(self.n_parties)}d}" for i in range(1, self.n_parties + 1)]
        self.locations = [("LOC-LON", "London office", "office"), ("LOC-DUB", "Dublin office", "office"),
                          ("LOC-REMOTE", "Remote workers", "remote")] + [
                          (f"LOC-CLOUD-{r.upper()}", f"Cloud region {r}", "cloud-region") for r in REGIONS]
        self.requirement_ids = []
        self.asset_supplier = {}  # asset index -> supplier id
        # Controls the SoA excludes; risks, requirements and evidence cite only applicable ones.
        self.excluded = {"A.7.5", "A.7.11", "A.7.12", "A.8.19"} if self.n_assets < 200 else {"A.7.12"}
        self.applicable = [c for c in ANNEX_A if c not in self.excluded]
        # Suppliers of AI services; AI assets take their supplier from these, other assets from the rest.
        self.ai_suppliers = [sid for i, sid in enumerate(self.supplier_ids)
                             if SUPPLIER_SERVICES[i % len(SUPPLIER_SERVICES)] in AI_SERVICES]
        self.other_suppliers = [sid for sid in self.supplier_ids if sid not in self.ai_suppliers]

    # -- small helpers ------------------------------------------------------------------------
    def date(self, days_back_max=300, days_back_min=0):
        return (ANCHOR - datetime.timedelta(days=self.rng.randint(days_back_min, days_back_max))).isoformat()

    def future(self, days_min=30, days_max=365):
        return (ANCHOR + datetime.timedelta(days=self.rng.randint(days_min, days_max))).isoformat()

    def pick(self, seq, k_min, k_max):
        k = min(len(seq), self.rng.randint(k_min, k_max))
        return self.rng.sample(seq, k) if k else []

    def register_block(self, version):
        by = self.rng.choice(PEOPLE)
        approved = self.date(120, 10)
        return "\n".join([
            "register:",
            f'  version: "{version}"',
            f"  owner: {self.rng.choice(['CISO', 'GRC Lead', 'CTO'])}",
            f"  approval: {{by: {by}, role: {self.rng.choice(['CEO', 'CTO', 'CISO'])}, date: {approved}}}",
            f"  last_review: {approved}",
        ])

    def write_register(self, out, name, list_key, records, title, version, top=""):
        """Writes a register as one file, or as a folder of parts when it is large."""
        chunks = [records[i:i + self.per_file] for i in range(0, len(records), self.per_file)] or [[]]
        split = len(chunks) > 1
        if split:
            os.makedirs(os.path.join(out, name))
        for number, chunk in enumerate(chunks, 1):
            relative = f"{name}/part-{number:04d}.yaml" if split else f"{name}.yaml"
            head = [f"# yaml-language-server: $schema={SCHEMA_URL.format(name)}",
                    f"# {title}" + (f", part {number} of {len(chunks)}" if split else "") + "."]
            if number == 1:
                if split:
                    head.append(f"# This file carries the register block for the whole {name}/ folder.")
                head += [self.register_block(version), ""]
                if top:
                    head += [top, ""]
            body = [f"{list_key}:"] + chunk if chunk else [f"{list_key}: []"]
            with open(os.path.join(out, relative), "w", encoding="utf-8") as handle:
                handle.write("\n".join(head + body) + "\n")

    # -- registers ----------------------------------------------------------------------------
    def manifest(self):
        return f"""# yaml-language-server: $schema={SCHEMA_URL.format('manifest')}
# Synthetic benchmark repository generated by bench/gen_repo.py. All names are fictional.
# Dates are set relative to {ANCHOR.isoformat()}; check with --as-of {ANCHOR.isoformat()} for findings that do not
# depend on today's date.
format: 1
organisation:
  name: {self.org}
  legal_entities:
    - name: {self.org}
      jurisdiction: England and Wales
      registration: "14829361"
    - name: Northwind Cognition Ireland Limited
      jurisdiction: Ireland
      registration: "712384"
standard:
  id: ISO/IEC 27001
  edition: 2022
settings:
  review_period_months: 12
  classification:
    levels: [{", ".join(LEVELS)}]
  risk:
    likelihood:
      min: 1
      max: 5
      labels: [Rare, Unlikely, Possible, Likely, Almost certain]
    impact:
      min: 1
      max: 5
      labels: [Negligible, Minor, Moderate, Major, Severe]
    level: product
    acceptance_threshold: 8
"""

    def scope(self, critical_suppliers, considered_requirements):
        rng = self.rng
        lines = [f"# yaml-language-server: $schema={SCHEMA_URL.format('scope')}",
                 "# Clause 4.3: scope of the ISMS.", self.register_block("2.3"), ""]
        lines.append(text_field("statement", (
            f"The information security management system of {self.org} covering the design, "
            "development, operation and support of the Northwind AI platform and its hosted "
            "services, delivered from London, Dublin and cloud regions in the EU, in accordance "
            "with the Statement of Applicability version 5.1."), 0))
        lines += ['soa_version: "5.1"', "boundaries:",
                  text_field("organisational", "All staff and contractors of the UK and Irish entities, "
                             "except the hardware research lab.", 2),
                  f"  legal_entities: [{self.org}, Northwind Cognition Ireland Limited]",
                  text_field("physical", "London and Dublin offices; remote workers; no data centres of our own.", 2),
                  text_field("logical", "Production and staging cloud accounts, the corporate identity "
                             "tenant, source code hosting and the model registry.", 2),
                  "services:"]
        for i, product in enumerate(PRODUCTS):
            in_scope = i < 6
            lines += [f"  - id: SVC-{product.upper()}", f"    name: Northwind {product}",
                      f"    in_scope: {'true' if in_scope else 'false'}",
                      text_field("description", f"Hosted {product.lower()} service for enterprise clients.", 4)]
            if not in_scope:
                lines.append(text_field("rationale", "Internal prototype with no client data; "
                                        "to be brought into scope before general availability.", 4))
        lines.append("locations:")
        for loc_id, name, kind in self.locations:
            lines.append(f"  - {{id: {loc_id}, name: {sf(name)}, type: {kind}, in_scope: true}}")
        lines.append("technology:")
        for region in REGIONS:
            lines.append(f"  - {{id: TECH-{region.upper()}, name: {sf('Cloud accounts in ' + region)}, "
                         f"in_scope: true}}")
        lines.append("people:")
        for team in TEAMS:
            lines.append(f"  - {{id: FN-{team.upper()}, name: {sf(team.replace('-', ' ').capitalize())}, "
                         f"in_scope: true}}")
        lines.append(f"suppliers: {id_list(critical_suppliers)}")
        lines.append("interfaces:")
        for i, what in enumerate(["Foundation-model provider", "Cloud provider", "Client identity providers",
                                  "Data labelling vendor", "Payment processor"], 1):
            lines += [f"  - id: IF-{i:03d}", f"    with: {s(what)}",
                      text_field("description", f"Data and control flows exchanged with the {what.lower()} "
                                 "across the ISMS boundary, governed by contract and technical controls.", 4),
                      text_field("dependency", "Availability of the hosted services depends on it.", 4)]
        lines += ["exclusions:", "  - id: EX-001", "    what: Hardware research lab",
                  text_field("rationale", "Separate premises and network with no client data, "
                             "no production access and no staff shared with the platform.", 4)]
        lines += ["considered:", f"  issues: {id_list(self.issue_ids)}",
                  f"  requirements: {id_list(considered_requirements)}", "communication:"]
        for _ in range(3):
            lines.append(f"  - {{date: {self.date()}, audience: All staff, method: Intranet}}")
        lines += ["history:",
                  f'  - {{version: "2.2", date: {self.date(365, 200)}, change: Added the Dublin office}}',
                  f'  - {{version: "2.3", date: {self.date(199, 121)}, change: Added EU cloud regions}}']
        return "\n".join(lines) + "\n"

    def context(self):
        rng = self.rng
        records = []
        factors = ["political", "economic", "social", "technological", "legal", "environmental"]
        for i, issue_id in enumerate(self.issue_ids):
            factor = factors[i % len(factors)]
            domain = rng.choice(DOMAINS)
            title = f"{factor.capitalize()} pressure from the {domain} market, item {i + 1}"
            desc = (f"Clients in the {domain} sector raise {factor} concerns that affect how the platform "
                    f"processes their data and how models are trained, deployed and monitored. "
                    f"The issue was reviewed at the context workshop and is tracked by the "
                    f"{rng.choice(ROLES)}.")
            rec = [f"  - id: {issue_id}", f"    title: {s(title)}",
                   f"    type: {'external' if i % 3 else 'internal'}", f"    factor: {factor}",
                   text_field("description", desc, 4)]
            if self.risk_ids:
                rec.append(f"    risks: {id_list(sorted(self.pick(self.risk_ids, 1, 4)))}")
            rec.append("    in_scope: true")
            records.append("\n".join(rec))
        climate = "\n".join([
            "climate_change:", "  relevant: true",
            text_field("reasoning", "GPU capacity is bought from cloud regions whose cooling and energy "
                       "prices are exposed to heat waves; clients also ask for the energy footprint of "
                       "training in tenders.", 2),
            f"  issue: {self.issue_ids[len(self.issue_ids) // 2]}"])
        return records, climate

    def parties(self):
        rng = self.rng
        categories = ["leadership", "board", "shareholders", "staff", "clients", "data-subjects",
                      "suppliers", "regulators", "auditors", "insurers", "threat-actors", "partners",
                      "community", "other"]
        sources = [("contract", "MSA s.{}"), ("law", "GDPR Art. {}"), ("regulation", "EU AI Act Art. {}"),
                   ("standard", "ISO/IEC 42001 cl. {}"), ("interview", "Interview notes {}"),
                   ("workshop", "Workshop {}")]
        records = []
        req_no = 0
        for i, party_id in enumerate(self.party_ids):
            category = categories[i % len(categories)]
            name = f"{category.replace('-', ' ').capitalize()} group {i + 1}"
            rec = [f"  - id: {party_id}", f"    name: {s(name)}",
                   f"    type: {'internal' if category in ('leadership', 'board', 'staff') else 'external'}",
                   f"    category: {category}", f"    power: {rng.choice(['low', 'medium', 'high'])}",
                   f"    interest: {rng.choice(['low', 'medium', 'high'])}", "    requirements:"]
            for _ in range(rng.randint(2, 4)):
                req_no += 1
                req_id = f"REQ-{req_no:04d}"
                self.requirement_ids.append(req_id)
                kind, ref = rng.choice(sources)
                addressed = (self.pick(self.applicable, 1, 2) + self.pick(self.doc_ids, 0, 2) +
                             self.pick(self.risk_ids, 0, 2))
                rec += [f"      - id: {req_id}",
                        text_field("description", f"The {name.lower()} expect {rng.choice(DOMAINS)} data to be "
                                   f"protected in line with {ref.format(rng.randint(2, 40))} and to be "
                                   "told promptly about incidents that affect them.", 8),
                        f"        source: {{type: {kind}, reference: {sf(ref.format(rng.randint(2, 40)))}}}"]
                rec.append(f"        confirmed: {{date: {self.date()}, method: {sf('Email from ' + rng.choice(ROLES))}}}")
                rec.append(f"        addressed_by: {id_list(addressed)}")
            records.append("\n".join(rec))
        top = "\n".join(["identification:", "  method: workshop", f"  date: {self.date(365, 200)}",
                         f"  evidence: {id_list(self.ev_ids[:2])}"])
        return records, top

    def assets(self):
        rng = self.rng
        types, weights = zip(*ASSET_TYPES)
        records = []
        ai_sources = []  # indexes of datasets and models that later AI assets derive from
        for i, asset_id in enumerate(self.asset_ids):
            # The first asset is a dataset, so that every model has something to derive from.
            kind = "training-dataset" if i == 0 else rng.choices(types, weights)[0]
            product, domain, team = rng.choice(PRODUCTS), rng.choice(DOMAINS), rng.choice(TEAMS)
            region = rng.choice(REGIONS)
            name = {
                "information": f"{domain.capitalize()} client records, {team} copy {i % 97}",
                "software": f"{product} {team} service build {i % 53}",
                "hardware": f"Laptop fleet batch {i % 211} ({team})",
                "service": f"{rng.choice(SYSTEMS).capitalize()} for {team}",
                "people": f"{team.capitalize()} team members",
                "site": f"Site {i % 17} of the {team} function",
                "model-weights": f"{product} {domain} fine-tuned weights v{i % 9 + 1}",
                "training-dataset": f"{domain.capitalize()} instruction corpus {2020 + i % 6}-Q{i % 4 + 1}",
                "vector-store": f"Tenant vector index for {domain} clients, shard {i % 64}",
                "inference-endpoint": f"{product} inference endpoint in {region}",
                "data-pipeline": f"{domain.capitalize()} ingestion pipeline {i % 31}",
                "experiment-tracking": f"Experiment tracking workspace for {team}",
                "agent": f"{product} tool-using agent for {domain} workflows",
                "third-party-model-api": f"External LLM API used by {product}",
            }[kind]
            classification = rng.choices(LEVELS, [1, 4, 4, 2])[0]
            if kind in ("model-weights", "training-dataset", "vector-store"):
                classification = rng.choice(["confidential", "restricted"])
            if rng.random() < 0.5:
                location = rng.choice(self.locations)[0]
            else:
                location = f"{rng.choice(SYSTEMS)} in {region}"
            personal = kind in ("information", "vector-store", "people") or rng.random() < 0.1
            if personal and classification in ("public", "internal"):
                classification = "confidential"
            rec = [f"  - id: {asset_id}", f"    name: {s(name)}", f"    type: {kind}",
                   f"    owner: {rng.choice(ROLES)}", f"    classification: {classification}",
                   f"    location: {s(location)}", f"    personal_data: {'true' if personal else 'false'}"]
            if kind in AI_DERIVED and ai_sources and (kind in ("model-weights", "vector-store") or rng.random() < 0.7):
                window = ai_sources[-200:]
                sources = sorted({self.asset_ids[j] for j in rng.sample(window, min(len(window), rng.randint(1, 3)))})
                rec += ["    lineage:", f"      derived_from: {id_list(sources)}"]
                if rng.random() < 0.4:
                    rec.append(text_field("notes", f"Derived in the {team} pipeline with recorded dataset "
                                          "hashes and licence checks; see the model card.", 6))
            if kind in ("training-dataset", "model-weights"):
                ai_sources.append(i)
            if personal:
                rec += [f"    retention: {s(rng.choice(RETENTION))}", f"    lawful_basis: {s(rng.choice(LAWFUL_BASES))}"]
            if kind == "model-weights":
                rec += ["    version_controlled: true", "    backup: true"]
            if kind == "agent":
                rec += [text_field("privileges", f"Read-only access to {rng.choice(SYSTEMS)}; write actions need "
                                   f"approval by the {team} on-call.", 4),
                        text_field("logging", "Every tool call is logged to the SIEM and reviewed weekly.", 4)]
            pool = self.ai_suppliers if kind in AI_TYPES else self.other_suppliers
            # A third-party model API always names its provider (AI009); other assets sometimes do.
            if pool and (kind == "third-party-model-api" or rng.random() < 0.25):
                supplier = rng.choice(pool)
                self.asset_supplier[i] = supplier
                rec.append(f"    supplier: {supplier}")
            if rng.random() < 0.6:
                rec.append(text_field("description", (
                    f"{name} owned by the {team} team. Holds {classification} information for "
                    f"{domain} use cases and is reviewed at every quarterly access review. "
                    f"Known weakness: {rng.choice(VULNERABILITIES).lower()}."), 4))
            records.append("\n".join(rec))
        return records

    def risks(self):
        rng = self.rng
        records = []
        n, m = self.n_assets, self.n_risks
        for j, risk_id in enumerate(self.risk_ids):
            # The first risks cover every threat category; the rest draw at random.
            category = THREAT_CATEGORIES[j] if j < len(THREAT_CATEGORIES) else rng.choice(THREAT_CATEGORIES)
            title, threat = THREATS[category]
            # Each risk covers a block of neighbouring assets (one system, one product), so that
            # every asset is risk-assessed; some risks also name one asset elsewhere.
            assets = set(self.asset_ids[j * n // m:(j + 1) * n // m])
            if not assets or rng.random() < 0.2:
                assets.add(rng.choice(self.asset_ids))
            assets = sorted(assets)
            likelihood, impact = rng.randint(1, 5), rng.randint(1, 5)
            owner = rng.choice(ROLES)
            treatment = rng.choices(["modify", "share", "avoid", "accept"], [70, 10, 5, 15])[0]
            if treatment == "accept":
                likelihood, impact = rng.randint(1, 2), rng.randint(1, 4)
            rec = [f"  - id: {risk_id}", f"    title: {s(f'{title} ({assets[0]})')}",
                   text_field("threat", f"{threat}, affecting {assets[0]}.", 4),
                   f"    threat_category: {category}",
                   text_field("vulnerability", rng.choice(VULNERABILITIES) + ".", 4),
                   f"    assets: {id_list(assets)}", f"    owner: {owner}",
                   f"    likelihood: {likelihood}", f"    impact: {impact}", f"    treatment: {treatment}",
                   f"    controls: {id_list(self.pick(self.applicable, 1, 4))}"]
            if treatment in ("modify", "share"):
                rec.append(f"    residual: {{likelihood: {max(1, likelihood - rng.randint(0, 2))}, "
                           f"impact: {max(1, impact - rng.randint(0, 1))}}}")
            # The risk owner accepts the residual risk (6.1.3 f).
            rec.append(f"    acceptance: {{by: {rng.choice(PEOPLE)}, role: {owner}, "
                       f"date: {self.date()}}}")
            rec.append(f"    review_date: {self.future()}")
            records.append("\n".join(rec))
        return records

    def suppliers(self):
        rng = self.rng
        by_supplier = {}
        for index, supplier in sorted(self.asset_supplier.items()):
            by_supplier.setdefault(supplier, []).append(self.asset_ids[index])
        records = []
        for i, supplier_id in enumerate(self.supplier_ids):
            service = SUPPLIER_SERVICES[i % len(SUPPLIER_SERVICES)]
            criticality = rng.choices(["low", "medium", "high", "critical"], [3, 4, 2, 1])[0]
            rec = [f"  - id: {supplier_id}", f"    name: {s(f'{service} vendor {i + 1}')}",
                   f"    services: [{sf(service)}]"]
            touched = by_supplier.get(supplier_id, [])
            if touched:
                rec.append(f"    assets: {id_list(touched[:8])}")
            rec += [f"    criticality: {criticality}",
                    f"    due_diligence: {{date: {self.date()}, evidence: {rng.choice(self.ev_ids)}}}"]
            if rng.random() < 0.6:
                rec += ["    certifications:",
                        f"      - {{standard: \"ISO/IEC 27001:2022\", scope: {sf(service + ' operations')}, "
                        f"expiry: {self.future(200, 900)}, certificate: \"C-{rng.randint(10000, 99999)}\"}}"]
            rec.append("    agreements:")
            for kind in ["MSA", "DPA"] + rng.sample(["SLA", "NDA", "SCC"], rng.randint(0, 2)):
                rec.append(f"      - {{type: {kind}, reference: \"{kind} v{rng.randint(1, 5)}\", "
                           f"signed: {self.date(900, 30)}, document: {rng.choice(self.doc_ids)}}}")
            if service in AI_SERVICES:
                rec += ["    ai_data_use:", "      trains_on_customer_data: false",
                        f"      retention_days: {rng.choice([0, 30, 90])}", "      opt_out: true",
                        f"      terms: {s('Enterprise terms s.' + str(rng.randint(2, 9)))}"]
            records.append("\n".join(rec))
        return records

    def documents(self):
        rng = self.rng
        records = []
        for i, doc_id in enumerate(self.doc_ids):
            if i < len(DOC_TITLES):
                title, kind, clause = DOC_TITLES[i]
            else:
                team = rng.choice(TEAMS)
                title, kind, clause = f"{team.capitalize()} runbook {i}", rng.choice(
                    ["procedure", "record", "standard", "report", "plan"]), None
            rec = [f"  - id: {doc_id}", f"    title: {s(title)}", f"    type: {kind}",
                   f'    version: "{rng.randint(1, 6)}.{rng.randint(0, 9)}"', f"    owner: {rng.choice(ROLES)}"]
            approved = self.date()
            rec.append(f"    approval: {{by: {rng.choice(PEOPLE)}, role: {rng.choice(['CEO', 'CTO', 'CISO'])}, "
                       f"date: {approved}}}")
            rec.append(f"    last_review: {approved}")
            if clause in ("9.2.2", "9.3.3") and kind in ("report", "record"):
                # the audit or review itself, a few days before its report or minutes were approved
                held = datetime.date.fromisoformat(approved) - datetime.timedelta(days=rng.randint(1, 14))
                rec.append(f"    date: {held.isoformat()}")
            if clause:
                rec.append(f'    clause: "{clause}"')
            slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
            rec.append(f"    location: {s(f'docs/{kind}/{slug}.md')}")
            records.append("\n".join(rec))
        return records

    def evidence(self):
        rng = self.rng
        records = []
        kinds = ["Access review export", "Vulnerability scan report", "Backup restore test",
                 "Training completion report", "Change approval record", "Model evaluation report",
                 "Supplier assessment questionnaire", "Incident post-mortem", "Penetration test summary",
                 "Management review minutes", "Stakeholder workshop minutes", "Log retention screenshot"]
        for i, ev_id in enumerate(self.ev_ids):
            what = kinds[i % len(kinds)]
            day = self.date()
            rec = [f"  - id: {ev_id}", f"    title: {s(f'{what} {day}')}", f"    date: {day}",
                   text_field("shows", f"{what} showing that the control operated as designed during "
                              f"the period, with exceptions followed up by the {rng.choice(ROLES)}.", 4),
                   f"    controls: {id_list(self.pick(self.applicable, 1, 3))}"]
            docs = self.pick(self.doc_ids, 0, 2)
            if docs:
                rec.append(f"    documents: {id_list(docs)}")
            rec += [f"    location: {s(f'evidence/{day[:4]}/{ev_id.lower()}.pdf')}",
                    f"    collected_by: {rng.choice(ROLES)}"]
            records.append("\n".join(rec))
        return records

    def soa(self):
        rng = self.rng
        records = []
        for control in ANNEX_A:
            if control in self.excluded:
                rec = [f"  - control: {control}", "    applicable: false",
                       text_field("justification", "No premises, equipment or cabling of our own fall under "
                                  "this control; hosting is provided by certified cloud suppliers.", 4),
                       "    status: not-applicable"]
            else:
                reasons = self.pick(["risk", "legal", "contract", "business", "best-practice"], 1, 3)
                rec = [f"  - control: {control}", "    applicable: true",
                       text_field("justification", f"Selected to treat risks in the risk register and "
                                  f"required by {rng.choice(['client contracts', 'GDPR', 'the EU AI Act', 'the board'])}.", 4),
                       f"    reasons: {id_list(reasons)}",
                       f"    status: {rng.choices(['implemented', 'partial', 'planned'], [8, 2, 1])[0]}",
                       f"    owner: {rng.choice(ROLES)}",
                       f"    evidence: {id_list(self.pick(self.ev_ids, 1, 4))}",
                       f"    documents: {id_list(self.pick(self.doc_ids, 1, 2))}"]
                if control in AI_CONTROLS:
                    rec.append(text_field("ai_coverage", f"Extended to the model endpoints, training pipelines and "
                                          f"agents: {AI_CONTROLS[control]}.", 4))
            records.append("\n".join(rec))
        return records

    def write(self, out):
        with open(os.path.join(out, "isms.yaml"), "w", encoding="utf-8") as handle:
            handle.write(self.manifest())
        # Order matters only for determinism: every random draw happens in a fixed sequence.
        context, climate = self.context()
        parties, identification = self.parties()
        assets = self.assets()
        risks = self.risks()
        suppliers = self.suppliers()
        documents = self.documents()
        evidence = self.evidence()
        soa = self.soa()
        critical = self.supplier_ids[:min(len(self.supplier_ids), 12)]
        with open(os.path.join(out, "scope.yaml"), "w", encoding="utf-8") as handle:
            handle.write(self.scope(critical, self.requirement_ids))
        self.write_register(out, "context", "issues", context, "Clause 4.1: context issues", "3.1", climate)
        self.write_register(out, "parties", "parties", parties, "Clause 4.2: interested parties", "2.0",
                            identification)
        self.write_register(out, "assets", "assets", assets, "Asset inventory (A.5.9)", "7.4")
        self.write_register(out, "risks", "risks", risks, "Risk register (6.1.2, 8.2)", "6.2")
        self.write_register(out, "suppliers", "suppliers", suppliers, "Supplier register (A.5.19-A.5.22)", "3.0")
        self.write_register(out, "soa", "controls", soa, "Statement of Applicability (6.1.3 d)", "5.1")
        self.write_register(out, "documents", "documents", documents, "Document register (7.5)", "4.0")
        self.write_register(out, "evidence", "evidence", evidence, "Evidence register (7.5.3, 9.1)", "2.7")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out_dir", help="folder to create (must not exist unless --force)")
    parser.add_argument("--assets", type=int, required=True, help="number of assets N")
    parser.add_argument("--risks", type=int, default=None, help="number of risks (default N/5)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--per-file", type=int, default=2000,
                        help="largest number of records per file before a register is split (default 2000)")
    parser.add_argument("--force", action="store_true", help="replace OUT_DIR if it exists")
    args = parser.parse_args()
    if args.assets < 1 or (args.risks is not None and args.risks < 0) or args.per_file < 1:
        parser.error("--assets and --per-file must be positive, --risks not negative")
    if args.risks is None and args.assets < 5:
        args.risks = 1
    out = os.path.abspath(args.out_dir)
    if os.path.exists(out) and not args.force:
        parser.error(f"{args.out_dir} exists; pass --force to replace it")
    parent = os.path.dirname(out)
    os.makedirs(parent, exist_ok=True)
    # Build in a temporary folder beside OUT_DIR, then swap, so that an interrupted run never
    # leaves a half-written repository behind.
    work = tempfile.mkdtemp(prefix=".gen-", dir=parent)
    try:
        Gen(args).write(work)
        if os.path.exists(out):
            shutil.rmtree(out)
        os.rename(work, out)
        os.chmod(out, 0o755)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return 0


if __name__ == "__main__":
    sys.exit(main())
