#!/usr/bin/env python3
"""The Python peer of `isms check`: PyYAML and jsonschema, the way a team would script it.

    peer_jsonschema.py SCHEMA_DIR REPO

Validates every YAML file of the repository against the schema of its register (isms.yaml
against manifest, assets.yaml or assets/*.yaml against assets, ...) with the C loader when
PyYAML has it, and prints the number of files and errors. Schema-only: no cross-register checks.
"""

import json
import os
import sys

import jsonschema
import yaml

Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def kind_of(relative):
    first = relative.split(os.sep)[0]
    if first in ("isms.yaml", "isms.yml"):
        return "manifest"
    return os.path.splitext(first)[0]


def main():
    schema_dir, repo = sys.argv[1], sys.argv[2]
    validators = {}
    files = errors = 0
    for folder, _, names in sorted(os.walk(repo)):
        for name in sorted(names):
            if not name.endswith((".yaml", ".yml")):
                continue
            path = os.path.join(folder, name)
            kind = kind_of(os.path.relpath(path, repo))
            schema_path = os.path.join(schema_dir, f"{kind}.schema.json")
            if not os.path.exists(schema_path):
                continue
            if kind not in validators:
                with open(schema_path, encoding="utf-8") as handle:
                    validators[kind] = jsonschema.Draft7Validator(json.load(handle))
            with open(path, encoding="utf-8") as handle:
                document = yaml.load(handle, Loader=Loader)
            files += 1
            errors += sum(1 for _ in validators[kind].iter_errors(document))
    print(f"{files} files, {errors} errors")


if __name__ == "__main__":
    main()
