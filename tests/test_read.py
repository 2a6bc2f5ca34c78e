import datetime as dt

import pytest

from builder.config import load_config
from builder.errors import DossierError
from builder.read import read_article, read_content

from .conftest import ROOT, SEED_TEXT


def test_markdown_front_matter_and_body(make_site):
    site = make_site({"2024-05-01-story.md": "---\ntitle: A story\nauthor: Ann\ntags: [a, b]\nsource_url: https://x.org/s\n"
                                              "custom: kept\n---\n\nHello *world* <script>alert(1)</script>\n\nSecond.\n"})
    (article,) = read_content(load_config(site))
    assert article.title == "A story" and article.author == "Ann" and article.tags == ("a", "b")
    assert article.date == dt.date(2024, 5, 1)          # from the file name
    assert article.slug == "story"
    assert article.meta["custom"] == "kept"
    assert "<em>world</em>" in article.body_html
    assert "<script>" not in article.body_html and "&lt;script&gt;" in article.body_html
    assert article.text == "Hello world <script>alert(1)</script>\n\nSecond."


def test_raw_html_allowed_when_the_site_enables_it(make_site):
    site = make_site({"a.md": "Hi <b>there</b>\n"}, "allow_html: true\n")
    (article,) = read_content(load_config(site))
    assert "<b>there</b>" in article.body_html


def test_seed_text_file_title_is_its_first_sentence_cut_at_a_word():
    article = read_article(SEED_TEXT, ROOT)
    assert article.title == "President Donald Trump held a phone conversation with Salvadoran counterpart Nayib Bukele…"
    assert article.slug.startswith("president-donald-trump-held-a-phone-conversation-with-salvadoran-")   # not the file name's hash
    assert article.date is None
    assert article.text.count("\n\n") == 25                            # one paragraph per line


def test_text_file_headline_first_line(make_site):
    site = make_site({"note.txt": "Storm hits coast\n\nThe storm arrived at dawn.\nIt was\nwrapped.\n"})
    (article,) = read_content(load_config(site))
    assert article.title == "Storm hits coast"
    assert article.text == "The storm arrived at dawn. It was wrapped."


def test_duplicate_slugs_name_both_files(make_site):
    site = make_site({"a.md": "---\nslug: same\n---\nx\n", "b.md": "---\nslug: same\n---\ny\n"})
    with pytest.raises(DossierError) as err:
        read_content(load_config(site))
    assert "content/b.md" in str(err.value) and "content/a.md" in str(err.value)


def test_drafts_are_left_out_unless_asked(make_site):
    site = make_site({"a.md": "---\ndraft: true\n---\nx\n", "b.md": "y\n"})
    assert [a.slug for a in read_content(load_config(site))] == ["b"]
    assert len(read_content(load_config(site), drafts=True)) == 2


def test_bad_front_matter_and_dates_name_file_and_line(make_site):
    site = make_site({"bad.md": "---\ntitle: ok\ndate: 2024-13-45\n---\nx\n", "worse.md": "---\ntitle: [unclosed\n---\nx\n"})
    with pytest.raises(DossierError) as err:
        read_content(load_config(site))
    text = str(err.value)
    assert "content/bad.md:3: 'date' must be YYYY-MM-DD" in text
    assert "content/worse.md:" in text and "bad YAML front matter" in text


def test_hostile_slug_cannot_escape(make_site):
    site = make_site({"a.md": "---\nslug: ../../etc/passwd\n---\nx\n"})
    (article,) = read_content(load_config(site))
    assert article.slug == "etc-passwd"


def test_non_utf8_file_is_a_clear_error(make_site):
    site = make_site({})
    (site / "content" / "latin.txt").write_bytes(b"Caf\xe9 opens\n")
    with pytest.raises(DossierError, match=r"content/latin.txt:1: not UTF-8"):
        read_content(load_config(site))


def test_notes_and_hidden_files_are_skipped(make_site):
    site = make_site({"README.md": "about\n", ".hidden.md": "x\n", "_draft/a.md": "x\n", "real.md": "x\n"})
    assert [a.slug for a in read_content(load_config(site))] == ["real"]


def test_character_references_in_a_text_file_stand_for_their_letters_and_stay_escaped(make_site):
    site = make_site({"tevez.txt": "Tevez moves to Brazil\n\nPel&#233; scored against S&#227;o Paulo. "
                                   "R&D at AT&T costs &pound;5m &lt;script&gt;.\n"})
    (article,) = read_content(load_config(site))
    assert article.text == "Pelé scored against São Paulo. R&D at AT&T costs £5m <script>."
    assert "Pelé" in article.body_html and "&lt;script&gt;" in article.body_html and "<script>" not in article.body_html


def test_accents_stored_as_separate_marks_read_as_one_letter(make_site):
    decomposed = "Ricardo Rossello\u0301 resigned. Rosselló said he was sorry."
    site = make_site({"pr.txt": f"Governor quits\n\n{decomposed}\n",
                      "pr2.md": f"---\ntitle: Rossello\u0301 quits\n---\n{decomposed}\n"})
    for article in read_content(load_config(site)):
        assert "\u0301" not in article.text and "\u0301" not in article.body_html and "\u0301" not in article.title
        assert article.text.count("Rosselló") == 2


def test_a_lost_dash_keeps_its_three_spaces_in_the_text_and_is_shown_as_a_dash(make_site):
    # a plain-text copy that lost its dashes: three spaces between words inside a line; other runs of
    # white space (two spaces after a full stop, three after one) are closed up as before
    site = make_site({"ruling.txt": "Law lords rule\n\nLord Hale   a senior law lord   said so.  "
                                    "Mr Clarke agreed.   He spoke \"at length\"   later.\n"})
    (article,) = read_content(load_config(site))
    assert article.text == ("Lord Hale   a senior law lord   said so. Mr Clarke agreed. He spoke \"at length\"   "
                            "later.")
    assert "Lord Hale – a senior law lord – said so. Mr Clarke agreed. He spoke \"at length\" – later." \
        in article.body_html
