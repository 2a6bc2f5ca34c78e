from pathlib import Path

import pytest

from builder.config import load_config
from builder.errors import ConfigError, DossierError


def write(tmp_path: Path, text: str) -> Path:
    (tmp_path / "site.yaml").write_text(text, encoding="utf-8")
    return tmp_path


def test_defaults_and_paths_resolve_against_the_site_folder(tmp_path):
    config = load_config(write(tmp_path, "title: My site\nbase_url: /repo\n"))
    assert config.title == "My site"
    assert config.base_url == "/repo/" and config.base_path == "/repo/"
    assert config.output_path == (tmp_path / "output").resolve()
    assert config.model == "en_core_web_sm" and config.related_count == 5


def test_unknown_key_names_key_line_and_suggestion(tmp_path):
    with pytest.raises(ConfigError) as err:
        load_config(write(tmp_path, "title: x\nrelated_cout: 3\n"))
    assert str(err.value) == f"{tmp_path / 'site.yaml'}:2: 'related_cout': unknown setting; did you mean 'related_count'?"


def test_every_problem_is_reported_in_one_run(tmp_path):
    with pytest.raises(DossierError) as err:
        load_config(write(tmp_path, "related_count: many\nallow_html: 1\nbase_url: 'not a url'\n"))
    text = str(err.value)
    assert ":1: 'related_count': expected an integer, got str 'many'" in text
    assert ":2: 'allow_html': expected true or false, got int 1" in text
    assert ":3: 'base_url'" in text


def test_bad_yaml_names_the_line(tmp_path):
    with pytest.raises(ConfigError) as err:
        load_config(write(tmp_path, "title: x\nfoo: [1, 2\n"))
    assert "site.yaml:" in str(err.value) and "not valid YAML" in str(err.value)


def test_output_must_not_hold_content(tmp_path):
    with pytest.raises(DossierError, match="output_dir"):
        load_config(write(tmp_path, "output_dir: .\n"))
    with pytest.raises(ConfigError, match="must not be inside content_dir"):
        load_config(write(tmp_path, "output_dir: content/out\n"))


def test_overrides_and_environment(tmp_path, monkeypatch):
    site = write(tmp_path, "base_url: /a/\n")
    monkeypatch.setenv("DOSSIER_BASE_URL", "https://example.org/b")
    config = load_config(site)
    assert config.base_path == "/b/" and config.site_origin == "https://example.org"
    assert load_config(site, {"base_url": "/c/"}).base_path == "/c/"


def test_entities_curation_rules_are_validated(tmp_path):
    config = load_config(write(tmp_path, "entities:\n  - name: Donald Trump\n    aliases: [Trump, DJT]\n"
                                         "  - name: Emoji\n    drop: true\n"))
    assert config.entities[0].aliases == ("Trump", "DJT") and config.entities[1].drop
    with pytest.raises(ConfigError, match=r"entities\[1\].kind: expected one of person"):
        load_config(write(tmp_path, "entities:\n  - name: X\n    kind: planet\n"))


def test_missing_site_yaml(tmp_path):
    with pytest.raises(ConfigError, match="no site.yaml here"):
        load_config(tmp_path)
