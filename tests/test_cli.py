"""The command line, in process: exit codes, messages, overrides."""
from __future__ import annotations

import json
import subprocess
import sys

from builder.cli import main

from .conftest import ROOT, SEED_TEXT


def test_help_has_examples(capsys):
    for argv in (["--help"], ["build", "--help"], ["serve", "--help"], ["inspect", "--help"], ["check", "--help"]):
        try:
            main(argv)
        except SystemExit as exc:
            assert exc.code == 0
        out = capsys.readouterr().out
        assert "example" in out


def test_build_with_overrides_and_summary(make_site, tmp_path, capsys):
    site = make_site({}, "search: false\n")
    content = tmp_path / "elsewhere"
    content.mkdir()
    (content / "a.txt").write_text(SEED_TEXT.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "out"
    code = main(["build", "--site", str(site), "--content", str(content), "--output", str(out), "--base-url", "/sub/"])
    assert code == 0
    text = capsys.readouterr().out
    assert "Built 1 article: 13 people" in text
    assert 'href="/sub/static/style.css"' in (out / "index.html").read_text()


def test_errors_are_one_clean_line_and_exit_1(make_site, capsys):
    site = make_site({"bad.md": "---\ndate: tomorrow\n---\nx\n"})
    assert main(["build", "--site", str(site)]) == 1
    err = capsys.readouterr().err
    assert err.strip().splitlines()[-1] == "error: content/bad.md:2: 'date' must be YYYY-MM-DD, got 'tomorrow'"
    assert "Traceback" not in err


def test_inspect_text_and_json(capsys):
    assert main(["inspect", str(SEED_TEXT), "--site", str(ROOT)]) == 0
    out = capsys.readouterr().out
    assert "Donald Trump" in out and "— White House" in out and "El Salvador [SV]" in out
    assert main(["inspect", str(SEED_TEXT), "--json", "--site", str(ROOT)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["quotes"]) == 17 and data["quotes"][0]["speaker"] == "White House"


def test_python_dash_m_and_console_script_work():
    result = subprocess.run([sys.executable, "-m", "builder", "--version"], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.startswith("dossier ")
