#!/usr/bin/env python3
"""Runs the steps of a composite GitHub Action (action.yml) as the runner would, locally.

Used by tests/scripts/ci_step.sh; not a test by itself. It supports exactly what the project's
action.yml uses, and refuses anything else, so a change to the action that this runner cannot
imitate fails the test instead of passing unchecked:

- `run:` steps with `shell: bash`, run as `bash --noprofile --norc -eo pipefail FILE` (the
  runner's bash), with GITHUB_ACTIONS, GITHUB_ACTION_PATH, GITHUB_WORKSPACE, GITHUB_OUTPUT
  and GITHUB_STEP_SUMMARY set; outputs are read from GITHUB_OUTPUT (`name=value` lines);
- `env:` and `with:` values with `${{ inputs.NAME }}` and `${{ steps.ID.outputs.NAME }}`;
- `if:` conditions of the form `steps.ID.outputs.NAME == 'VALUE'` or `!=`;
- `uses: actions/cache/restore@v4` and `actions/cache/save@v4`, against a local folder that
  holds one subfolder per key (--cache DIR).

Usage: run_action.py ACTION_DIR --workspace DIR --home DIR --cache DIR --summary FILE
                     [--input NAME=VALUE]... [--outputs FILE]
Exit code: that of the first failing step, or 0. The action's outputs go to --outputs as JSON.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

import yaml

EXPRESSION = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")
CONDITION = re.compile(r"^steps\.([A-Za-z0-9_-]+)\.outputs\.([A-Za-z0-9_-]+)\s*(==|!=)\s*'([^']*)'$")


class Unsupported(Exception):
    pass


def evaluate(text, inputs, steps):
    """Replaces each ${{ }} in text; only inputs.X and steps.ID.outputs.X are known."""

    def value(match):
        expression = match.group(1)
        parts = expression.split(".")
        if len(parts) == 2 and parts[0] == "inputs":
            if parts[1] not in inputs:
                raise Unsupported(f"unknown input in ${{{{ {expression} }}}}")
            return inputs[parts[1]]
        if len(parts) == 4 and parts[0] == "steps" and parts[2] == "outputs":
            return steps.get(parts[1], {}).get(parts[3], "")
        raise Unsupported(f"expression not supported here: ${{{{ {expression} }}}}")

    return EXPRESSION.sub(value, str(text))


def condition_holds(condition, steps):
    match = CONDITION.match(condition.strip())
    if not match:
        raise Unsupported(f"if: not supported: {condition}")
    step_id, name, operator, expected = match.groups()
    actual = steps.get(step_id, {}).get(name, "")
    return (actual == expected) if operator == "==" else (actual != expected)


def read_outputs(path):
    outputs = {}
    with open(path, encoding="utf-8") as f:
        for line in f.read().splitlines():
            if not line:
                continue
            if "<<" in line.split("=", 1)[0]:
                raise Unsupported("multi-line outputs are not supported")
            name, _, value = line.partition("=")
            outputs[name] = value
    return outputs


def run_uses(step, inputs, steps, cache_dir):
    uses = step["uses"]
    with_values = {k: evaluate(v, inputs, steps) for k, v in (step.get("with") or {}).items()}
    if set(with_values) != {"path", "key"}:
        raise Unsupported(f"{uses}: only 'path' and 'key' are supported")
    path, key = with_values["path"], with_values["key"]
    if not os.path.isabs(path) or not key or "/" in key:
        raise Unsupported(f"{uses}: the path must be absolute and the key a plain name: {path!r}, {key!r}")
    stored = os.path.join(cache_dir, key)
    if uses == "actions/cache/restore@v4":
        if os.path.isdir(stored):
            if os.path.lexists(path):
                shutil.rmtree(path)
            shutil.copytree(stored, path, symlinks=True)
            print(f"Cache restored from key: {key}")
            return 0, {"cache-hit": "true", "cache-primary-key": key, "cache-matched-key": key}
        print(f"Cache not found for input keys: {key}")
        return 0, {"cache-hit": "false", "cache-primary-key": key}
    if uses == "actions/cache/save@v4":
        if not os.path.isdir(path):
            print(f"Path does not exist: {path}", file=sys.stderr)
            return 1, {}
        if not os.path.isdir(stored):
            shutil.copytree(path, stored, symlinks=True)
        print(f"Cache saved with key: {key}")
        return 0, {}
    raise Unsupported(f"uses: not supported: {uses}")


def run_script(step, inputs, steps, environment, work):
    if step.get("shell") != "bash":
        raise Unsupported(f"step {step.get('name')!r}: only 'shell: bash' is supported")
    if EXPRESSION.search(step["run"]):
        raise Unsupported(f"step {step.get('name')!r}: ${{{{ }}}} inside run: is not allowed")
    env = dict(environment)
    for name, value in (step.get("env") or {}).items():
        env[name] = evaluate(value, inputs, steps)
    fd, script = tempfile.mkstemp(suffix=".sh", dir=work)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(step["run"])
    fd, output = tempfile.mkstemp(prefix="output.", dir=work)
    os.close(fd)
    env["GITHUB_OUTPUT"] = output
    rc = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", script], env=env,
                        cwd=environment["GITHUB_WORKSPACE"], check=False).returncode
    return rc, read_outputs(output)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("action_dir")
    parser.add_argument("--workspace", required=True)
    parser.add_argument("--home", required=True)
    parser.add_argument("--cache", required=True)
    parser.add_argument("--summary", required=True)
    parser.add_argument("--input", action="append", default=[])
    parser.add_argument("--outputs")
    args = parser.parse_args()

    action_dir = os.path.abspath(args.action_dir)
    with open(os.path.join(action_dir, "action.yml"), encoding="utf-8") as f:
        action = yaml.safe_load(f)
    if action.get("runs", {}).get("using") != "composite":
        raise Unsupported("not a composite action")

    inputs = {name: str(spec.get("default", "")) for name, spec in (action.get("inputs") or {}).items()}
    for pair in args.input:
        name, _, value = pair.partition("=")
        if name not in inputs:
            raise Unsupported(f"the action has no input {name!r}")
        inputs[name] = value

    environment = {name: os.environ[name] for name in ("PATH", "LANG", "TZ") if name in os.environ}
    environment.update({
        "GITHUB_ACTIONS": "true",
        "CI": "true",
        "GITHUB_ACTION_PATH": action_dir,
        "GITHUB_WORKSPACE": os.path.abspath(args.workspace),
        "GITHUB_STEP_SUMMARY": os.path.abspath(args.summary),
        "HOME": os.path.abspath(args.home),
        "RUNNER_TEMP": tempfile.mkdtemp(),
    })

    steps = {}
    failed = 0
    with tempfile.TemporaryDirectory() as work:
        for index, step in enumerate(action["runs"]["steps"]):
            name = step.get("name", f"step {index}")
            if failed or ("if" in step and not condition_holds(step["if"], steps)):
                print(f"--- skipped: {name}", flush=True)
                continue
            print(f"--- Run {name}", flush=True)
            if "uses" in step:
                rc, outputs = run_uses(step, inputs, steps, args.cache)
            else:
                rc, outputs = run_script(step, inputs, steps, environment, work)
            sys.stdout.flush()
            if "id" in step:
                steps[step["id"]] = outputs
            if rc != 0:
                print(f"--- {name}: exit code {rc}", flush=True)
                failed = rc
    # As the runner does, the action's outputs are evaluated after its steps, even after a failure.
    outputs = {name: evaluate(spec.get("value", ""), inputs, steps)
               for name, spec in (action.get("outputs") or {}).items()}
    if args.outputs:
        with open(args.outputs, "w", encoding="utf-8") as f:
            json.dump(outputs, f)
    return failed


if __name__ == "__main__":
    try:
        sys.exit(main())
    except Unsupported as error:
        print(f"run_action.py: {error}", file=sys.stderr)
        sys.exit(99)
