"""The vocabulary and YAML helpers of gen_repo.py: the Annex A ids, the names, threats, documents
and services a generated AI company's registers are drawn from, and the quoting of scalars."""

import datetime
import json
import re
import textwrap

ANNEX_A = ([f"A.5.{n}" for n in range(1, 38)] + [f"A.6.{n}" for n in range(1, 9)] +
           [f"A.7.{n}" for n in range(1, 15)] + [f"A.8.{n}" for n in range(1, 35)])
assert len(ANNEX_A) == 93

ANCHOR = datetime.date(2026, 10, 1)  # generated dates fall in the year before this day
LEVELS = ["public", "internal", "confidential", "restricted"]
SCHEMA_URL = "schemas/{}.schema.json"

ROLES = ["CISO", "CTO", "Head of ML", "ML Safety Lead", "Head of Platform", "Head of Data",
         "Head of People", "Head of Legal", "DPO", "Head of Product", "SRE Lead",
         "Security Engineering Lead", "IT Manager", "Finance Director", "Facilities Manager",
         "GRC Lead", "Head of Customer Success", "Data Engineering Lead"]
RETENTION = ["30 days after contract end, then deleted", "12 months, then anonymised",
             "as long as the account is active, then deleted within 90 days"]
LAWFUL_BASES = ["contract (GDPR Art. 6(1)(b))", "legitimate interests (GDPR Art. 6(1)(f))",
                "consent (GDPR Art. 6(1)(a))"]
PEOPLE = ["Elspeth Marrow", "Tobias Quennell", "Priya Ashcombe", "Ruairi Delahunt",
          "Mina Okonkwo-Hale", "Jonas Verhoeven", "Carys Penhallow", "Idris Fairbairn"]
PRODUCTS = ["Assist", "Embed", "Tune", "Scribe", "Lens", "Relay", "Atlas", "Sentinel"]
DOMAINS = ["legal", "finance", "support", "engineering", "clinical", "retail", "insurance",
           "public-sector", "telecoms", "energy", "logistics", "education"]
TEAMS = ["platform", "ml-research", "applied-ml", "data", "sre", "security", "product",
         "customer-success", "finance", "people", "legal", "sales"]
REGIONS = ["eu-west-1", "eu-west-2", "eu-central-1", "eu-north-1", "us-east-1"]
SYSTEMS = ["Kubernetes cluster", "PostgreSQL database", "object storage bucket", "Kafka topic",
           "feature store", "Redis cache", "CI runner pool", "secrets vault", "API gateway",
           "data warehouse", "log archive", "GPU node pool", "notebook server", "BI dashboard"]

ASSET_TYPES = [  # (type, weight)
    ("information", 18), ("software", 16), ("hardware", 10), ("service", 8), ("people", 3),
    ("site", 1), ("model-weights", 7), ("training-dataset", 10), ("vector-store", 5),
    ("inference-endpoint", 6), ("data-pipeline", 8), ("experiment-tracking", 3), ("agent", 3),
    ("third-party-model-api", 2)]
AI_TYPES = {"model-weights", "training-dataset", "vector-store", "inference-endpoint", "data-pipeline",
            "experiment-tracking", "agent", "third-party-model-api"}
AI_DERIVED = {"model-weights", "vector-store", "training-dataset", "inference-endpoint", "agent"}

THREAT_CATEGORIES = ["prompt-injection", "data-poisoning", "model-inversion", "model-stealing",
                     "ml-supply-chain", "other"]
THREATS = {
    "prompt-injection": ("Indirect prompt injection through retrieved documents",
                         "Instructions hidden in tenant content make the model call tools or reveal data"),
    "data-poisoning": ("Poisoned samples in a training or fine-tuning dataset",
                       "An attacker or careless contributor inserts mislabelled or backdoored samples"),
    "model-inversion": ("Extraction of training data through model outputs",
                        "Repeated queries reconstruct personal data memorised during fine-tuning"),
    "model-stealing": ("Model extraction through the public inference API",
                       "A competitor distils the model from high-volume API responses"),
    "ml-supply-chain": ("Compromised third-party model or library",
                        "A checkpoint or Python package from a public hub carries malicious code"),
    "other": ("Unauthorised access to a production system",
              "Stolen credentials or an unpatched service give an attacker access"),
}
VULNERABILITIES = [
    "Retrieved passages are not separated from system instructions",
    "Dataset provenance is recorded manually and not verified",
    "Rate limits are set per key, not per tenant",
    "Artefacts are not hash-pinned in the model registry",
    "Access reviews are quarterly and miss leavers between reviews",
    "Backups are not restored and tested regularly",
    "Logs are kept for 30 days only",
    "Secrets are injected as environment variables on shared runners",
    "No output filtering for personal data in model responses",
    "Patch window for base images is 30 days",
]
DOC_TITLES = [  # the documents every ISMS has, with the clause they satisfy
    ("Information security policy", "policy", "5.2"), ("ISMS scope statement", "other", "4.3"),
    ("Context and interested parties analysis", "report", "4.1"),
    ("Risk assessment and treatment methodology", "procedure", "6.1.2"),
    ("Risk treatment plan", "plan", "6.1.3"), ("Statement of Applicability", "register", "6.1.3"),
    ("Information security objectives", "plan", "6.2"), ("Competence and awareness plan", "plan", "7.2"),
    ("Interested parties and requirements register", "register", "4.2"),
    ("Roles and responsibilities matrix", "record", "5.3"), ("Document control procedure", "procedure", "7.5.3"),
    ("Operational planning and control", "procedure", "8.1"), ("Risk assessment report", "report", "8.2"),
    ("Risk treatment results", "report", "8.3"), ("Security metrics report", "report", "9.1"),
    ("Internal audit programme", "plan", "9.2.2"), ("Internal audit report", "report", "9.2.2"),
    ("Management review minutes", "record", "9.3.3"), ("Nonconformity and corrective action log", "record", "10.2"),
    ("Acceptable use policy", "policy", None), ("Access control policy", "policy", None),
    ("Cryptography standard", "standard", None), ("Supplier security policy", "policy", None),
    ("Incident response plan", "plan", None), ("Business continuity plan", "plan", None),
    ("Secure development standard", "standard", None), ("AI model lifecycle procedure", "procedure", None),
    ("Data classification and handling standard", "standard", None),
    ("Backup and restore procedure", "procedure", None), ("Logging and monitoring standard", "standard", None),
    ("Vulnerability management procedure", "procedure", None), ("Change management procedure", "procedure", None),
    ("Remote working policy", "policy", None), ("Physical security standard", "standard", None),
    ("Privacy and personal data policy", "policy", None), ("Legal and regulatory register", "register", None),
    ("AI acceptable use and transparency policy", "policy", None), ("Dataset provenance standard", "standard", None),
    ("Red-team and evaluation procedure", "procedure", None), ("Asset management procedure", "procedure", None),
    ("Joiners, movers and leavers procedure", "procedure", None), ("Threat intelligence procedure", "procedure", None),
    ("Cloud security standard", "standard", None), ("Data retention schedule", "register", None),
    ("Penetration test report", "report", None), ("Security awareness training record", "record", None),
    ("Supplier register review", "record", None),
]
AI_CONTROLS = {  # the controls whose SoA entries say how they cover the AI assets (SOA012)
    "A.5.7": "prompt-injection and model-extraction research in the threat digest",
    "A.5.24": "AI incident playbooks", "A.5.25": "AI events in the triage criteria",
    "A.5.26": "model rollback and agent-tool shutdown", "A.5.27": "red-team lessons fed back to guardrails",
    "A.5.28": "prompts, outputs and model versions kept as evidence",
    "A.5.29": "guardrails kept on the fallback model", "A.5.30": "model rebuild and provider failover tested",
    "A.8.15": "prompts, outputs and agent actions logged", "A.8.16": "injection, abuse and drift monitoring",
    "A.8.32": "model releases behind evaluation gates",
}
AI_SERVICES = {"Foundation-model inference API", "Data labelling", "Managed vector database", "Model hub",
               "GPU capacity broker"}
SUPPLIER_SERVICES = ["Cloud hosting (IaaS)", "Foundation-model inference API", "Data labelling",
                     "Managed vector database", "Identity provider (SSO)", "Source code hosting",
                     "Office productivity suite", "Observability platform", "Endpoint management",
                     "Model hub", "Penetration testing", "Payroll", "Customer support desk",
                     "Email delivery", "Background checks", "Legal counsel", "GPU capacity broker",
                     "Translation services", "Document e-signature", "Security monitoring (MDR)"]


def plain_ok(text):
    """True when text can be written as a plain YAML scalar and still read back as text."""
    return (re.fullmatch(r"[A-Za-z][A-Za-z0-9 ,.()/_+'&-]*[A-Za-z0-9).]", text) is not None and
            ": " not in text and " #" not in text and
            text.lower() not in {"yes", "no", "on", "off", "true", "false", "null", "y", "n"})


def s(text):
    """A YAML scalar for free text: plain when safe, double-quoted otherwise."""
    return text if plain_ok(text) else json.dumps(text)


def sf(text):
    """A YAML scalar for free text inside a flow collection ([...] or {...})."""
    return text if plain_ok(text) and "," not in text else json.dumps(text)


def folded(text, indent):
    """A `>-` block scalar wrapped at 92 columns, indented by `indent` spaces."""
    pad = " " * indent
    lines = textwrap.wrap(text, width=max(40, 92 - indent))
    return ">-\n" + "\n".join(pad + line for line in lines)


def text_field(key, text, indent):
    """`key: value` at `indent`, folding long text the way people write it."""
    pad = " " * indent
    if len(text) > 80:
        return f"{pad}{key}: {folded(text, indent + 2)}"
    return f"{pad}{key}: {s(text)}"


def id_list(ids):
    return "[" + ", ".join(ids) + "]"
