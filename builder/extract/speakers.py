"""Quotes and who said them: the quote spans of a Doc, each with the speaker its attribution names.

`SpeakerFinder` holds what the rules share for one Doc (its quote spans, paragraphs, the people and
organisations named and where); `extract_quotes` is the stage's entry point.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import cached_property
from itertools import takewhile

from ..model import Quote
from ..places import lookup_place
from .lexicon import (ANONYMOUS_SOURCES, AUTHORING_VERBS, COMPANY_NOUNS, DISPLAY_NOUNS, DOCUMENT_NOUNS,
                      FIRM_OR_PERSON_NOUNS, FIRST_PERSON, FINDING_NOUNS, HONORIFICS, INSTITUTION_NOUNS, ISSUING_VERBS,
                      NOT_COMPANY_WORDS, NOT_NAMES, party_name, party_of, PERSON_NOUNS, PLACE_LAST_WORDS, POST_NOMINALS,
                      ROLE_NOUNS, ROLE_SYNONYMS, SPEAKER_PRONOUNS, SPEECH_VERBS, STATEMENT_NOUNS, TITLE_ABBREVIATIONS,
                      TITLE_WORDS, WRITTEN_NOUNS)
from .names import (any_given_name, given_name_gender, holds_office, misspelt_surname, online_handle, person_noun,
                    public_office, starts_with_given_name, word_gender)
from .people import PRONOUN_GENDER, PersonCluster, person_genders
from .person_context import clause_head, doc_text, main_subject, name_head, transcript_labels
from .quotes import (DOUBLE_MARKS, Cue, attribution_regions, find_cue, find_quote_spans, intro_subject,
                     is_scare_quote, looks_like_headline, name_end, paragraph_bounds, sentence_ends, spokesperson,
                     subject_of, word_count)

# offices one person holds at a time, so "the prime minister" means one person all through a story
OFFICE_NOUNS = frozenset("president minister premier chancellor governor mayor secretary leader chairman "
                         "chairwoman king queen pope ceo".split())
# offices whose holder a story may call its country's leader
HEAD_OFFICES = frozenset("president premier chancellor king queen emperor emir sultan".split()) | {"prime"}
# what a quote is called when it is someone's saying, cited by another ("the Chuck Jones quote that")
SAYING_NOUNS = frozenset("quote quotation saying maxim motto adage line dictum aphorism".split())
# nouns for what someone put forward, whose clause can hold their words ("Mr MacKenzie's suggestion that ...")
CLAIM_NOUNS = frozenset("suggestion claim assertion view warning remark argument proposal insistence belief "
                        "contention accusation advice call pledge promise vow demand plea appeal".split())
# words that make a role another one ("shadow chancellor", "deputy leader", "vice president")
OTHER_ROLE_WORDS = frozenset("shadow deputy vice former ex assistant junior under".split())
# Nouns that stand for a body, not for a person or a document ("the union", "the agency").
BODY_NOUNS = INSTITUTION_NOUNS - PERSON_NOUNS - DOCUMENT_NOUNS
# Nouns for a public body, which no company is ("the regulator said").
PUBLIC_BODY_NOUNS = frozenset("regulator watchdog".split())
# Whom a body of its own is made of ("the staff association", "the parent council").
MEMBER_NOUNS = frozenset("staff resident parent worker teacher tenant student employee nurse pilot".split())
# Nouns for a newspaper ("the paper wrote") and the words newspapers' names end with ("The Washington Post", "the
# Sunday Times", "USA Today"; or begin with: "the Daily Mail").
NEWSPAPER_NOUNS = frozenset("paper newspaper daily tabloid broadsheet".split())
NEWSPAPER_NAME_ENDS = frozenset("""Times Post Journal Herald Tribune Guardian Telegraph Gazette Mail Observer
Chronicle Standard Mirror Express Independent Inquirer Register Sun Star Examiner Bulletin Courier Record Globe
Today Economist Dispatch Enquirer Review Argus Scotsman Shimbun""".split())
# things made to carry a message, whose words are their maker's when the text names one ("Trump released a
# marketing video that said")
MADE_MEDIA = frozenset("video advertisement ad advert clip commercial brochure flyer pamphlet documentary".split())
# what whoever makes a video or an ad does with it ("Clinton has a new ad", "the RNC released a video")
MAKING_VERBS = ISSUING_VERBS | {"have", "launch", "air", "run", "unveil", "produce", "make", "film", "debut",
                                "broadcast", "screen", "show"}
# the voice a made video or ad speaks in, whose words are the maker's ("the ad's narrator says")
VOICE_NOUNS = frozenset("narrator announcer voiceover voice".split())
ONE_PERSON_WORDS = frozenset("he she him her his".split())    # one person, spoken of
CHANT_NOUNS = frozenset("chant cry shout chorus".split())     # what a crowd calls out together
SLOGAN_WORDS = 8        # unattributed quotes this short are slogans, signs and titles
ORPHAN_REACH = 2000     # characters after a speaker's last quote within which an unattributed one is theirs
SET_PHRASES = {("of", "course"), ("in", "fact"), ("at", "least"), ("at", "all"), ("by", "far")}
NEARBY = 600            # characters before a pronoun in which a named person is still "just named"


def extract_quotes(doc, clusters: list[PersonCluster], token_person: dict[int, str],
                   token_org: dict[int, str], min_words: int, written: str | None = None) -> list[Quote]:
    return SpeakerFinder(doc, clusters, token_person, token_org, min_words, written).find_quotes()


def other_role(role: str, noun: str, own: frozenset = frozenset()) -> bool:
    """A role that is not the noun's though it holds it: "the chancellor" is not the "shadow chancellor"
    nor the "deputy chancellor" (unless the noun has that word too: `own`)."""
    written = role.split()
    words = role.lower().split()
    for k, w in enumerate(words):
        if not w.startswith(noun.lower()):
            continue
        j = k - 1                 # (past title words between: "Deputy Prime Minister" is not "the prime minister")
        while j > 0 and written[j] in TITLE_WORDS and words[j] not in OTHER_ROLE_WORDS:
            j -= 1
        if j >= 0 and words[j] in OTHER_ROLE_WORDS - own:
            return True
    return False


def role_words(tok) -> frozenset:
    """The words that make a role noun another's role ("deputy" of "the deputy prime minister")."""
    return frozenset(t.lower_ for t in tok.subtree if t.i < tok.i and t.lower_ in OTHER_ROLE_WORDS)


def role_fits(role: str, noun: str, own: frozenset = frozenset()) -> bool:
    """Whether a person with this role can be "the <noun>": a word of the role starts with the noun or
    one it stands for ("MP" is not in "campaigner"); not another's role ("shadow chancellor")."""
    noun = noun.lower()
    spelt_out = " ".join(TITLE_ABBREVIATIONS.get(w, w) for w in role.lower().split())    # "Sen." is a senator
    return any(re.search(r"\b" + re.escape(n), spelt_out) for n in {noun} | ROLE_SYNONYMS.get(noun, set())) \
        and not other_role(role, noun, own)


def noun_party(tok) -> str | None:
    """The party written with a role noun: "the Republican nominee" -> "R"."""
    return party_of(t.text for t in tok.children if t.i < tok.i and t.dep_ in ("amod", "compound"))


def person_affiliations(doc, clusters: list[PersonCluster]) -> tuple[dict[str, str], dict[str, str]]:
    """The party and the state (or province) each person's name is written with, in one pass over the mentions.

    Party, when the text gives one only: a party word in the words just before the name ("Republican nominee
    Donald Trump", "Democrat Hillary Clinton"), the bracket after it ("Mitch McConnell (R-Ky.)") or the New York
    Times' ", Republican of Texas". State, as written: in that bracket ("Ky."), after "of" ("Sen. John Cornyn of
    Texas"), in the Times' phrase, or in the title before the name ("Ohio Gov. John Kasich")."""
    parties: dict[str, set[str]] = {}
    states: dict[str, str] = {}
    for c in clusters:
        for start, end in c.mentions:
            before = []
            k = start - 1
            while k >= 0 and start - k <= 4 and doc[k].pos_ in ("PROPN", "NOUN", "ADJ") and not doc[k].is_sent_end:
                before.append(doc[k])
                k -= 1
            letter, bracket_state = _party_bracket(doc, end)
            beside = nyt_affiliation(doc, end)
            party = party_of([t.text for t in before]) or {"R": "R", "D": "D"}.get(letter) \
                or (party_of([beside[0]]) if beside else None)
            if party:
                parties.setdefault(c.name, set()).add(party)
            of_state = doc[end + 1].text if end + 1 < len(doc) and doc[end].lower_ == "of" \
                and subdivision(doc[end + 1].text) else None
            titled = next((t.text for t in takewhile(lambda t: t.pos_ in ("PROPN", "ADJ"), before)
                           if subdivision(t.text)), None)
            state = bracket_state or of_state or (beside[1] if beside else None) or titled
            if state:
                states.setdefault(c.name, state)
    return {name: found.pop() for name, found in parties.items() if len(found) == 1}, states


def _party_bracket(doc, end: int) -> tuple[str, str | None]:
    """The party letter and the state in a bracket after a name that ends at `end` ("(R-Ky.)": "R", "Ky.";
    "(D)": "D", None), or set off by a comma (", R-Iowa"), else ("", None)."""
    if end + 3 < len(doc) and doc[end].text == "," and doc[end + 1].text in ("R", "D", "I") \
            and doc[end + 2].text == "-":
        stop = next((k for k in range(end + 3, min(len(doc), end + 7)) if doc[k].is_punct and doc[k].text != "."
                     or doc[k].is_space or doc[k].text == "." and (k + 1 == len(doc) or doc[k + 1].is_space
                                                                   or doc[k + 1].text[:1].isupper())), None)
        state = "".join(t.text_with_ws for t in doc[end + 3: stop]).strip() if stop is not None else ""
        return (doc[end + 1].text, state) if state else ("", None)
    if end + 1 >= len(doc) or doc[end].text != "(":
        return "", None
    letter = doc[end + 1].text.split("-")[0]
    if end + 3 < len(doc) and doc[end + 1].text in ("R", "D", "I") and doc[end + 2].text == "-":
        close = next((k for k in range(end + 3, min(len(doc), end + 8)) if doc[k].text == ")"), None)
        if close is not None:
            return letter, "".join(t.text_with_ws for t in doc[end + 3: close]).strip() or None
    return letter, None


def nyt_affiliation(doc, end: int) -> tuple[str, str] | None:
    """The party and state set beside a name that ends at `end` (", Republican of Texas", ", a Democrat of
    California"), else None."""
    k = end + 1 if end < len(doc) and doc[end].text == "," else None
    if k is not None and k < len(doc) and doc[k].lower_ in ("a", "the"):
        k += 1
    if k is None or k + 2 >= len(doc) or doc[k].text not in ("Republican", "Democrat") or doc[k + 1].lower_ != "of":
        return None
    state = [doc[k + 2].text] + ([doc[k + 3].text] if k + 3 < len(doc) and doc[k + 3].pos_ == "PROPN" else [])
    return (doc[k].text, " ".join(state)) if subdivision(" ".join(state)) or subdivision(state[0]) else None


def subdivision(word: str) -> bool:
    """A state or province ("Ohio", "Ontario"), not a country."""
    return getattr(lookup_place(word), "via", None) == "subdivision"


def state_written(tok) -> str:
    """The state a noun is written with ("the Ohio governor", "the Texas Republican"), else ""."""
    return " ".join(c.text for c in tok.children if c.dep_ in ("compound", "amod") and subdivision(c.text))


def aged_word(tok) -> bool:
    """The "old" of an age written as one word ("27-year-old")."""
    return tok.lower_ == "old" and any(c.lower_ == "year" for c in tok.children)


def sentence_beside(doc, sent, step: int):
    """The sentence before (step -1) or after (step 1) `sent` that has words, past a closing mark the parser made a
    sentence of; None at the start or end of the Doc."""
    while True:
        at = sent.start - 1 if step < 0 else sent.end
        if at < 0 or at >= len(doc):
            return None
        sent = doc[at].sent
        if any(t.is_alpha for t in sent):
            return sent


def same_state(written: str, name: str) -> bool:
    """Whether a state as a party bracket writes it ("Md.", "N.C.", "Texas") is the state named ("Maryland")."""
    letters = written.replace(".", "").replace(" ", "").lower()
    words = name.lower().split()
    if not letters or not words:
        return False
    if len(words) > 1:
        return letters in ("".join(w[0] for w in words), "".join(words))
    rest = iter(words[0])
    return letters[0] == words[0][0] and all(ch in rest for ch in letters)


def leads(role: str, noun: str) -> bool:
    """Whether "the leader" may be one titled so: a head of state or government is a country's leader ("President
    Vladimir V. Putin ... the Russian leader said")."""
    return noun == "leader" and bool(HEAD_OFFICES & set(role.lower().split()))


def titled_apart(role: str, noun: str) -> bool:
    """Whether a person written with this role is not the one a role noun no one else is titled with takes up: an
    office that is not this one ("President" for "the Labour leader"), any role for an office, a "Mr" or "Dr" for
    anything; but "British team member Hayley Yelling" may still be "the European cross country champion"."""
    if role in HONORIFICS:
        return True
    if OFFICE_NOUNS & set(role.lower().split()):
        return not role_fits(role, noun)
    return noun in OFFICE_NOUNS


SUBJECT_FORMS = {"him": "he", "her": "she"}    # the object forms a remembered speaker takes ("recalled him saying")
# Words that say when someone held an office, no part of the office itself ("the former president").
_TENURE_WORDS = frozenset("former outgoing incoming late sitting current previous".split())


def owner_word(tok) -> bool:
    """A word of a name written as an owner ("Inzozi Nziza’s motto", "his")."""
    if tok.tag_ == "POS":
        return True
    tok = name_head(tok)
    return tok.dep_ == "poss" or tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].tag_ == "POS"


def office_words(tok) -> str:
    """An office as a key, from its noun: "the prime minister" -> "prime minister" (the country it is written with
    is no part of it: "the British prime minister" is "the prime minister" after)."""
    return " ".join(t.lower_ for t in tok.subtree if t.i <= tok.i and t.dep_ in ("compound", "amod")
                    and t.ent_type_ not in ("NORP", "GPE") or t.i == tok.i)


def title_alone(tok) -> bool:
    """A capitalised title standing for its one holder, with nothing but its article ("The Pope", "the Queen"; not
    "the outgoing European Commissioner")."""
    return tok.pos_ == "PROPN" and tok.text in TITLE_WORDS and all(c.dep_ == "det" for c in tok.children)


def demonym(tok) -> bool:
    """A proper noun with its compounds that names someone by their country ("New Zealander", tagged a product)."""
    if tok.tag_ != "NNP":
        return False
    words = " ".join(t.text for t in tok.subtree if t.i <= tok.i and (t.dep_ == "compound" or t.i == tok.i))
    return getattr(lookup_place(words), "via", None) == "demonym"


def unnamed_on_purpose(sent) -> bool:
    """Whether a sentence says its speaker is not to be named ("asking for anonymity", "who did not want to be
    named", "declined to be identified")."""
    negated = any(t.dep_ == "neg" or t.lower_ in ("declined", "refused") for t in sent)
    return any(t.lower_ in ("anonymity", "anonymous", "anonymously")
               or negated and t.tag_ == "VBN" and t.lemma_ in ("name", "identify") for t in sent)


def body_noun(tok) -> bool:
    """A common noun that stands for a body ("the union", "the agency")."""
    return tok.pos_ == "NOUN" and tok.lower_ in BODY_NOUNS


def determined(tok, *words: str) -> bool:
    """Whether a noun has one of these determiners ("the astronaut", "a woman", "one waiter")."""
    return any(c.lower_ in words for c in tok.children)


def _prep_objects(tok, word: str | None = None) -> list:
    """The objects of the token's prepositions (of the one preposition `word`, when given)."""
    return [obj for prep in tok.children if prep.dep_ == "prep" and (word is None or prep.lower_ == word)
            for obj in prep.children if obj.dep_ == "pobj"]


def author_of(noun):
    """Who a document or statement is from or by, as written beside it."""
    # (a document "obtained by" or "seen by" a newspaper is not the newspaper's)
    # (the one it was sent or written by first: "The email, released by Judicial Watch, was sent by ... Jeremy Bash")
    sent_by = [a for a in noun.head.children if a.dep_ == "agent"] \
        if noun.dep_ == "nsubjpass" and noun.head.lemma_ in ("send", "write", "sign") else []
    # (or the one it is attributed to: "read the statement, which was attributed to Miller")
    preps = sent_by + [c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("from", "by")] \
        + [a for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_ in AUTHORING_VERBS
           for a in c.children if a.dep_ == "agent"] \
        + [p for c in noun.children if c.dep_ in ("relcl", "acl") and c.lemma_ == "attribute"
           for p in c.children if p.dep_ == "prep" and p.lower_ == "to"]
    return next((g for p in preps for g in p.children if g.dep_ == "pobj"
                 and (g.pos_ == "PROPN" or g.lemma_.lower() in PERSON_NOUNS | ROLE_NOUNS | INSTITUTION_NOUNS)), None)


class SpeakerFinder:
    """The quotes of one Doc and their speakers. The rules below share the Doc's state, built once
    here; `find_quotes` walks the quote spans in order (use it once per object: the walk keeps its
    place in `prev_quote_end`, and `resolve` adds the names the tagger missed to `person_names`)."""

    def __init__(self, doc, clusters: list[PersonCluster], token_person: dict[int, str],
                 token_org: dict[int, str], min_words: int, written: str | None = None):
        self.doc = doc
        self.clusters = clusters
        self.token_person = token_person
        self.token_org = token_org
        self.min_words = min_words
        self.text = doc_text(doc)
        self.written = written or self.text        # quotes are cut from this: the same length as doc.text
        self.spans = [s_ for s_ in find_quote_spans(self.text) if not self.nickname(s_)]
        self.bounds = paragraph_bounds(self.text)
        self.person_starts = sorted((s, name) for c in clusters for s, _ in c.mentions for name in [c.name])
        self.genders = person_genders(doc, clusters)
        self.quoted_chars = [(s.open, s.close) for s in self.spans]
        # organisation mentions that can speak: not a modifier of a common noun ("IgG levels"), unless of its
        # documents or its people ("Greenpeace activists")
        self.org_starts = sorted(
            (i, name) for i, name in token_org.items()
            if not (doc[i].dep_ in ("compound", "amod") and doc[i].head.pos_ == "NOUN"
                    and doc[i].head.i not in token_org
                    and doc[i].head.lower_ not in DOCUMENT_NOUNS | INSTITUTION_NOUNS | STATEMENT_NOUNS
                    and doc[i].head.lemma_.lower() not in PERSON_NOUNS))
        # organisations named as the subject of a verb: the ones that act, and so can publish or speak
        self.agent_orgs = [
            (i, name) for i, name in self.org_starts
            if any(t.dep_ in ("nsubj", "nsubjpass") for t in (doc[i], doc[i].head) if t.i in token_org)
            or clause_head(doc[i]).dep_ in ("nsubj", "nsubjpass")]     # "The charity National Trust ... said"
        self.quote_opening_at = {s.open: s for s in self.spans}
        self.person_names = {c.name for c in clusters}
        self.roles_of = {c.name: c.roles for c in clusters}
        self.first_named = {c.name: c.first_char for c in clusters}
        self.by_word = {w: c.name for c in clusters for w in (c.name.split()[-1], *c.aliases)}   # surnames and aliases
        # in an interview transcript, the person whose turn a paragraph is ("Frank Messina: ...", "((Rich
        # Bowen))"): a turn runs on over the paragraphs after its label until the next label (the
        # interviewer's, "((WN))", is nobody's)
        self.paragraph_starts = [a for a, _ in self.bounds]
        self.labelled = {bisect_right(self.paragraph_starts, doc[start].idx) - 1: token_person.get(start)
                         for start, _ in transcript_labels(doc)}
        # where the last closed quote ends (-1 before the first): `find_quotes` moves it on, `resolve` reads it
        self.prev_quote_end = -1
        self.resolving: set[int] = set()          # tokens resolve() is working on (no rule may loop back)
        self.in_prose: set[int] = set()           # opening marks of quotes set in the writer's sentence, nobody's
        self.office_holder: dict[str, str] = {}     # "prime minister" -> the person it was found to be

    def inside_quote(self, char: int) -> bool:
        return any(a <= char <= b for a, b in self.quoted_chars)

    def named_in_quote(self, char: int) -> frozenset:
        """The people the quote that opens at this offset speaks of: not as an owner ("who's going
        to want to follow in James Goodfellow's footsteps", said by Goodfellow), nor in an editor's
        brackets ("Mike Todd [the engineer who dressed Baumgartner]")."""
        span = self.quote_opening_at.get(char)
        if span is None:
            return frozenset()
        bracketed = [(m.start(), m.end()) for m in re.finditer(r"\[[^\]]*\]", self.text[span.start:span.end])]
        return frozenset(c.name for c in self.clusters for s_, e_ in c.mentions
                         if span.start <= self.doc[s_].idx < span.end and self.doc[e_ - 1].tag_ != "POS"
                         and not (e_ < len(self.doc) and self.doc[e_].tag_ == "POS")
                         and not any(a <= self.doc[s_].idx - span.start < b for a, b in bracketed))

    def last_mention(self, starts, end: int, start: int = -1) -> str | None:
        """The last name in `starts` (token index, name) between two character offsets, outside quotes."""
        best = None
        for token_i, name in starts:
            idx = self.doc[token_i].idx
            if idx >= end:
                break
            if idx > start and not self.inside_quote(idx):
                best = name
        return best

    def likely_antecedent(self, start: int, end: int, pronoun: str, exclude: frozenset = frozenset()) -> str | None:
        """The person a he/she most likely takes up among those named between two offsets: someone
        from the latest sentence that names anyone, its main-clause subject (or "X is <name>"
        complement) before others ("Amjid Gulzar, 26, said Abdullah could ... ”, he said" is
        Gulzar), never one of the other gender, and never someone the same pronoun's sentence only
        mentions."""
        want = PRONOUN_GENDER.get(pronoun or "")
        best = None
        said_by: dict[int, list] = {}         # for each sentence, the same pronoun as a subject outside quotes
        for token_i, name in self.person_starts:
            idx = self.doc[token_i].idx
            if idx >= end:
                break
            if idx <= start or self.inside_quote(idx) or (want and self.genders.get(name, want) != want) \
                    or name in exclude:
                continue
            head = clause_head(self.doc[token_i])  # "the Republican senator Mike Lee had ...": the subject
            rank = 0 if head.dep_ in ("nsubj", "nsubjpass", "attr") and head.head.dep_ == "ROOT" else \
                1 if head.dep_ in ("nsubj", "nsubjpass") else 2
            if head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.head.lower_ == "according":
                rank = 0                      # "According to Ham, the administration ...": the one the sentence is from
            elif self.topic_named(self.doc[token_i].sent) == head.i:
                rank = 0                      # "As for Trump, he said he’s not worried": the one it turns to
            elif self.viewpoint(self.doc[token_i].sent) == head.i:
                rank = -1                     # "For Jonathan Chait, Williamson is exposing ... “…,” he mocks": the
                                              # one whose view the sentence gives, before its subject
            elif head.dep_ in ("poss", "nmod") and head.head.dep_ == "nsubj" and head.head.head.dep_ == "ROOT" \
                    and head.head.lemma_.lower() in WRITTEN_NOUNS | DOCUMENT_NOUNS - PERSON_NOUNS:
                rank = 0                      # "Tuttle’s article also attacked Christie ... He calls": its writer
            elif head.dep_ == "poss" and rank == 2:
                rank = 3                      # (after him, not "Obama's policies")
            if self._modifies_noun(self.doc[token_i]):
                rank = 3                      # "Madeleine Albright, a Clinton supporter, ... her remark": not Clinton
            elif rank and any(a.dep_ == "relcl" and a.head.i in self.token_person for a in self.doc[token_i].ancestors):
                rank = 3                      # "... from Luigi Bassi, for whom Mozart had written the role of Don
                                              # Giovanni. “…,” he said": the one the clause is about, not those in it
            sent = self.doc[token_i].sent
            if pronoun and sent.start not in said_by:
                said_by[sent.start] = [t for t in sent if t.lower_ == pronoun.lower()
                                       and t.dep_ in ("nsubj", "nsubjpass") and not self.inside_quote(t.idx)]
            subjects = said_by.get(sent.start, [])
            if rank >= 1 and any(t.head.dep_ == "ROOT" and t.i < token_i
                                 or rank >= 2 and (t.head.dep_ == "ROOT" or t.head.dep_ == "parataxis"
                                                   and t.head.head.dep_ == "ROOT") for t in subjects):
                continue                      # "He ... would usually mention T-Bone Walker first. “…,” he
                                              # told": the same "he" goes on, not the man he named (nor one
                                              # he names anywhere else in his main clause: "The problem
                                              # with Mel Gibson's film, he believed, was ...")
            if any(self._in_own_participle(token_i, t) for t in subjects):
                continue
            key = (self.doc[token_i].sent.start, -rank, idx)     # the latest sentence, its subject first
            if best is None or key >= best[0]:
                best = (key, name)
        return best[1] if best else None

    def _modifies_noun(self, tok) -> bool:
        """Whether the name only qualifies a common noun ("a Clinton supporter", "the Trump campaign")."""
        last = self.doc[name_end(self.doc, tok.i)]
        return last.dep_ == "compound" and last.head.pos_ == "NOUN" and last.head.i > last.i

    @staticmethod
    def _in_own_participle(token_i: int, pronoun) -> bool:
        """Whether the person at token_i is named inside a participle with no subject of its own that opens the
        clause of the pronoun (a subject): "Asked about her vote if Clinton faces Trump, she replied" is not
        Clinton, as the one asked is the one replying."""
        return any(c.dep_ == "advcl" and c.tag_ in ("VBN", "VBG") and c.i < pronoun.i
                   and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
                   and c.left_edge.i <= token_i <= c.right_edge.i for c in pronoun.head.children)

    def people_in_sentence_before(self, char: int, p_start: int) -> set[str]:
        """The people named, outside quotes, in the latest sentence of the paragraph before `char`
        that names anyone ("Michael Day, 30, says ... Rents are high. “I don't want to ...”")."""
        return {self.token_person[t.i] for t in self.named_before(char, p_start)}

    def named_before(self, char: int, p_start: int) -> list:
        """The name tokens, outside quotes, of the latest sentence of the paragraph before `char` that names anyone
        (only its words before `char`)."""
        last = self.doc.char_span(p_start, char, alignment_mode="contract") if char > p_start else None
        named = [t for t in last or () if t.i in self.token_person and not self.inside_quote(t.idx)]
        return [t for t in named if t.sent.start == named[-1].sent.start] if named else []

    def sayer_in_sentence_before(self, char: int, p_start: int) -> str | None:
        """The person who is the subject of the reporting verb of the latest sentence of the paragraph before
        `char` that names anyone ("Jahangir said she was angered by the media declaring Clinton the nominee.
        Doing so “…”")."""
        named = self.named_before(char, p_start)
        # (words reported in the sentence's own clause, with no quote of its own: not '“…,” she said')
        if not named or any(self.inside_quote(t.idx) for t in named[0].sent):
            return None
        return next((self.token_person[t.i] for t in named if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"
                     and t.head.lemma_ in SPEECH_VERBS
                     and any(c.dep_ == "ccomp" and c.i > t.head.i for c in t.head.children)), None)

    def pronoun_sayer_before(self, span, p_start: int, previous) -> str | None:
        """Whom the "he said" of the sentence just before a quote's, in its paragraph and with no quote of its own,
        stands for (the words after go on with what he reported)."""
        sent = self.doc.char_span(span.open, span.open + 1, alignment_mode="expand")
        before = sentence_beside(self.doc, sent[0].sent, -1) if sent is not None else None
        if before is None or before.start_char < p_start or any(self.inside_quote(t.idx) for t in before):
            return None
        sayer = next((t for t in before if t.lower_ in ("he", "she") and t.dep_ == "nsubj"
                      and t.head.lemma_ in SPEECH_VERBS and t.head.dep_ in ("ROOT", "parataxis")), None)
        return self.resolve(sayer.i, span.open, previous) if sayer is not None else None

    def topic_person(self, char: int, want: str | None, exclude: frozenset = frozenset()) -> str | None:
        """The person named most often before `char` (of the wanted gender, or not known)."""
        counts: dict[str, int] = {}
        for token_i, name in self.person_starts:
            if self.doc[token_i].idx >= char:
                break
            if not self.inside_quote(self.doc[token_i].idx) and (want is None or self.genders.get(name, want) == want) \
                    and name not in exclude:
                counts[name] = counts.get(name, 0) + 1
        return max(counts, key=lambda n: (counts[n], n)) if counts else None

    def last_person_before(self, char: int) -> str | None:
        return self.last_mention(self.person_starts, char)

    @cached_property
    def affiliations(self) -> tuple[dict[str, str], dict[str, str]]:
        """Each person's party and state as the text writes them (worked out only when a noun asks)."""
        return person_affiliations(self.doc, self.clusters)

    @property
    def parties(self) -> dict[str, str]:
        return self.affiliations[0]

    @property
    def states(self) -> dict[str, str]:
        return self.affiliations[1]

    def party_member(self, tok, at: int) -> str | None:
        """The one person named before `at` as a member of the party a noun names, of the state written with it
        if any ("the Utah Republican" after "Rep. Jason Chaffetz (R-Utah)"); None when not one."""
        party = party_of([tok.text]) if tok.text in ("Democrat", "Republican") else None
        if party is None:
            return None
        state = state_written(tok)
        members = {n for start, n in self.person_starts if self.doc[start].idx < at and self.parties.get(n) == party
                   and (not state or same_state(self.states.get(n, ""), state))}
        return members.pop() if len(members) == 1 else None

    def person_with_role(self, noun: str, char: int, since: int = -1, own: frozenset = frozenset(),
                         exclude: frozenset = frozenset()) -> str | None:
        best = None
        for start, name in self.person_starts:
            if self.doc[start].idx >= char:
                break
            if self.doc[start].idx <= since or name in exclude:
                continue
            if any(role_fits(r, noun, own) for r in self.roles_of[name]):
                best = name
        return best

    def known_holder(self, tok, char: int) -> str | None:
        """The one person named before `char` known to hold the office "the <noun>" names, when the article titles
        no one so ("Tony Blair defended his plans ... the prime minister conceded"; see data/office_holders.json):
        never one the article titles with another office, and for "the French president" one of France's."""
        named = self.holders_named(tok, char)
        return named[0] if len(named) == 1 else None

    def holders_named(self, tok, char: int) -> list[str]:
        """The people named before `char` known to hold the office "the <noun>" names, the one named last
        first ("the former president" is any holder: the list has no dates)."""
        if tok.lower_ not in OFFICE_NOUNS or not determined(tok, "the"):
            return []
        office = " ".join(w for w in office_words(tok).split() if w not in _TENURE_WORDS)
        country = next((place.code for t in tok.subtree if t.i < tok.i and t.ent_type_ in ("NORP", "GPE")
                        for place in [lookup_place(t.text)] if place is not None and place.kind == "country"), None)
        party = noun_party(tok)
        if tok.lower_ == "leader" and party:
            office, country = "party leader", party          # "the Tory leader"
        named = [name for start, name in reversed(self.person_starts) if self.doc[start].idx < char
                 and holds_office(name, office, country)
                 and not any(OFFICE_NOUNS & set(r.lower().split()) and not role_fits(r, tok.lower_)
                             for r in self.roles_of[name])]
        return list(dict.fromkeys(named))

    def person_just_named(self, tok, with_role: str | None) -> str | None:
        """The one person a role noun takes up from the sentence before ("Barack Obama led
        tributes ... The US president said:"): the person just introduced there, else its subject,
        never someone whose title says otherwise ("Obama met Jeremy Corbyn, who ... The Labour
        leader said" is Corbyn, as Obama is the president) nor a possessor ("alongside Atwood’s")."""
        sent_before = self.doc[tok.sent.start - 1].sent if tok.sent.start else self.doc[0:0]
        # (the sentence before the quote, when the cue ends one of several sentences: "“… one-liners. And he'd be a
        # chaos president. He would not be ...,” the former Florida governor said")
        while len(sent_before) and sent_before.start and any(t.is_alpha for t in sent_before) \
                and all(self.inside_quote(t.idx) for t in sent_before if t.is_alpha) \
                and "\n" not in self.text[sent_before.start_char:tok.idx]:      # (within the paragraph)
            sent_before = self.doc[sent_before.start - 1].sent
        described = next((t for t in sent_before if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"
                          and t.i not in self.token_person and determined(t, "the") and not self.inside_quote(t.idx)
                          and (t.ent_type_ == "NORP" or t.lemma_.lower() in PERSON_NOUNS | ROLE_NOUNS)), None)
        # (not one described by another title, when someone holds this one: "the Vermont senator said. ... the former
        # secretary of state replied" is the secretary)
        if described is not None and described.i < tok.i \
                and not (described.lower_ == tok.lower_ and role_words(described) != role_words(tok)) \
                and not (with_role is not None and described.lemma_.lower() != tok.lemma_.lower()
                         and described.lemma_.lower() in ROLE_NOUNS and tok.lemma_.lower() in ROLE_NOUNS):
            # "The Spaniard believed he was talking to Emilio Butragueno ... the 21-year-old told": the
            # one that sentence is about, not the one it introduces
            return self.resolve(described.i, described.idx, None)
        named = [t for t in sent_before
                 if t.i in self.token_person and not self.inside_quote(t.idx) and not owner_word(t)]
        subjects = {self.token_person[t.i] for t in named
                    if clause_head(t).dep_ in ("nsubj", "nsubjpass") and clause_head(t).head.dep_ == "ROOT"}
        # (in a sentence in the passive, the one who acts: "Jack Straw was questioned by John Humphrys ... The
        # presenter asked")
        doers = {self.token_person[t.i] for t in named if clause_head(t).dep_ == "pobj"
                 and clause_head(t).head.dep_ == "agent" and clause_head(t).head.head.dep_ == "ROOT"}
        subjects = doers or subjects
        # (anyone written with a role, when someone else is written with this one: "Labour MP John Smith ... Jane
        # Hill, a campaigner ... The MP said")
        free = {self.token_person[t.i] for t in named} \
            - {n for n in self.roles_of if n != with_role and self.roles_of[n] and (
                with_role is not None
                or any(titled_apart(r, tok.lower_) for r in self.roles_of[n] if r not in HONORIFICS))}
        # (introduced as one the sentence is about, not in a clause of its own: "Mr Johnson, who apologised for
        # an article about the death of Ken Bigley, said ... The Spectator editor told" is not Bigley)
        main = {self.token_person[t.i] for t in named if not any(
            a.pos_ in ("VERB", "AUX") for a in takewhile(lambda a: a.dep_ != "ROOT", clause_head(t).ancestors))}
        introduced = {n for n in free & main if self.first_named[n] >= sent_before.start_char} \
            if len(sent_before) else set()
        if with_role in free:
            # "Bill Gates met German Chancellor Angela Merkel. “…,” the chancellor said"
            return with_role
        candidates = introduced if len(introduced) == 1 else (subjects & free) or (free & main)
        if len(candidates) != 1 and with_role is None:
            # the subject, when nothing but a "Mr" or "Dr" is written with them: "Mr Howard insisted he had played
            # by the rules. The Tory leader said" (unless the office is known to be another's: "Sir Ian told a
            # meeting ... the prime minister's spokesman said" is not Sir Ian's)
            candidates = {n for n in subjects if not set(self.roles_of.get(n, ())) - HONORIFICS}
        return next(iter(candidates)) if len(candidates) == 1 else None

    def reporter_before(self, paragraph: int, previous: tuple[str | None, int] | None) -> str | None:
        """The one person the paragraph before names last ("... said she was not surprised", "But for
        Parata and his family ..."), when it holds no quote of anyone's."""
        start, end = self.bounds[paragraph - 1]
        if previous and previous[1] >= start:
            return None

        def owner_only(name: str) -> bool:
            # (someone it only names as an owner is not: "he quotes Sun Tzu’s The Art of War", "Valastro praised
            # Christie’s leadership")
            ends = [e for c in self.clusters if c.name == name for s_, e in c.mentions
                    if start <= self.doc[s_].idx < end]
            return bool(ends) and all(owner_word(self.doc[e - 1]) for e in ends)
        named = [n for n in self.people_in_sentence_before(end, start) if not owner_only(n)]
        return named[0] if len(named) == 1 else None

    def name_after_lower_noun(self, i: int) -> bool:
        """Whether the name holding token `i` comes right after a lower-case noun ("civil aviation Praful Patel")."""
        start = i
        while start and self.token_person.get(start - 1) == self.token_person[i]:
            start -= 1
        return start > 0 and self.doc[start - 1].pos_ == "NOUN" and self.doc[start - 1].text.islower()

    def written_before(self, tok) -> str | None:
        """The capitalised name written right before a noun after its article, small words and commas
        inside it ("A Department for Work and Pensions spokeswoman"), whatever the parse."""
        def article(t) -> bool:   # ("One Club for Growth ad", but "the Mars One website")
            return t.dep_ == "det" or t.dep_ == "nummod" and t.lower_ == "one" \
                and not (t.i and self.doc[t.i - 1].text[:1].isupper())
        first = tok.i
        while first > 0 and (self.doc[first - 1].text[:1].isupper() and not article(self.doc[first - 1])
                             or self.doc[first - 1].text in ("for", "of", "and", "&", ",")):
            first -= 1
        while first < tok.i and not self.doc[first].text[:1].isupper():
            first += 1
        words = self.doc[first: tok.i]
        if not len(words) or words[-1].tag_ == "POS" or not words[-1].text[:1].isupper() \
                or (first and not article(self.doc[first - 1])) \
                or any(t.ent_type_ == "PERSON" for t in words):
            return None
        return self.party_body(words.text) or words.text     # "a Tory spokesman": the Conservative Party named

    def unnamed_antecedent(self, pronoun):
        """The unnamed person a he/she takes up, if that is what the subjects of the sentences
        before it lead to, past other he/she: "one waiter", "a woman", "an official" (the subject
        token), with nobody named in that sentence; else None."""
        sent = pronoun.sent
        for _ in range(3):
            if sent.start == 0:
                return None
            sent = self.doc[sent.start - 1].sent
            if all(self.inside_quote(t.idx) for t in sent if not t.is_punct and not t.is_space):
                continue                      # a sentence of the quote itself ('“We have a good feeling. We
                                              # saw ...,” he added')
            subjects = [t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"
                        and not self.inside_quote(t.idx)]
            if not subjects:
                return None
            subject = subjects[0]
            # (one who speaks in a clause set off inside it goes on speaking: "Belgian authorities, the Turkish
            # official said, responded ... “…,” he said")
            subject = next((t for t in sent if t.dep_ == "nsubj" and t.head.dep_ == "parataxis" and t.pos_ == "NOUN"
                            and t.head.lemma_ in SPEECH_VERBS and not self.inside_quote(t.idx)), subject)
            if subject.lower_ == pronoun.lower_ and self.topic_named(sent) is None:
                continue                      # "He does not want to be identified."
            # (or a title standing alone for its one holder: "The Queen sent a message ... “…,” she said")
            # (or a party member: "The Wisconsin Republican did give Trump some credit ... “…,” he said")
            person_noun = ((subject.pos_ == "NOUN" or title_alone(subject))
                           and subject.lemma_.lower() in PERSON_NOUNS | ROLE_NOUNS
                           or determined(subject, "the") and subject.text in ("Republican", "Democrat")) \
                and not any(t.i in self.token_person
                            for c in subject.children if c.dep_ in ("appos", "compound", "poss")
                            for t in c.subtree)     # (names in its relative clause are others: "The man who
                                                    # has worked with Madonna ... said")
            subject_clause = {t.i for t in subject.subtree}
            if person_noun and determined(subject, "the"):
                return subject                # "But the astronaut demurred when asked about Trump. “…,” he said"
            spoke = next((t for t in subject.subtree if spokesperson(t) and t.pos_ == "NOUN"), None)
            if spoke is not None and not any(t.i in self.token_person for t in subject.subtree):
                return spoke                  # "A DWP spokeswoman confirmed Mr Smith was ... “…,” she said"
            if any(t.i in self.token_person and not self.inside_quote(t.idx)
                   for t in sent if t.i not in subject_clause):
                return None                   # someone is named there: the usual rules decide
            unnamed = person_noun and determined(subject, "a", "an", "one", "another")
            return subject if unnamed else None
        return None

    def read_from_before(self, tok, noun: str | None) -> bool:
        """Whether the last quote, in the sentence before `tok`'s, was read from a document (of that noun, when
        given): '“…,” the email read' (its noun before or after the quote, however parsed: "email" a compound of
        "read"), 'The email said, “…”'."""
        before = sentence_beside(self.doc, tok.sent, -1)
        while before is not None and before.start_char > self.prev_quote_end \
                and all(self.inside_quote(t.idx) for t in before if not t.is_punct and not t.is_space):
            before = sentence_beside(self.doc, before, -1)     # (sentences of this quote's own words)
        if before is None or not before.start_char <= self.prev_quote_end <= before.end_char:
            return False
        # (or '“…,” it reads', '“…,” it said' after one: the "it" a document is)
        return any(not self.inside_quote(t.idx) and (t.lemma_.lower() == noun if noun
                                                      else t.lemma_.lower() in DOCUMENT_NOUNS | STATEMENT_NOUNS
                                                      or t.lower_ == "it" and t.head.lemma_ in ("read", "say"))
                   for t in before)

    def topic_named(self, sent) -> int | None:
        """The person a sentence opens by saying it turns to ("As for Trump, he said ..."): the name's token."""
        return self.openers.get((sent.start, "as for"))

    def viewpoint(self, sent) -> int | None:
        """The person an opening "For X," gives the view of ("For Kevin Allton, a USI instructor, Warhol was also a
        legend"): the name's token."""
        return self.openers.get((sent.start, "for"))

    @cached_property
    def openers(self) -> dict[tuple[int, str], int]:
        """(sentence start, "as for" or "for") -> the name a sentence opens with after those words (asked for every
        mention weighed as an antecedent, so worked out once)."""
        found = {}
        for t in self.doc:
            if t.dep_ != "pobj" or t.i not in self.token_person or t.head.lower_ != "for":
                continue
            opening = t.sent.start + (t.sent[0].is_space)
            if t.head.head.lower_ == "as" and t.head.head.i == opening:
                found[(t.sent.start, "as for")] = t.i
            elif t.head.i == opening and name_end(self.doc, t.i) + 1 < len(self.doc) \
                    and self.doc[name_end(self.doc, t.i) + 1].text == ",":
                found[(t.sent.start, "for")] = t.i
        return found

    def media_maker(self, noun) -> str | None:
        """Who made a video or an ad, as written with it ("a web video by the RNC", "the Clinton campaign ad",
        "Clinton has a new ad"); for "the ad" with none, the maker of the last one named that had one,
        back to an ad nobody is said to have made."""
        for media in (noun, *(t for t in reversed(self.doc[max(0, noun.i - 1000): noun.i])
                              if t.pos_ == "NOUN" and t.lemma_.lower() in MADE_MEDIA)):
            named = [t for t in media.subtree if t.i < media.i] + [a for a in (author_of(media),) if a is not None]
            if media.dep_ == "dobj" and media.head.lemma_ in MAKING_VERBS:
                # (with whose it is: "The Jeb Bush campaign is releasing a new online ad")
                named += [t for c in media.head.children if c.dep_ == "nsubj" for t in c.subtree if t.i <= c.i]
            maker = next((self.token_person.get(t.i) or self.token_org[t.i] for t in reversed(named)
                          if t.i in self.token_person or t.i in self.token_org), None)
            # (or the person a "she" who made it stands for: "Last month, she released a web ad")
            maker = maker or next((self.resolve(t.i, t.idx, None) for t in named
                                   if t.lower_ in PRONOUN_GENDER and t.dep_ == "nsubj"), None)
            # (back past ads of the story's that name no maker, to the one it brought in: "The Jeb Bush campaign is
            # releasing a new online ad ... The nearly 90-second ad slams Kasich ... The ad claims")
            if maker or (not determined(media, "the", "this", "that") if media is noun
                         else determined(media, "a", "an", "another")):
                # (a maker the tagger missed, written before: "One Club for Growth ad")
                return maker or (self.written_before(media) if media is noun else None)
        return None

    def nickname(self, span) -> bool:
        """Whether a span's marks both stand inside one person's name, a nickname ('Marcia "Cia" Price', 'Robert C.
        "Bobby" Scott', as the people pass reads them): no quote, and no mark an attribution past it stops at."""
        marks = [self.doc.char_span(at, at + 1, alignment_mode="expand") for at in (span.open, span.close)]
        return span.closed and all(m is not None and len(m) == 1 for m in marks) \
            and marks[0][0].i in self.token_person \
            and self.token_person[marks[0][0].i] == self.token_person.get(marks[1][0].i)

    def turn_of(self, paragraph: int) -> str | None:
        at = max((p for p in self.labelled if p <= paragraph), default=None)
        return self.labelled[at] if at is not None else None

    def turn_speaker(self, tok) -> str | None:
        return self.turn_of(bisect_right(self.paragraph_starts, tok.idx) - 1)

    def named_with_noun(self, tok) -> str | None:
        """The name written right after an earlier use of the same noun ("Bafta-winning artists
        Langlands & Bell" for "the artists")."""
        for earlier in reversed(self.doc[max(0, tok.i - 400): tok.i]):
            nxt = self.doc[earlier.i + 1] if earlier.i + 1 < len(self.doc) else None
            if earlier.lemma_ != tok.lemma_ or nxt is None or nxt.pos_ != "PROPN" or not nxt.text[:1].isupper():
                continue
            if nxt.i in self.token_org or nxt.i in self.token_person:
                return self.token_org.get(nxt.i) or self.token_person[nxt.i]
            end = nxt.i
            while end + 1 < len(self.doc) and (self.doc[end + 1].pos_ == "PROPN"
                                               and self.doc[end + 1].text[:1].isupper()
                                               or self.doc[end + 1].text in ("&", "and") and end + 2 < len(self.doc)
                                               and self.doc[end + 2].pos_ == "PROPN"):
                end += 1
            return self.doc[nxt.i: end + 1].text
        return None

    def holding_verb(self, span):
        """The verb outside a quote, before it, that the quote's words hang off."""
        inner = self.doc.char_span(span.start, span.end, alignment_mode="contract")
        if inner is None or not len(inner):
            return None
        verb = inner.root.head
        while verb.i != verb.head.i and (verb.pos_ not in ("VERB", "AUX") or self.inside_quote(verb.idx)):
            verb = verb.head
        return None if self.inside_quote(verb.idx) or verb.i >= inner.start else verb

    def quote_holder(self, span):
        """The person who is the subject of the verb outside a quote that the quote's words hang off."""
        verb = self.holding_verb(span)
        return next((c for c in verb.children if c.dep_ == "nsubj" and c.i in self.token_person), None) \
            if verb else None

    def namer(self, span):
        """The subject of the verb that calls something the quote's words ('which the Times called “…”'), or None."""
        verb = self.holding_verb(span)
        # (or casts it as them: "because the prime minister cast the candidate as “…”")
        cast_as = verb is not None and verb.lemma_ in ("cast", "portray", "paint", "characterize", "characterise") \
            and any(c.dep_ == "prep" and c.lower_ == "as" and c.idx < span.open for c in verb.children)
        if verb is None or verb.lemma_ not in ("call", "brand", "dub", "label", "term") and not cast_as \
                or any(c.dep_ in ("prep", "prt") and c.lower_ in ("for", "on", "off", "up") and c.i == verb.i + 1
                       for c in verb.children):
            return None                   # (not "They call for “…”": asking for it, words of their own)
        if verb.dep_ == "acl" and self.doc[verb.i - 1].text == ",":
            return None                   # "The CRISPR system, dubbed a “…”": what it is called, by no one named
        # (or the noun the parser hung the verb off: "one lawmaker called Trump “…”", read as a lawmaker named so)
        return next((c for c in verb.children if c.dep_ == "nsubj"),
                    verb.head if verb.dep_ == "acl" and verb.head.pos_ == "NOUN" else None)

    def finder(self, span):
        """The body, or the report, that found what a quote's words are part of ('The MPs found the system was
        “…”', '“…”, the report found'); None when no such finding holds them."""
        verb = self.holding_verb(span)
        while verb is not None and verb.lemma_ != "find" and verb.dep_ in ("ccomp", "conj", "xcomp") \
                and not self.inside_quote(verb.head.idx):
            verb = verb.head
        # (what someone may or will find is no finding: "Ukraine may find it has a sympathetic ear in Brussels")
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) \
            if verb is not None and verb.lemma_ == "find" and not any(c.tag_ == "MD" for c in verb.children) else None
        return subject if subject is not None and self.finding_body(subject) else None

    def finding_body(self, subject) -> bool:
        """Whether a subject of "find" is a body, its members or its report ("the committee", "MPs", "the
        report"), or a name ("Pew found that"); not a common noun, which finds things in other senses."""
        return subject.i in self.token_org or subject.lemma_.lower() in FINDING_NOUNS \
            or subject.pos_ == "PROPN" and subject.text[:1].isupper()

    @cached_property
    def findings(self) -> list[tuple[int, int]]:
        """Where a body (not a report) is said to have found something, as (offset, subject token), in order."""
        return [(t.idx, s_.i) for t in self.doc if t.lemma_ == "find" and t.pos_ == "VERB"
                for s_ in t.children if s_.dep_ == "nsubj" and self.finding_body(s_) and s_.i not in self.token_person
                and s_.lemma_.lower() not in DOCUMENT_NOUNS and not self.inside_quote(s_.idx)]

    def quote_namer(self, subject, span, previous) -> str | None:
        """The person or body that calls something the quote's words; never the one called it ('one lawmaker
        called Trump “…”' is an unnamed lawmaker's)."""
        # (or the name the parser set beside the subject: "With 50 days until the election, Minyon Moore, a
        # senior adviser, called Mr. Obama's remarks “…”")
        return next((self.token_person.get(t.i) or self.token_org[t.i]
                     for t in (subject, *(a for a in subject.children if a.dep_ == "appos"))
                     if t.i in self.token_person or t.i in self.token_org), None) \
            or self.resolve(subject.i, span.open, previous)

    def quoted_author(self, span) -> str | None:
        """The person whose saying a quote is, named with the noun just before it ('the Chuck Jones quote
        that “…”', "Wilde's line: “…”")."""
        before = self.doc.char_span(max(0, span.open - 60), span.open, alignment_mode="contract")
        tail = [t for t in before or () if not t.is_space][-3:]
        noun = next((t for t in reversed(tail) if t.lower_ in SAYING_NOUNS and t.pos_ != "VERB"), None)
        if noun is None or not noun.i or any(t.i > noun.i and t.lower_ not in ("that", ":", ",") for t in tail):
            return None
        owner = self.doc[noun.i - 2] if noun.i >= 2 and self.doc[noun.i - 1].tag_ == "POS" else self.doc[noun.i - 1]
        return self.token_person.get(owner.i)

    def claim_owner(self, span) -> str | None:
        """The person whose suggestion, claim or view holds a quote's words ("thrown by Mr MacKenzie's
        suggestion that young drunks should “given a good beating”"), below any reporting verb."""
        inner = self.doc.char_span(span.start, span.end, alignment_mode="contract")
        if inner is None or not len(inner):
            return None
        tok = inner.root
        # (a noun the parser made the words' subject: "Clinton’s call earlier in the night to “make America whole
        # again” was an inferior slogan")
        # (its content, as an infinitive: not what is said of it, 'his comment “has absolutely no place in ...”')
        noun = next((c for c in tok.children if c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.idx < span.open
                     and c.lemma_.lower() in CLAIM_NOUNS), None) \
            if any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) else None
        if noun is not None:
            return self.claim_noun_owner(noun)
        while tok.head.i != tok.i:
            below, tok = tok, tok.head
            if self.inside_quote(tok.idx):
                continue
            if tok.pos_ == "VERB" and tok.lemma_.lower() in SPEECH_VERBS:
                return None                   # the reporting verb's subject says it
            # (or the subject of a "be" the words complete as a clause: "His advice for one contestant was to
            # “…”"; not "Mr MacKenzie's view was “utterly heartless”", which is what another thinks of it)
            noun = tok if tok.pos_ == "NOUN" else next(
                (c for c in tok.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None) \
                if tok.lemma_ == "be" and below.dep_ in ("xcomp", "ccomp") and below.pos_ == "VERB" else None
            # (or comments whose content the words are: "comments from Leon Panetta that “…”")
            if noun is not None and (noun.lemma_.lower() in CLAIM_NOUNS or noun.lemma_.lower() == "comment"
                                     and below.dep_ in ("acl", "ccomp")
                                     and any(c.dep_ == "mark" and c.lower_ == "that" for c in below.children)):
                return self.claim_noun_owner(noun)
        return None

    def claim_noun_owner(self, noun) -> str | None:
        """The person whose the claim noun says it is ("Mr MacKenzie's suggestion", "his view")."""
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is not None and owner.lower_ in ("his", "her"):
            pronoun = "he" if owner.lower_ == "his" else "she"
            return self.likely_antecedent(owner.idx - NEARBY, owner.idx, pronoun)
        if owner is None:
            owner = author_of(noun)          # "comments from former Secretary of Defense Leon Panetta that “…”"
        return self.token_person.get(owner.i) if owner is not None else None

    def resolve(self, token_i: int, char: int, previous: tuple[str | None, int] | None) -> str | None:
        """The speaker a cue's subject (the token at `token_i`) names or takes up, for a quote opening at
        `char`, given the last speaker and where (None when none is known)."""
        # rules take a noun up through others ("the statement" through the one who issued it); a token already
        # being resolved leads nowhere new ("In a statement ..., the statement talked about" names itself)
        if token_i in self.resolving:
            return None
        self.resolving.add(token_i)
        try:
            return self._resolve(token_i, char, previous)
        finally:
            self.resolving.discard(token_i)

    def _resolve(self, token_i: int, char: int, previous: tuple[str | None, int] | None) -> str | None:
        tok = self.cue_token(self.doc[token_i])
        token_i = tok.i
        # a statement's author: "The palace issued the following statement from the king:", "The decree
        # signed by the Pope read"
        statement = tok if tok.lower_ in DOCUMENT_NOUNS | STATEMENT_NOUNS else next(
            (c for c in tok.head.children if tok.dep_ == "nsubj" and c.dep_ == "dobj"
             and c.lemma_.lower() in DOCUMENT_NOUNS | STATEMENT_NOUNS), None)
        author = author_of(statement) if statement is not None else None
        if author is None and statement is tok and tok.dep_ == "dobj" and tok.head.lemma_ in ISSUING_VERBS:
            # "Facebook released a statement which read": whoever issued it
            author = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        if author is not None and author.i != token_i:
            found = self.resolve(author.i, char, previous)
            if found:
                return found
        if token_i in self.token_person:
            return self.token_person[token_i]
        if tok.lower_ in ("him", "her") and tok.head.lower_ == "to" and tok.head.head.lower_ == "according":
            # "According to him, it was accomplished with the help of “…”": whom a "he" would be
            return self.likely_antecedent(max(-1, tok.idx - NEARBY), tok.idx, "he" if tok.lower_ == "him" else "she") \
                or (previous[0] if previous and previous[0] in self.person_names else None)
        if tok.dep_ == "appos" and determined(tok, "a", "an") and tok.i + 1 < len(self.doc) \
                and self.doc[tok.i + 1].i == tok.head.head.i and tok.head.dep_ == "nsubj":
            return None                       # "Clinton, a top aide said, “…”": an aide, unnamed, speaking of her
        if tok.lemma_.lower() in VOICE_NOUNS:
            # "the ad's narrator says", "a narrator in the Clinton ad asks": the ad's maker speaks
            media = next((m for m in [*(c for c in tok.children if c.dep_ == "poss"), *_prep_objects(tok, "in"),
                                      *_prep_objects(tok, "of")] if m.lemma_.lower() in MADE_MEDIA), None)
            # (or, for "the narrator", the ad the sentence before is about: 'she released a web ad ... “…,” the
            # narrator says')
            if media is None and determined(tok, "the") and tok.sent.start:
                media = next((t for t in self.doc[self.doc[tok.sent.start - 1].sent.start:tok.i]
                              if t.pos_ == "NOUN" and t.lemma_.lower() in MADE_MEDIA), None)
            if media is not None:
                return self.media_maker(media)
        # a person named by a participle: "a protester using the pseudonym Katya", "a woman named Maria Lopez"
        # (not one calling someone something: "one lawmaker called Trump “…”")
        named_as = [t for c in tok.children if c.dep_ == "acl" and c.lemma_ in ("name", "call", "use", "know")
                    and not any(self.inside_quote(g.idx) for g in c.children)
                    for t in c.subtree if t.pos_ == "PROPN" and t.text[:1].isupper()] \
            if tok.lemma_.lower() in PERSON_NOUNS | ROLE_NOUNS else []
        if named_as:
            return self.resolve(named_as[-1].i, char, previous)
        # (the name set beside may end in letters the name leaves out: "The Tory finance spokesman,
        # Brian Monteith MSP, said")
        named_beside = [c.i for c in tok.children if c.dep_ == "appos" and c.i in self.token_person] \
            or [c.i - 1 for c in tok.children
                if c.dep_ == "appos" and c.text in POST_NOMINALS and c.i - 1 in self.token_person]
        if named_beside:
            return self.token_person[named_beside[0]]  # "said Lemnos Mayor, Dimitris Marinakis"
        if token_i in self.token_org and tok.i > tok.head.i and tok.head.lemma_ in SPEECH_VERBS:
            # 'said University of California, San Diego's chancellor, Pradeep Khosla': the person the
            # inverted subject ends with, set beside a role
            for t in self.doc[tok.i: min(len(self.doc), tok.i + 16)]:
                if t.text in DOUBLE_MARKS or t.text in (".", ";"):
                    break
                if t.i in self.token_person and self.doc[t.i - 1].text == "," \
                        and self.doc[t.i - 2].lemma_.lower() in PERSON_NOUNS | ROLE_NOUNS:
                    return self.token_person[t.i]
        member = self.party_member(tok, min(char, max(tok.idx, tok.head.idx))) \
            if tok.tag_ != "NNPS" and determined(tok, "the") else None
        if member:
            return member                     # "the Maryland Democrat said", after "Rep. Elijah Cummings (D-Md.)"
        if tok.lower_ == "mps" and not any(c.dep_ in ("compound", "amod", "nummod", "poss") for c in tok.children):
            # "the MPs found", "say MPs": in a story of what a committee found, the committee they sit on (not
            # "Labour MPs", "100 MPs")
            committees = {o for o in self.token_org.values() if o.split()[-1].lower() == "committee"}
            return committees.pop() if len(committees) == 1 else None     # (else a group, no one in particular)
        member_word = tok.text in ("Republican", "Democrat") and tok.tag_ != "NNPS"
        if member_word and determined(tok, "a", "an", "another", "one"):
            return None                       # '“…,” explained a senior Washington Republican': no one named
        if member_word and determined(tok, "the"):
            # "the Wisconsin Republican criticized ...": a party member, even where the party's name is a body's;
            # but not one first met unnamed ("a leading Republican in touch with donors said ... “…,” the
            # Republican said")
            met = next((t for t in reversed(self.doc[:tok.i])
                        if t.text == tok.text and t.dep_ not in ("compound", "amod")), None)
            if met is not None and determined(met, "a", "an", "another", "one"):
                return None
            return self.person_by_group(tok, char, previous[0] if previous else None)
        if token_i in self.token_org:
            return self.token_org[token_i]
        # a source named by a user name: "ScreamMyName told me", "wrote user jayk1984", "one buyer, elmo666, wrote"
        handle = next((t.text for t in (tok, *(c for c in tok.children if c.dep_ == "appos"))
                       if t.pos_ in ("PROPN", "NOUN") and t.i not in self.token_org and online_handle(t.text)), None)
        if handle:
            return handle
        if spokesperson(tok) and determined(tok, "the") and any(
                c.dep_ in ("compound", "amod", "nmod") and (c.ent_type_ == "NORP" or party_name(
                    " ".join(t.text for t in c.subtree if t.dep_ != "det"))) for c in tok.children):
            # "The Tory spokesman also criticised ...": the party's named spokesman the article is
            # following, not the party ("a Labour spokesman said" speaks for the party)
            last = previous[0] if previous and previous[0] in self.person_names and previous[1] >= tok.idx - 1500 \
                else None
            return self.person_just_named(tok, None) or last \
                or self.likely_antecedent(self.prev_quote_end, tok.idx, None)
        owned_words = tok.pos_ == "NOUN" and tok.lemma_.lower() in WRITTEN_NOUNS \
            and any(c.dep_ == "poss" for c in tok.children)
        if tok.lower_ in DOCUMENT_NOUNS | STATEMENT_NOUNS or owned_words:
            # whose document it is comes first: "The UK’s submission to the UN said" is the UK's (and
            # any words someone owns are theirs: "His sales pitch adds:")
            for owner in (c for c in tok.children if c.dep_ in ("poss", "compound")):
                if owner.i in self.token_person:
                    return self.token_person[owner.i]
                if owner.lower_ in ("his", "her"):    # "Her lawsuit ... said": hers, as "she" would be
                    pronoun = "he" if owner.lower_ == "his" else "she"
                    return self.likely_antecedent(self.prev_quote_end, owner.idx, pronoun) \
                        or self.likely_antecedent(owner.idx - NEARBY, owner.idx, pronoun)
                if owner.i in self.token_org:
                    return self.token_org[owner.i]
                if owner.pos_ == "NOUN" and owner.lower_ in INSTITUTION_NOUNS - {"spokesman", "spokeswoman"}:
                    found = self.resolve(owner.i, char, previous)
                    if found:
                        return found            # "said an agency statement": the agency named before
                if owner.dep_ == "poss" and owner.lemma_.lower() in ROLE_NOUNS and determined(owner, "the"):
                    found = self.resolve(owner.i, char, previous)
                    if found:
                        return found            # "the judge's statement reads": the judge named before
                place = lookup_place(owner.text) if owner.ent_type_ == "GPE" else None
                if place is not None and place.kind == "country":
                    return f"{owner.text} government"
            # "Geelani wrote an open letter that said:", "carried around a note that said": the writer
            # (not a person the noun names: "the Post reported, quoting an anonymous Republican official")
            verb = None if tok.lemma_.lower() in PERSON_NOUNS else tok.head if tok.dep_ == "dobj" else tok.head.head \
                if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ == "VERB" else None
            if verb is not None:
                writer = subject_of(verb)
                if writer is None and verb.dep_ == "acl" and verb.head.i in self.token_person:
                    writer = verb.head.i      # "Stewart O'Nan, carried around a note"
                if writer is not None and (writer in self.token_person or writer in self.token_org):
                    return self.token_person.get(writer) or self.token_org[writer]
                if writer is not None and any(c.dep_ == "appos" for c in self.doc[writer].children):
                    # "One fiction judge, Stewart O'Nan, carried around a note ... that said:"
                    return self.resolve(writer, char, previous)
            if determined(tok, "a", "an") and tok.lower_ in MADE_MEDIA and not any(
                    t.i in self.token_person or t.i in self.token_org for t in tok.subtree):
                return None                   # "A tongue-in-cheek video adds": nobody's, as the text gives it
            if tok.lemma_.lower() in MADE_MEDIA:
                return self.media_maker(tok)  # "The clip says", after "A web video by the RNC"
            sender = self.sender_before(tok) if determined(tok, "the") else None
            if sender:
                return sender                 # "Donald Trump tweeted ... The tweet said"
            if determined(tok, "the") and previous and previous[0] and self.read_from_before(tok, tok.lemma_.lower()):
                return previous[0]            # 'The email said, “…” ¶ The email went on to say, “…”'

        # a person or organisation inside the subject phrase ("correspondent Janet Rodriguez",
        # "the White House readout")
        # (nor what a message set off by commas is about: "One message, apparently referring to air strikes against
        # Islamic State ..., said:")
        # (nor whom the one speaking speaks to: "Another intelligence source speaking to Fox News said")
        clauses = {t.i for c in tok.children if c.dep_ == "relcl" or c.dep_ == "acl" and c.tag_ == "VBG"
                   and (c.left_edge.i and self.doc[c.left_edge.i - 1].text == ","
                        and tok.lower_ in DOCUMENT_NOUNS | STATEMENT_NOUNS
                        or c.lemma_ in SPEECH_VERBS | {"speak", "talk"})
                   for t in c.subtree}
        sub = [t.i for t in tok.subtree if t.i not in clauses]   # not "The man who worked with Madonna"
        # (a name's last part after a hyphen may be lower case: "Laah Chong-gyu")
        hyphened = tok.i >= 2 and self.doc[tok.i - 1].text in ("-", "‐") and not self.doc[tok.i - 1].whitespace_ \
            and not self.doc[tok.i - 2].whitespace_ and self.doc[tok.i - 2].text[:1].isupper()
        if tok.pos_ == "PROPN" and (tok.text[:1].isupper() or hyphened):
            # a name the tagger missed, described beside it, is not what describes it: "Priorities USA, a
            # pro-Clinton super PAC, emailed"
            described = {t.i for c in tok.children if c.dep_ == "appos" and c.i > tok.i for t in c.subtree}
            sub = [i for i in sub if i not in described]
        # a person noun's own name is set beside it, not hung off it by a preposition ("The man ...,
        # from the Who ... to Madonna, said"), unless the noun is a title ("Governor of Washington Chris
        # Gregoire said")
        # (but whose widow, lawyer or aide someone is names another: "John Smith's widow said" is not Smith)
        kin = tok.pos_ == "NOUN" and tok.text.islower() and tok.lemma_.lower() in PERSON_NOUNS | ROLE_NOUNS
        beside = {t.i for c in tok.children if c.dep_ in ("appos", "compound", "poss", "nmod")
                  and not (kin and c.dep_ == "poss") for t in c.subtree}
        # (and a name the parser hung off the noun's "of": "The leader of Ennahda, Rachid Ghannouchi, ...")
        beside |= {t.i for obj in _prep_objects(tok, "of")
                   for c in obj.children if c.dep_ == "appos" for t in c.subtree}
        # (and a name run on after the lower-case words of the title's own phrase: "the minister for civil aviation
        # Praful Patel said", not "the lawyer for John Smith said")
        beside |= {t.i for obj in _prep_objects(tok) for t in obj.subtree
                   if t.i in self.token_person and self.name_after_lower_noun(t.i)}
        # (and the person a spokesperson speaks for, as "Michael Howard's spokesman" does: "A spokesman for
        # Michael Howard said", "a spokesman for the prime minister, Tony Blair, said")
        if spokesperson(tok):
            beside |= {t.i for obj in _prep_objects(tok, "for")
                       for t in [obj, *(c for c in obj.children if c.dep_ == "appos")]}
        # (a title is one person's, never plural: "Lawyers for John Smith said" are not Smith)
        # (nor is a source: "a source familiar with Cruz's thinking said" is no one named)
        titled = tok.lemma_.lower() not in PERSON_NOUNS | {"source"} or tok.text[:1].isupper() and tok.tag_ != "NNS"
        # (nor is an unnamed party member: "said one well-connected Democrat familiar with the Clinton campaign's
        # organization")
        titled = titled and not (tok.ent_type_ == "NORP" and determined(tok, "a", "an", "another", "one"))
        # (a name between "the" and a role noun only says whose the role is: "said the Spurs sporting
        # director" is the director)
        determiner = next((c.i for c in tok.children if c.dep_ == "det" and c.lower_ in ("the", "a", "an")
                           or c.dep_ == "nummod" and c.lower_ == "one"), None)     # ("one Clinton aide")
        whose = {i for i in sub if determiner is not None and determiner < i < token_i and tok.text.islower()
                 and tok.lemma_.lower() in PERSON_NOUNS | ROLE_NOUNS}
        # (nor is the person who owns a body: "Netanyahu's Likud party, which ... by saying" is the party)
        owned = body_noun(tok)
        # (a name set off beside the object of the noun's preposition is the noun's own, first: "Liberal Leader and
        # former Environment Minister under Jean Chrétien, Stéphane Dion, said" is Dion)
        set_off = {t.i for obj in _prep_objects(tok) for c in obj.children
                   if c.dep_ == "appos" and c.i > obj.i and self.doc[c.left_edge.i - 1].text == "," for t in c.subtree}
        # (nor one of whose people it is one: "One of Grayson’s former supporters ... wrote" is not Grayson)
        sub = [i for i in sub if i not in {t.i for obj in _prep_objects(tok, "of") for c in obj.children
                                           if c.dep_ == "poss" for t in c.subtree}]
        # (nor whom a relative clause in its phrase acts on: "One of Grayson’s former supporters who still backs
        # Randolph, former Colorado Rep. Pat Schroeder, ... wrote" is not Randolph)
        sub = [i for i in sub if not (name_head(self.doc[i]).dep_ in ("dobj", "pobj")
                                      and any(a.dep_ == "relcl" and a.i > token_i for a in self.doc[i].ancestors))]
        for i in sorted(sub, key=lambda i: (i not in set_off, abs(i - token_i))):
            if i in self.token_person and (i in beside or titled) and i not in whose \
                    and not (owned and clause_head(self.doc[i]).dep_ == "poss"):
                return self.token_person[i]
        # "the University of Warsaw biologist said": a person from the organisation, not the organisation
        # ("says the 27-year-old"; "said the 22-year-old centre", whatever the noun, is a person)
        person_head = tok.lemma_.lower() in (PERSON_NOUNS | ROLE_NOUNS) - DOCUMENT_NOUNS or aged_word(tok) \
            or tok.pos_ == "NOUN" and any(c.dep_ == "amod" and aged_word(c) for c in tok.children)
        # (but a name a person noun makes, no title, after a capitalised "The": "The Economist called ...")
        named_so = tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.text not in TITLE_WORDS \
            and any(c.dep_ == "det" and c.text == "The" for c in tok.children)
        person_head = person_head and not named_so
        given = self.doc[tok.i - 1] if tok.i else None
        if tok.pos_ == "PROPN" and tok.i not in self.token_org and given is not None and given.head.i == tok.i \
                and given.i not in self.token_org and any_given_name(given.text) \
                and any(t.i in self.token_org for p in tok.children if p.dep_ == "prep" for t in p.subtree):
            # "Clive Black of Shore Capital said", the tagger missing the name: the person, not the firm
            self.person_names.add(f"{given.text} {tok.text}")
            return f"{given.text} {tok.text}"
        if tok.ent_type_ == "NORP" and tok.tag_ in ("NN", "NNP") and determined(tok, "a", "an", "another", "one"):
            return None                       # "said one Democrat familiar with the discussion": unnamed
        if tok.tag_ == "NNPS" and tok.text.endswith(("ese", "Swiss")) and determined(tok, "the"):
            # "the Portuguese said", read as a people: one, when the sentence before introduces one ("Chelsea
            # boss Jose Mourinho was less happy"), else the people's government, as below
            one = self.person_just_named(tok, None)
            if one:
                return one
        nation = lookup_place(tok.text) if tok.tag_ in ("NNPS", "NNS") and determined(tok, "the") else None
        if nation is not None and nation.via == "demonym" and nation.kind == "country":
            return nation.name                    # "the Russians said": their government
        for i in sorted(sub, key=lambda i: abs(i - token_i)):
            if i in self.token_org and tok.pos_ != "PRON" and (not person_head or spokesperson(tok)):
                return self.token_org[i]           # (a spokesperson speaks for it: "said a WeWork spokesperson")
        if tok.pos_ == "NOUN" and determined(tok, "the") \
                and tok.lemma_.lower() in ANONYMOUS_SOURCES | PERSON_NOUNS | ROLE_NOUNS:
            # "the official said" after "A senior administration official, speaking on condition
            # of anonymity": still the unnamed source
            # (one, as this one is: not "Cruz’s advisers say" before "said the senior Cruz adviser")
            earlier = [t for t in self.doc[max(0, tok.i - 1000): tok.i] if t.lemma_ == tok.lemma_ and t.pos_ == "NOUN"
                       and t.tag_ == tok.tag_ and not self.inside_quote(t.idx)]
            # "A spokesman for Michael Howard said ... “…,” the spokesman said": whoever that one speaks for (as
            # "the prime minister's spokesman" does), however often called "the spokesman" since
            introduced = next((e for e in reversed(earlier) if not determined(e, "the")
                               or any(c.dep_ == "poss" for c in e.children)), None) if spokesperson(tok) else None
            owner = next((c for c in introduced.children if c.dep_ == "poss"), None) if introduced is not None else None
            if introduced is not None and determined(introduced, "a", "an") and owner is None:
                found = self.resolve(introduced.i, char, previous)
                if found:
                    return found
            if owner is not None:
                # (an office's spokesman speaks for the one the story has put to that office, or no one named)
                found = self.token_person.get(owner.i) or self.token_org.get(owner.i) \
                    or self.office_holder.get(office_words(owner)) or self.person_with_role(owner.lower_, tok.idx) \
                    or self.known_holder(owner, tok.idx)
                if found:
                    return found
            # (unless someone with that title was named since: "A federal judge ... U.S. District Judge Gray
            # Miller ruled ... the judge's statement reads")
            # (nor named after the noun: "A spokesman for Michael Howard"; a name before it only says whose it
            # is: "a senior Cruz adviser")
            # (nor one that only describes someone: "his brother, Mark, a retired astronaut", "He wanted to be a
            # writer")
            # (nor the one a story's opening sentence introduces before naming them: "A lawmaker in the Philippines
            # is calling for ... Joey Salceda said ... The lawmaker ... said")
            # (and, whatever its phrase names and whatever came since, one the story says it does not name: "said a
            # prominent Republican National Committee member who supports Trump, asking for anonymity")
            unnamed = next((e for e in reversed(earlier) if determined(e, "a", "an", "one", "another")
                            and e.dep_ not in ("appos", "attr", "oprd", "npadvmod") and unnamed_on_purpose(e.sent)),
                           None) if tok.lower_ not in OFFICE_NOUNS else None
            # (or one the story says it does not name when it takes them up: "A head teacher at one of the Trojan Horse
            # schools said ... The head teacher, who wished to remain anonymous, said")
            if unnamed is None and tok.lower_ not in OFFICE_NOUNS:
                unnamed = next((e for e in (tok, *reversed(earlier)) if e.dep_ == "nsubj" and determined(e, "the")
                                and unnamed_on_purpose(e.sent)), None)
            if unnamed is None and earlier and determined(earlier[-1], "a", "an", "one") \
                    and earlier[-1].dep_ not in ("appos", "attr", "oprd") \
                    and not self.introduces_story(earlier[-1]) \
                    and not any(t.i in self.token_person and t.i > earlier[-1].i or t.i in self.token_org
                                for t in earlier[-1].subtree):
                unnamed = earlier[-1]
            if unnamed is not None and self.person_with_role(tok.lower_, char, unnamed.idx) is None:
                return None
        if tok.i + 2 < len(self.doc) and self.doc[tok.i + 1].text == "," and tok.i + 2 in self.token_person:
            return self.token_person[tok.i + 2]    # "A retired secretary, Sparbo ... says"
        if tok.dep_ == "appos" and tok.head.i in self.token_person:
            return self.token_person[tok.head.i]
        named = [c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.text[:1].isupper()
                 and c.i not in self.token_org]    # (not "The actor, whose films include ...: The Phantom Menace,")
        if tok.pos_ in ("NOUN", "PROPN") and named and tok.lemma_.lower() in PERSON_NOUNS | ROLE_NOUNS:
            return self.resolve(named[0].i, char, previous)     # "The Secretary of ..., Constable Paul Middup, told"
        owners = [c for c in tok.children if c.dep_ in ("compound", "poss", "nmod") and c.pos_ in ("PROPN", "NOUN")]
        if tok.pos_ == "NOUN" and spokesperson(tok) and not owners:
            # "said a spokesman for the Liberal Democrats", "for the Scottish Greens": the party, which the tagger
            # calls a group, not a body
            party = next((o for o in _prep_objects(tok, "for") if o.text[:1].isupper() and (o.ent_type_ == "NORP" or (
                o.pos_ == "PROPN" and o.ent_type_ == "" and any(c.ent_type_ == "NORP" for c in o.children)))), None)
            if party is not None:
                name = " ".join(t.text for t in party.subtree if t.i <= party.i and t.text[:1].isupper())
                return self.party_body(name) or name
            # "a spokesman for the prime minister said": whoever holds the office, as for "the prime minister's
            # spokesman" (not "a spokesman for the author": someone's agent, unnamed)
            role = next((o for o in _prep_objects(tok, "for")
                         if self.role_subject(o) and public_office(office_words(o))), None)
            found = self.resolve(role.i, char, previous) if role is not None else None
            if found:
                return found
            # "a spokeswoman for the group said": the body the noun takes up
            body = next((o for o in _prep_objects(tok, "for") if body_noun(o) and determined(o, "the")), None)
            found = self.resolve(body.i, char, previous) if body is not None else None
            if found:
                return found
            # "The charity National Trust ... said it offered ... “…,” a spokeswoman said": a
            # spokesperson with no organisation named beside them speaks for the one that last acted
            # (unless the parser only lost the name written before them: "A Department for Work and
            # Pensions spokeswoman confirmed")
            found = self.written_before(tok) or self.last_mention(self.agent_orgs, char, char - NEARBY)
            if found or not tok.sent.start:
                return found
            # or for the body the sentence before is about ("The Scottish government is also supportive. A
            # spokesperson said:")
            body = next((t for t in self.doc[tok.sent.start - 1].sent if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"
                         and t.pos_ == "NOUN" and t.lower_ in INSTITUTION_NOUNS - PERSON_NOUNS), None)
            return self.resolve(body.i, char, previous) if body is not None else None
        if tok.pos_ == "NOUN" and spokesperson(tok) and owners[0].pos_ == "NOUN":
            # "the council's spokesperson said": the council named before; "The rapper's spokesman said":
            # not a body's words
            return self.resolve(owners[0].i, char, previous) if owners[0].lower_ in INSTITUTION_NOUNS else None
        if tok.pos_ == "NOUN" and tok.tag_ == "NNS" and tok.lemma_.lower() in PERSON_NOUNS | ROLE_NOUNS \
                and owners and owners[0].i in self.token_org:
            return self.token_org[owners[0].i]     # "according to Defra's lawyers": unnamed, for the body
        # ("A Defra spokesman", the tagger not calling Defra a body, is named as written below)
        if tok.pos_ == "NOUN" and not spokesperson(tok) \
                and (tok.lemma_.lower() in PERSON_NOUNS | ROLE_NOUNS | ANONYMOUS_SOURCES) \
                and (determined(tok, "a", "an", "another", "one")
                     or (tok.tag_ == "NNS" and not any(c.dep_ in ("det", "poss") for c in tok.children))):
            # "an army officer said", "sources said": an unnamed source; but "analysts at Barclays said",
            # "doctors at the Royal Free said": the body they speak for (named before its kind too: "one
            # reviewer in Rolling Stone magazine")
            objects = [g for p in tok.children if p.dep_ == "prep" and p.lower_ in ("at", "from", "with", "for", "in")
                       for g in p.children if g.dep_ == "pobj"]
            body = next((n for g in objects for n in (g, *(c for c in g.children if c.dep_ == "compound"))
                         if n.i in self.token_org), None)
            if body is not None:
                return self.token_org[body.i]
            # ("officials at the agency said": the body the noun takes up)
            noun = next((g for g in objects if body_noun(g) and determined(g, "the")), None)
            return self.resolve(noun.i, char, previous) if noun is not None else None
        if tok.text in POST_NOMINALS and determined(tok, "a", "an", "another", "one"):
            return None                       # "One MP told the BBC"
        recent = previous[0] if previous and previous[1] >= tok.idx - 1500 else None
        if tok.text in self.by_word and tok.pos_ != "PRON":
            return self.by_word[tok.text]          # a surname the tagger did not call a name (not "He" for Liu He)
        if tok.lower_ in ("government", "ministry", "embassy", "authorities", "military", "army", "navy", "police"):
            # (or written before the noun it qualifies: "One Greek government official")
            owner = [c for c in [*tok.children, *(tok.head.lefts if tok.dep_ == "compound" else ())]
                     if c.dep_ in ("compound", "amod", "poss") and c.ent_type_ in ("GPE", "NORP") and c.i < tok.i]
            # "the government of American Samoa", "Canada's government": the country speaking
            place = self.place_of(tok) or next((self.place_named(c) for c in owner if c.dep_ == "poss"), None)
            if place is not None:
                return place or None
            if owner:                         # "the UK government said" -> "UK government"
                return f"{owner[0].text} {tok.text}"
        if tok.lemma_.lower() == "campaign":
            # "Trump's campaign said", "the Clinton campaign says", "her campaign said": the candidate
            runner = next((c for c in tok.children if c.dep_ in ("poss", "compound")
                           and (c.i in self.token_person or c.lower_ in ("his", "her"))), None)
            if runner is not None and runner.i in self.token_person:
                return self.token_person[runner.i]
            if runner is not None:
                return self.likely_antecedent(max(-1, tok.idx - 1500), tok.idx,
                                              "he" if runner.lower_ == "his" else "she")
            # "the campaign of the former senator from Pennsylvania": the one that names
            of = next((o for o in _prep_objects(tok, "of") if o.i in self.token_person
                       or o.lemma_.lower() in PERSON_NOUNS | ROLE_NOUNS), None)
            found = self.resolve(of.i, char, previous) if of is not None else None
            if found in self.person_names:
                return found
        possessors = [c for c in tok.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")]
        if tok.lower_ == "office" and possessors:
            # "The prime minister's office said", "a statement released by Erdogan's office": the office
            first = next(t.i for t in possessors[0].subtree if t.dep_ != "det")
            return self.doc[first: tok.i + 1].text
        if tok.lower_ in DOCUMENT_NOUNS | INSTITUTION_NOUNS:
            # (not a day: "Thursday's memo from the panel")
            owner = [c for c in tok.children if c.dep_ in ("compound", "poss", "nmod") and c.pos_ in ("PROPN", "NUM")
                     and c.text[:1].isupper() and c.ent_type_ not in ("DATE", "TIME")]
            named = next((o for o in dict.fromkeys(self.token_org.values()) if o.split()[-1].lower() == tok.lower_
                          and all(c.text in o.split() for c in owner)), None) if owner else None
            if named:
                return named                  # "Day's animal foundation said" -> "Doris Day Animal Foundation"
            owner = [c for c in owner if not (c.dep_ == "poss" and c.i in self.token_person)]
            if tok.lemma_.lower() in COMPANY_NOUNS:
                owner = [c for c in owner if lookup_place(c.text) is None]   # "the US planemaker": from, not of
            if owner:                         # "the Mars One website states" -> "Mars One"
                written = self.written_before(tok)
                if written:
                    return written            # "A Department for Media, Culture and Sport spokeswoman"
                first = min(owner[0].left_edge.i, owner[0].i)
                # (the noun itself when it is written as part of the name: "South Wales Police said")
                last = tok.i if tok.pos_ == "PROPN" and tok.text[:1].isupper() and owner[-1].i < tok.i else owner[-1].i
                name = " ".join(t.text for t in self.doc[first: last + 1]
                                if t.pos_ in ("PROPN", "NUM") and t.text[:1].isupper())
                if name:
                    return self.party_body(name) or name     # "a Tory spokesman": the Conservative Party
        if tok.lower_ in DOCUMENT_NOUNS | STATEMENT_NOUNS | INSTITUTION_NOUNS and tok.pos_ == "NOUN":
            # "says the report" after "a WWF report": the owner named with the same noun before
            found = self.owner_named_before(tok, char, previous)
            if found is not None:
                return found
        if tok.lower_ in ("it", "they"):
            # 'Obama said it would tell a story, one of “…”', 'Moore said he felt they were saying, “…”': words in
            # a clause someone reports are that person's
            reporter = self.reporter_above(tok)
            found = self.resolve(reporter, char, previous) if reporter is not None else None
            if found:
                return found
        if tok.lower_ == "it":
            # "Trump's campaign backtracked, putting out a statement. It said, “…”": the campaign, the candidate's
            before = sentence_beside(self.doc, tok.sent, -1)
            before = main_subject(before) if before is not None else None
            if before is not None and before.lemma_.lower() == "campaign":
                found = self.resolve(before.i, char, previous)
                if found:
                    return found
            # "South Korea moved to steady the markets. It issued a statement that “…”": the country the sentence
            # before is about (not the last body named)
            place = self.place_named(before) if before is not None and before.ent_type_ == "GPE" else ""
            if place and getattr(lookup_place(place), "kind", None) == "country":
                return place
        members = next((c for c in tok.children if c.dep_ == "compound" and c.lemma_.lower() in MEMBER_NOUNS), None) \
            if tok.lemma_.lower() in ("association", "union", "committee", "council") else None
        if members is not None and not determined(tok, "a", "an"):
            return f"{members.text} {tok.text}"   # "the staff association": a body of its own, not the bank named
        if tok.lower_ in ("it", "they") or tok.lower_ in INSTITUTION_NOUNS | DOCUMENT_NOUNS:
            return self.body_referred_to(tok, char, recent)
        unnamed = self.unnamed_antecedent(tok) if tok.text in SPEAKER_PRONOUNS else None
        if unnamed is not None:
            # "One waiter, who ..., said that ... “…,” he says": nobody named; but "A spokesperson
            # for PizzaExpress said that ... “…,” she said" speaks for PizzaExpress, and "the
            # astronaut" is whoever the article calls that
            found = self.resolve(unnamed.i, char, previous) \
                if determined(unnamed, "the") or spokesperson(unnamed) else None
            if unnamed.text in ("Republican", "Democrat"):
                found = self.person_by_group(unnamed, char, recent)     # a party member, not the party
            if found is None and title_alone(unnamed):
                found = unnamed.text          # "The Pope arrived in Poland ... “…,” he said"
            # (never one the pronoun cannot stand for: "The writer ... he once said" is not the actress named
            # last; he is who "he" would be without the noun)
            want = PRONOUN_GENDER.get(tok.lower_)
            if found is None or want is None or self.genders.get(found, want) == want:
                return found
            return self.pronoun_speaker(tok, char, recent)
        if tok.text in SPEAKER_PRONOUNS or tok.lower_ in SUBJECT_FORMS and tok.dep_ == "nsubj":
            found = self.pronoun_speaker(tok, char, recent)
            # in an interviewee's answer, "she" is someone the interviewee speaks of, never the interviewee
            return None if found is not None and found == self.turn_speaker(tok) else found
        if tok.tag_ != "NNPS" and determined(tok, "the") and (tok.ent_type_ == "NORP" or demonym(tok)):
            return self.person_by_group(tok, char, recent)
        group = self.named_with_noun(tok) if person_head and tok.tag_ == "NNS" and determined(tok, "the") else None
        if group:
            return group                      # "said the artists": the "artists Langlands & Bell" named before
        if tok.tag_ == "NNS" and tok.lemma_.lower() in ("judge", "justice") and determined(tok, "the"):
            # "the judges said": the court they sit on, named before (not one person)
            courts = [(i, o) for i, o in self.org_starts if {"Court", "Tribunal"} & set(o.split())]   # (of Appeal)
            return self.last_mention(courts, char)
        owner = next((c for c in tok.children if c.dep_ == "poss" and (
            c.lower_ in ("his", "her", "their") or c.i in self.token_person
            or c.lemma_.lower() in PERSON_NOUNS | ROLE_NOUNS | {"family"})), None) \
            if person_head and not spokesperson(tok) and tok.dep_ == "nsubj" and (
                tok.head.lemma_ in SPEECH_VERBS or tok.head.dep_ == "ROOT" and any(
                    c.tag_ == "VBG" and c.lemma_ in SPEECH_VERBS for c in tok.head.children)) else None
        if owner is not None:
            # "his lawyer said", "the mayor's lawyer said", "Clinton's right-hand woman rallied supporters,
            # saying": someone acting for another person, so never that one; the lawyer if named with that title
            # before, else the one the next sentence names as the owner's ("Huma Abedin, vice chairwoman for
            # Clinton's presidential campaign, emailed supporters")
            return self.person_with_role(tok.lower_, min(char, tok.idx)) or self.named_for(owner, tok)
        if (tok.lower_ in ROLE_NOUNS or person_head) and not named_so:
            # "American academic and professor Marc Lamont Hill commented": two descriptions of the one named
            described = next((c for c in tok.children if c.dep_ == "conj" and c.i in self.token_person and any(
                g.dep_ == "compound" and g.text.islower() and g.lemma_ in PERSON_NOUNS | ROLE_NOUNS
                for g in c.children)), None)
            if described is not None and not determined(tok, "the"):
                return self.token_person[described.i]
            # "At a drugstore, a middle-aged cashier was shaken ... “…,” said the woman": the one just brought in
            # unnamed, not someone named further back
            unnamed = self.unnamed_antecedent(tok) if determined(tok, "the") and tok.lower_ not in OFFICE_NOUNS \
                else None
            if unnamed is not None and determined(unnamed, "a", "an", "one", "another") \
                    and not spokesperson(unnamed) and word_gender(unnamed.lower_) in (None, word_gender(tok.lower_)):
                return None
            found = self.role_speaker(tok, char, recent)
            body = next((c for c in tok.children if c.dep_ == "poss" and body_noun(c)), None)
            # ("The union's general secretary said", none named so: an official of the body, for the body)
            return found or (self.resolve(body.i, char, previous) if body is not None else None)
        if tok.text in FIRST_PERSON or tok.lower_ == "me":
            return self.turn_speaker(tok)          # "Frank Messina: ... I say, 'Hey John, my name is Frank'"
        if tok.pos_ == "PROPN" and (tok.text[0].isupper() or hyphened) and tok.text not in NOT_NAMES:
            return self.name_as_written(tok)
        if tok.text[:1].isupper() and tok.text in self.person_names:
            return tok.text         # a speaker's name the tagger took for a noun this once ("Churcher believes")
        return None

    def cue_token(self, tok):
        """The token a cue's subject stands for: the document a "that" or "which" takes up, the person a
        "who" clause hangs off, the statement a "part of" is taken from; else the token itself."""
        documents = [t for t in self.doc[max(tok.sent.start, tok.i - 8): tok.i]
                     if t.pos_ == "NOUN" and t.lower_ in DOCUMENT_NOUNS | STATEMENT_NOUNS] \
            if tok.lower_ in ("that", "which") else []
        if documents:
            tok = documents[-1]               # "wrote an open letter to tourists that said:", however parsed
        elif tok.lower_ in ("who", "that", "which") and tok.head.dep_ == "relcl":
            head = tok.head.head              # "Cory Doctorow, who said: ..." -> Doctorow; "Likud, which said"
            # (in a list of names, the one right before the comma, wherever the parser hung the clause: "Will
            # Smith, Patti LaBelle and Stevie Wonder, who joked" is Wonder)
            before = self.doc[tok.i - 2] if tok.i >= 2 and self.doc[tok.i - 1].text == "," else None
            listed = before
            while listed is not None and listed.dep_ == "conj" and listed.i != head.i:
                listed = listed.head
            tok = before if listed is not None and listed.i == head.i and before.i != head.i else head
        part_of = [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                   if g.dep_ == "pobj" and g.lemma_.lower() in DOCUMENT_NOUNS | STATEMENT_NOUNS] \
            if tok.lower_ in ("part", "parts", "excerpt", "extract", "portion") else []
        if part_of:
            tok = part_of[0]                  # "Part of the judge's statement reads"
        return tok

    def place_named(self, tok) -> str:
        """The place a token heads, as written ("American Samoa"), or "" when it is no place."""
        words = self.doc[tok.left_edge.i: tok.i + 1]
        return " ".join(t.text for t in words if t.tag_ != "POS") if lookup_place(words.text) else ""

    def place_of(self, tok) -> str | None:
        """The place after a noun's "of" ("the government of Peru" -> "Peru"), else None."""
        return next((name for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                     if g.dep_ == "pobj" and (name := self.place_named(g))), None)

    def owner_named_before(self, tok, char: int, previous: tuple[str | None, int] | None) -> str | None:
        """Whose a document or body is, from an earlier use of the same noun ("says the report" after
        "a WWF report"); None when no earlier use tells."""
        document = tok.lower_ in DOCUMENT_NOUNS | STATEMENT_NOUNS
        acting = None if document else self.last_mention(self.agent_orgs, char, self.prev_quote_end)
        if acting and (tok.lower_ in acting.lower().split()
                       or tok.lower_ in FIRM_OR_PERSON_NOUNS and self.may_be_company(acting)):
            return acting        # "JP Morgan said that it was ... The bank said": the body acting since the last quote
        # (a kind written with the noun must be the earlier one's: "the aid agency" is not "the Reuters news agency")
        kind = {c.lower_ for c in tok.children if c.dep_ in ("compound", "amod") and c.text.islower()}
        for earlier in reversed(self.doc[: tok.i]):
            if kind and kind - {c.lower_ for c in earlier.children if c.dep_ in ("compound", "amod")}:
                continue
            # (a document may be one of several named before: "Mateen also posted messages ... One message said")
            if earlier.lower_ == tok.lower_ or document and earlier.tag_ == "NNS" and earlier.lemma_ == tok.lemma_:
                # ("Smith's statement", as "the Tory statement", is whose it is)
                owner = [self.token_org.get(c.i) or self.token_person[c.i] for c in earlier.children
                         if c.dep_ in ("compound", "poss")
                         and (c.i in self.token_org
                              or (document or tok.lemma_.lower() == "campaign") and c.i in self.token_person)]
                if owner:
                    return owner[0]
                if earlier.i in self.token_org:
                    return self.token_org[earlier.i]  # "the ministry" after "the Foreign Ministry"
                author = author_of(earlier)
                if author is not None and author.pos_ == "PROPN":
                    return self.resolve(author.i, char, previous)   # "the warning issued by Met Éireann"
                # only a document is its subject's: "Microsoft sued the company" is not Microsoft's company,
                # nor is "Senator Mary Green chairs the committee" hers
                verb = None if not document else earlier.head if earlier.dep_ == "dobj" else earlier.head.head \
                    if earlier.dep_ == "pobj" and earlier.head.lower_ == "in" else None
                # (a body named, not "the company", whichever that was, unless the sentence says which: "In a
                # statement, the party said" is the party the article speaks of)
                issuer = [c.i for c in (verb.children if verb is not None else ()) if c.dep_ == "nsubj"
                          and (c.i in self.token_org or c.i in self.token_person
                               or any(o.ent_type_ in ("GPE", "NORP") for o in c.children)
                               or self.place_of(c) or c.text in SPEAKER_PRONOUNS
                               or c.pos_ == "NOUN" and determined(c, "the") and c.lower_ in INSTITUTION_NOUNS)]
                if issuer:                       # "the statement" after "Big Machine Records issued a statement",
                    found = self.resolve(issuer[0], char, previous)   # "the US military said in a statement"
                    if found:
                        return found
                if earlier.pos_ == "PROPN" and not earlier.is_sent_start:
                    # "Ukraine’s Foreign Ministry said ... the ministry said": name it as written (not the noun
                    # capitalised to open a headline: "Newspaper Says Clinton Needs To ...")
                    words = [c for c in earlier.lefts if c.dep_ == "compound" and c.text[:1].isupper()]
                    place = [c for c in earlier.lefts if c.dep_ == "poss" and c.ent_type_ in ("GPE", "NORP")]
                    return " ".join([t.text for t in place[:1]] + [t.text for t in words] + [earlier.text])
        return None

    def introduces_story(self, tok) -> bool:
        """`tok` ("A lawmaker") is the subject of the story's opening sentence, doing something other than
        speaking: the person the story goes on to name."""
        lede = bisect_right(self.paragraph_starts, tok.idx) - 1 <= 1 and tok.sent.start_char in self.paragraph_starts
        return lede and tok.dep_ == "nsubj" and tok.head.lemma_.lower() not in SPEECH_VERBS

    @staticmethod
    def role_subject(tok) -> bool:
        """`tok` is one title or role with "the" ("the Treasury secretary", "the senator"; not "the MPs")."""
        return tok.tag_ == "NN" and tok.lemma_.lower() in ROLE_NOUNS and determined(tok, "the")

    def reporter_above(self, tok) -> int | None:
        """The subject (a person, or a he or she) of the verb of speech that reports the clause of `tok`, one or
        two clauses up."""
        verb = tok.head
        for _ in range(2):
            if verb.dep_ != "ccomp":
                return None
            verb = verb.head
            if verb.lemma_.lower() in SPEECH_VERBS:
                subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                # (or the person set beside a dateline the parser took for the subject: "WASHINGTON -- President
                # Obama ... said")
                named = [subject, *(c for c in subject.children if c.dep_ == "appos")] if subject is not None else []
                reporter = next((t.i for t in named if t.i in self.token_person or t.lower_ in PRONOUN_GENDER), None)
                if reporter is not None:
                    return reporter
        return None

    def body_referred_to(self, tok, char: int, recent: str | None) -> str | None:
        """The body (or group) an "it", "they" or institution noun stands for."""
        # "it said", "the newspaper said", "they said": an organisation acting since the last quote
        # ("Dick Clark Productions denied ... “…,” the production company said"), else the
        # organisation (or group) last speaking or named before the quote
        # (never a body that is no business for "the company": not "the Financial Services Authority")
        # (never the one it speaks to: "The fund told the BBC:")
        told = {t.i for c in tok.head.children if c.dep_ in ("dobj", "dative") for t in c.subtree}
        agents, orgs = [[(i, n) for i, n in starts if i not in told] for starts in (self.agent_orgs, self.org_starts)]
        if tok.lower_ == "it" and recent and self.read_from_before(tok, None):
            return recent                 # '“…,” the email read. It stated that ...': the document goes on
        before = sentence_beside(self.doc, tok.sent, -1) if tok.lower_ == "it" else None
        subject = main_subject(before) if before is not None else None
        if tok.lower_ == "it" and tok.head.lemma_ == "read":
            # ("The email ... was sent by Jeremy Bash, more than three hours after ... Two Americans were killed.
            # “…,” it reads": only a document reads, the one a sentence shortly before is about)
            earlier = [before]
            while len(earlier) < 3 and earlier[-1] is not None:
                earlier.append(sentence_beside(self.doc, earlier[-1], -1))
            subject = next((s_ for s_ in map(main_subject, filter(None, earlier)) if s_ is not None
                            and s_.lemma_.lower() in DOCUMENT_NOUNS | STATEMENT_NOUNS), subject)
        if subject is not None and subject.lemma_.lower() in DOCUMENT_NOUNS | STATEMENT_NOUNS:
            # "The email includes a photo of Cruz ... At the bottom it reads, “…”": whoever the document is
            # from, as the sentence before names it
            found = self.resolve(subject.i, char, None)
            if found:
                return found
        if subject is not None and any(p.lower_ in ("in", "on") and o.lemma_.lower() in DOCUMENT_NOUNS
                                       | STATEMENT_NOUNS for p in subject.head.children
                                       if p.dep_ == "prep" and p.i < subject.i for o in p.children if o.dep_ == "pobj"):
            # "In a letter to Dr Achmad da Costa, Lord Nash said it was not meeting ... “…,” it said": the letter,
            # whoever wrote it (or "On his website, Sanders has started ... “…,” it now says")
            found = self.resolve(subject.i, char, None)
            if found:
                return found
        if tok.lemma_.lower() in FINDING_NOUNS & DOCUMENT_NOUNS:
            # "the report warns", no one's named: the report of the body last said to have found something ("The
            # select committee found that ...")
            found = [s_ for at, s_ in self.findings if at < char]
            if found:
                body = self.resolve(found[-1], char, None)
                if body:
                    return body
        if tok.lemma_.lower() in COMPANY_NOUNS:
            agents, orgs = [[(i, n) for i, n in starts if self.may_be_company(n)] for starts in (agents, orgs)]
            recent = recent if recent is None or self.may_be_company(recent) else None
        elif tok.lemma_.lower() in NEWSPAPER_NOUNS:
            # ("the New York Times editorial board called upon ... “…,” the paper wrote": a newspaper the story
            # names, not the last body named)
            papers = [[(i, n) for i, n in starts if self.newspaper_name(n)] for starts in (agents, orgs)]
            if papers[1]:
                agents, orgs = papers
                recent = recent if recent is None or self.newspaper_name(recent) else None
        elif tok.lemma_.lower() in PUBLIC_BODY_NOUNS:
            # ("Shell has been fined by the Financial Services Authority. The regulator said": a public body
            # rather than the company, when the story names one)
            public = [[(i, n) for i, n in starts if not self.may_be_company(n) or n.startswith("Of")]
                      for starts in (agents, orgs)]
            if public[1]:
                agents, orgs = public
                recent = recent if recent is None or not self.may_be_company(recent) else None
        if tok.lower_ == "they":
            # "A spokesman for Park View School said they would challenge the report. ... “…,” they said": the body
            # the spokesperson speaking since the last quote speaks for
            since = takewhile(lambda t: t.idx > self.prev_quote_end, reversed(self.doc[:tok.i]))
            spoke = next((t for t in since if t.dep_ == "nsubj" and spokesperson(t) and t.head.lemma_ in SPEECH_VERBS
                          and not self.inside_quote(t.idx)), None)
            found = self.resolve(spoke.i, char, None) if spoke is not None else None
            if found:
                return found
        # (one doing something outranks one something is done to: "Carnival Cruise Lines officials confirmed that
        # Carnival Spirit was scheduled to arrive")
        acting = self.last_mention([(i, n) for i, n in agents if clause_head(self.doc[i]).dep_ != "nsubjpass"],
                                   char, self.prev_quote_end) or self.last_mention(agents, char, self.prev_quote_end)
        if acting:
            return acting                 # ("Big Machine have twice denied it. “…,” they said")
        if recent and (recent not in self.person_names or tok.lower_ == "they"):
            return recent
        return self.last_mention(agents, char) or self.last_mention(orgs, char) \
            or (recent if tok.lower_ == "they" else None)

    @cached_property
    def party_bodies(self) -> dict[str, str]:
        """Each party the article names as a body, by its label ("C" -> "Conservative Party")."""
        found: dict[str, str] = {}
        for name in dict.fromkeys(self.token_org.values()):
            found.setdefault(party_name(name), name)
        found.pop(None, None)
        return found

    def party_body(self, name: str) -> str | None:
        """The party the article names as a body that a party word stands for ("Tory" for "the Conservative
        Party"); None when it names none."""
        return self.party_bodies.get(party_name(name))

    @staticmethod
    def may_be_company(name: str) -> bool:
        return name.split()[-1] not in NOT_COMPANY_WORDS and party_name(name) is None     # (nor "Democrats")

    @staticmethod
    def newspaper_name(name: str) -> bool:
        """Whether a body's name is a newspaper's ("New York Times", "Daily Mail", "USA Today")."""
        words = name.split()
        return words[-1] in NEWSPAPER_NAME_ENDS or words[0] == "Daily"

    def pronoun_speaker(self, tok, char: int, recent: str | None) -> str | None:
        """The person a he/she (or another speaker pronoun) stands for, when no unnamed one is meant."""
        pronoun = SUBJECT_FORMS.get(tok.lower_, tok.lower_)     # ("recalled him saying")
        # "he said": a person named since the last quote, else the last quote's speaker; never the
        # one he speaks to ("“…,” he told Benioff")
        told = frozenset(self.token_person[c.i] for c in tok.head.children
                         if c.dep_ in ("dobj", "dative") and c.i in self.token_person)
        # nor anyone named in what he reports ('Mr Sullivan “made accounting decisions,” he told the court')
        # (and so is the subject of the clause he reports when the quote is part of it: 'Mr Blair has “the same
        # passion …” as in 1997, he said' is not Mr Blair on himself; but 'Sondland has amended his testimony
        # — “…,” he said' sets the quote apart, and may be his)
        mark_before = next((ch for ch in reversed(self.text[max(0, char - 200):char]) if not ch.isspace()), "")
        part = mark_before not in (":", "—", "–", "-")
        # (but one the clause already says is speaking, "he said" only says again: 'Cruz spokesman Rick Tyler said
        # that ... Cruz has “…,” he said' is Tyler)
        sayer = next((self.token_person[s_.i] for c in tok.head.children if c.dep_ in ("ccomp", "parataxis")
                      and c.i < tok.i and c.lemma_ in SPEECH_VERBS and c.left_edge.idx < char < c.right_edge.idx
                      for s_ in c.children if s_.dep_ == "nsubj" and s_.i in self.token_person), None)
        if sayer is not None and self.genders.get(sayer, PRONOUN_GENDER[pronoun]) == PRONOUN_GENDER[pronoun]:
            return sayer
        told |= {self.token_person[t.i] for c in tok.head.children if c.dep_ in ("ccomp", "parataxis")
                 and (self.inside_quote(c.idx) or part and c.i < tok.i and c.left_edge.idx < char < c.right_edge.idx)
                 for s_ in c.children if s_.dep_ in ("nsubj", "nsubjpass") and not self.inside_quote(s_.idx)
                 for t in s_.subtree if t.i in self.token_person}
        # (nor the subject of the clause a set-off "he said" interrupts: "Obama, he said, is “hop-skipping over the
        # states.”")
        if tok.head.dep_ == "parataxis":
            told |= {self.token_person[c.i] for c in tok.head.head.children
                     if c.dep_ in ("nsubj", "nsubjpass") and c.i in self.token_person}
        # nor anyone his own words name ('“There is a fundamental lack of trust in Tony Blair …,” he said'), but
        # the subject of the sentence just before, which a "he" opening the next takes up ("Sanders is outlining
        # ... He says if people think ... “…, but it’s not Bernie Sanders.”")
        told |= self.named_in_quote(char) - {self.subject_just_before(tok)}
        # nor anyone named in the participle he leads with ("Commenting on Mr Makarov's case, he said")
        told |= {self.token_person[t.i] for c in tok.head.children if c.dep_ == "advcl" and c.tag_ == "VBG"
                 and c.i < tok.i and not any(s_.dep_ in ("nsubj", "nsubjpass") for s_ in c.children)
                 for t in c.subtree if t.i in self.token_person}
        # "Flynn said Trump was right when he said": the he of a clause hung off a reported one is its subject
        host = tok.head.head if tok.head.dep_ == "advcl" and tok.head.head.dep_ == "ccomp" else None
        bound = next((self.token_person[c.i] for c in host.children if c.dep_ in ("nsubj", "nsubjpass")
                      and c.i in self.token_person), None) if host is not None else None
        want = PRONOUN_GENDER[pronoun]
        if bound is not None and bound not in told and self.genders.get(bound, want) == want:
            return bound
        since = self.likely_antecedent(self.prev_quote_end, min(char, tok.idx), pronoun, told)   # named before "he"
        if since:
            since = self.quote_sentence_subject(since, min(char, tok.idx), pronoun, told) or since
        if since:
            return since
        # (a person the last quote was given to by a name the tagger missed, "Patrol Chief James Hall", too)
        if recent and (any(c.name == recent for c in self.clusters) or starts_with_given_name(recent)
                       and recent in self.person_names) \
                and self.genders.get(recent, given_name_gender(recent.split()[0]) or want) == want \
                and recent not in told:
            return recent
        # nobody named lately: someone in the last few sentences, else the person the article is
        # about so far (a profile calls its subject "she" for paragraphs on end)
        at = min(char, tok.idx)
        return self.likely_antecedent(at - NEARBY, at, pronoun, told) or self.topic_person(at, want, told)

    def quote_sentence_subject(self, named: str, at: int, pronoun: str, told) -> str | None:
        """The person a "he" at `at` takes up instead of `named`, one the last quote's own sentence names after the
        quote: that sentence's subject, named before the quote ('Charles Kennedy has said voters have a “…” of Tony
        Blair. ¶ He said' is Kennedy); None when `named` is named again later or speaks there too ("Duda said ...
        while Minister Joachim Brudziński wrote he had ordered checks. He tweeted")."""
        ended = self.doc.char_span(self.prev_quote_end, self.prev_quote_end + 1, alignment_mode="expand")
        sent = ended[0].sent if ended is not None and len(ended) else None
        again = [self.doc[i] for i, n in self.person_starts
                 if n == named and self.prev_quote_end < self.doc[i].idx < at]
        if sent is None or any(t.idx > sent.end_char or "\n" in self.text[self.prev_quote_end:t.idx]
                               or clause_head(t).dep_ == "nsubj" and clause_head(t).head.lemma_ in SPEECH_VERBS
                               for t in again):
            return None
        subject = next((t for t in sent if t.dep_ == "nsubj" and t.head.dep_ == "ROOT" and t.i in self.token_person
                        and t.idx < self.prev_quote_end), None)
        found = self.token_person[subject.i] if subject is not None else None
        want = PRONOUN_GENDER[pronoun]
        return found if found and found not in told and self.genders.get(found, want) == want else None

    def subject_just_before(self, tok) -> str | None:
        """The person who is the subject of the sentence before the one a word opens, in the same paragraph."""
        if tok.i != tok.sent.start or not tok.sent.start:
            return None
        sent_before = self.doc[tok.sent.start - 1].sent
        if "\n" in self.text[sent_before.end_char:tok.idx]:
            return None
        # (one doing something: not "For Kevin Allton, ..., Warhol was also a legend. He said, “Andy Warhol was ...”")
        return next((self.token_person[t.i] for t in sent_before if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"
                     and t.head.lemma_ != "be" and t.i in self.token_person and not self.inside_quote(t.idx)), None)

    def person_by_group(self, tok, char: int, recent: str | None) -> str | None:
        """A person named by nationality ("the Swiss said", "said the New Zealander", tagged a product): most likely
        the one the sentence before is about ("Roger Federer beat Lleyton Hewitt. The Swiss said"), else the one
        just named; but a party word with no member named so is the one who spoke last, whom the story follows
        ("Ryan said ... the onus is on Trump. The Wisconsin Republican did give Trump some credit")."""
        spoke = recent if recent in self.person_names and self.parties.get(recent) in (None, party_of([tok.text])) \
            else None
        return self.person_just_named(tok, None) or (spoke if tok.text in ("Republican", "Democrat") else None) \
            or self.last_person_before(min(char, max(tok.idx, tok.head.idx))) or spoke

    def office_named(self, tok) -> str | None:
        """A title written in full with the body it serves, its holder not named ("The United Nations High
        Commissioner for Human Rights said"): the office as written; None for a bare title ("the President")."""
        if tok.pos_ != "PROPN" or not tok.text[:1].isupper():
            return None
        body = [c for c in tok.children if c.dep_ == "compound" and c.ent_type_ in ("ORG", "GPE", "NORP")]
        served = [p for p in tok.children if p.dep_ == "prep" and p.lower_ in ("for", "of") and p.i == tok.i + 1
                  and any(g.dep_ == "pobj" and g.pos_ == "PROPN" and g.text[:1].isupper() for g in p.children)]
        if not body and not served or any(i in self.token_person for i in range(tok.sent.start, tok.left_edge.i)):
            return None                       # (nor one set after a name: "Chris Wright, the Chief ... Officer")
        words = self.doc[tok.left_edge.i: (served[0].right_edge.i if served else tok.i) + 1]
        return " ".join(t.text for t in words if t.dep_ not in ("det", "poss", "case") and t.text[:1].isupper()
                        or t.dep_ == "prep" or t.lower_ == "and")

    def role_speaker(self, tok, char: int, recent: str | None) -> str | None:
        """The person a role or person noun takes up ("the president said", "says the 27-year-old")."""
        # names after the cue's verb are not meant, nor names in the noun's own clauses ("The
        # actor, whose films include ... Michael Collins ..., said")
        clause = [c.left_edge.idx for c in tok.children if c.dep_ in ("relcl", "acl") and c.i > tok.i]
        at = min([char, max(tok.idx, tok.head.idx), *clause])
        # the person the sentence before is about, else the title written with a name, else the
        # last speaker, else the person last named
        # ("the deputy prime minister" is the Deputy Prime Minister)
        # (never one written with another party: "Democratic nominee Hillary Clinton ... the Republican nominee")
        # (one of that state, when only one is written so: "Ohio Gov. John Kasich ... the Ohio governor said")
        state = state_written(tok)
        of_state = {n for start, n in self.person_starts if self.doc[start].idx < at
                    and same_state(self.states.get(n, ""), state)} if state else set()
        if len(of_state) == 1:
            return of_state.pop()
        party = noun_party(tok)
        other_party = frozenset(n for n, p in self.parties.items() if p != party) if party else frozenset()
        # (nor one known to be of another state: "Sen. Joni Ernst, R-Iowa ... the Florida senator told reporters")
        if state:
            other_party |= {n for n, written in self.states.items() if written and not same_state(written, state)}
        with_role = self.person_with_role(tok.lower_, at, own=role_words(tok), exclude=other_party)
        # (else the one the story names who is known to hold it, before whoever was just named: "Mitch McConnell and
        # Barack Obama spoke ... Obama urged a vote. “…,” the Senate majority leader said")
        known = None if with_role else self.known_holder(tok, at)
        with_role = with_role or known
        want = word_gender(tok.lower_)        # never a man for "the actress" (nor the reverse)
        # (nor for "the former secretary of state said she wanted": the one who says "she" of herself)
        told = [g for c in tok.head.children if tok.dep_ == "nsubj" and c.dep_ == "ccomp" and c.i > tok.head.i
                for g in c.children if g.dep_ == "nsubj" and g.i == tok.head.i + 1 and g.lower_ in PRONOUN_GENDER]
        want = want or (PRONOUN_GENDER[told[0].lower_] if told else None)
        # (a title written with the same capitalised marks outranks whoever was just named: "Tory leader Michael
        # Howard attacked the plans. Gordon Brown defended them. “…,” the Tory leader said")
        marks = {t.lower_ for t in tok.subtree
                 if t.i < tok.i and t.dep_ in ("compound", "amod") and t.text[:1].isupper()}
        marked = with_role if marks and with_role and any(
            marks <= set(r.lower().split()) for r in self.roles_of[with_role]) else None
        # (past those, never someone the article titles as another office: "the prime minister" is not "London
        # mayor Ken Livingstone" nor "Tory MP Boris Johnson")
        titled_otherwise = frozenset(
            n for n, roles in self.roles_of.items()
            if set(roles) - HONORIFICS and not any(role_fits(r, tok.lower_, role_words(tok)) or leads(r, tok.lower_)
                                                   for r in roles)) \
            if tok.lower_ in OFFICE_NOUNS else frozenset()
        # (nor the subject of a clause this one is said within: "Trump said ... because the prime minister had
        # cast him as “…”" is not Trump)
        outer, verb = set(), tok.head if tok.dep_ == "nsubj" else None
        while verb is not None and verb.head.i != verb.i:
            verb = verb.head
            outer |= {self.token_person[c.i] for c in verb.children if c.dep_ == "nsubj" and c.i in self.token_person}
        titled_otherwise |= outer | other_party
        fallbacks = [recent if recent in self.person_names else None,
                     self.likely_antecedent(self.prev_quote_end, at, None, titled_otherwise),
                     self.last_person_before(at)]
        # (of that party, the one person the text has named so: "Republican nominee Donald Trump and Democratic
        # nominee Hillary Clinton ... the Republican nominee replied")
        members = {n for start, n in self.person_starts if self.doc[start].idx < at
                   and self.parties.get(n) == party} if party else set()
        just = self.person_just_named(tok, with_role)
        holders = self.holders_named(tok, at) if just and not with_role else []
        if holders and just not in holders:
            # "Jeb Bush ... brought his older brother, George W. Bush ... “…,” the former president told a crowd":
            # not the one just named, whom no record has in that office, but the holder named last
            just = holders[0]
        intro = self.colon_speaker(tok, char)
        intro = intro if intro not in titled_otherwise else None
        candidates = [self.named_as(tok), marked, intro, known, just, with_role,
                      self.office_named(tok), members.pop() if len(members) == 1 else None,
                      *[n for n in fallbacks if n not in titled_otherwise]]
        if want:                              # else the woman named lately, or the one the article is about
            pronoun = "she" if want == "f" else "he"
            candidates += [self.likely_antecedent(at - NEARBY, at, pronoun), self.topic_person(at, want)]
        # an office the article has already put a name to is that one person's, unless a title says otherwise
        # ("the prime minister" later in the story is the one the first "the prime minister" was)
        office = office_words(tok) if tok.lower_ in OFFICE_NOUNS and determined(tok, "the") else None
        if office in self.office_holder and with_role in (None, self.office_holder[office]) \
                and self.office_holder[office] not in other_party:
            return self.office_holder[office]
        found = next((n for n in candidates if n and n not in other_party
                      and (want is None or self.genders.get(n, want) == want)), None)
        if office and found:
            self.office_holder[office] = found
        return found

    def colon_speaker(self, tok, char: int) -> str | None:
        """The person a colon just before a quote brings in, the subject of its clause, when the cue `tok` comes
        after it ("Cruz defends his bona fides in a commercial: “…,” the senator says")."""
        lead = self.text[:char].rstrip()
        colon = self.doc.char_span(len(lead) - 1, len(lead), alignment_mode="expand") if lead.endswith(":") else None
        if colon is None or not len(colon) or tok.i <= colon[0].i:
            return None
        verb = colon[0].head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        return next((self.token_person[c.i] for c in verb.children
                     if c.dep_ == "nsubj" and c.i in self.token_person and c.i < colon[0].i), None)

    def named_as(self, tok) -> str | None:
        """The person a noun is said to be named ("A man named John Ruiz said"; "The woman ... identified herself
        as a 52-year-old resident named Caroline"; "The shooter was a man named Adam Lanza")."""
        for t in tok.sent:
            if t.dep_ == "oprd" and t.i in self.token_person and t.head.dep_ == "acl" \
                    and t.head.lemma_ in ("name", "call"):
                noun = t.head.head
                if noun.i == tok.i or tok.dep_ == "nsubj" and (
                        noun.dep_ == "attr" and noun.head.i == tok.head.i
                        or noun.head.lower_ == "as" and noun.head.head.i == tok.head.i):
                    return self.token_person[t.i]
        return None

    def name_as_written(self, tok) -> str | None:
        """A proper noun's name as written, without titles, completed from a person named in full; None
        for a place."""
        # (with the hyphen inside a name: "Jean-Michel Lemetayer")
        chain = [t for t in self.doc[tok.left_edge.i: tok.i + 1] if t.pos_ == "PROPN" or t.tag_ == "POS"
                 or t.text in ("-", "‐") and not t.whitespace_ and t.i and not self.doc[t.i - 1].whitespace_]
        while any(t.tag_ == "POS" for t in chain) and tok.text not in PLACE_LAST_WORDS:
            # "Pedego ’s Don DiCostanza" -> after the owner (but "St James’s Palace" is one name)
            chain = chain[[t.tag_ for t in chain].index("POS") + 1:]
        name = "".join(t.text_with_ws for t in chain).strip() or tok.text
        if tok.is_sent_start and name == tok.text and person_noun(name):
            return None                         # "Neighbours said": people, unnamed
        while len(name.split()) > 1 and (name.split()[0] in TITLE_WORDS or len(name.split()) > 2
                                         and name.split()[0].lower() in PERSON_NOUNS | ROLE_NOUNS):
            name = name.split(" ", 1)[1]       # "Constable Paul Middup", "Novelist Ajaz Ashraf"
        longer = [c.name for c in self.clusters if c.name.endswith(" " + name)] \
            or (misspelt_surname(name, self.person_names) if " " not in name else [])
        if len(longer) == 1:
            return longer[0]                    # "Sanchéz Barba" is "Oscar Sanchéz Barba"
        speaking = tok.dep_ == "nsubj" and tok.head.lemma_ in SPEECH_VERBS
        if tok.ent_type_ in ("GPE", "LOC", "FAC") and lookup_place(name) is None and not speaking:
            return None                         # a town does not speak ("in Mingora"); "said Mukerjee" does
        if (tok.ent_type_ in ("PERSON", "") or speaking) and tok.text not in PLACE_LAST_WORDS:
            self.person_names.add(name)              # a name the tagger missed: a person for "he"
        return name

    def chanted(self, char: int) -> bool:
        """Words a crowd chants or cries, written as a noun just before the quote ("chants of “…”", "the caustic
        chant “…”", "cries of “…”")."""
        before = [t for t in self.doc.char_span(max(0, char - 60), char, alignment_mode="contract") or ()
                  if not t.is_punct and not t.is_space]
        # (or chanted by people no name is given for: "about 50 protesters had gathered, chanting “…”")
        return any(t.lemma_.lower() in CHANT_NOUNS and t.pos_ == "NOUN"
                   or t.lemma_.lower() == "chant" and t.pos_ == "VERB"
                   and (subject := subject_of(t)) not in self.token_person and subject not in self.token_org
                   for t in before[-3:])

    def on_display(self, char: int) -> bool:
        """Words carried on something rather than said: a banner, sign, placard, graffiti, billboard
        or headline named just before the quote ("banners declaring “We come from Facebook”")."""
        before = self.doc.char_span(max(0, char - 80), char, alignment_mode="contract")
        return before is not None and any(t.lemma_.lower() in DISPLAY_NOUNS and not self.inside_quote(t.idx)
                                          for t in list(before)[-8:])

    def scare_quote(self, span) -> bool:
        qdoc = self.doc.char_span(span.start, span.end, alignment_mode="expand")
        has_verb = bool(qdoc) and any(t.pos_ in ("VERB", "AUX") for t in qdoc)
        # (a noun of a set phrase names nothing: "of course", "in fact", "at least")
        has_noun = bool(qdoc) and any(t.pos_ in ("NOUN", "PROPN") and not (
            t.i > qdoc.start and (self.doc[t.i - 1].lower_, t.lower_) in SET_PHRASES) for t in qdoc)
        # (words a title capitalises that prose would not: not the first, nor names)
        capitalised = sum(1 for t in (qdoc or ())[1:] if t.is_alpha and t.text[:1].isupper()
                          and t.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"))
        return span.end <= span.start or is_scare_quote(span.text(self.text), has_verb, self.min_words, has_noun,
                                                        capitalised)

    def find_quotes(self) -> list[Quote]:
        """The Doc's quotes in order, each with its speaker (None when nobody is said to have said it)."""
        doc, text, spans = self.doc, self.text, self.spans
        displayed: set[int] = set()               # closing marks of quotes found to be on display
        quotes: list[Quote] = []
        guessed: set[int] = set()                 # starts of quotes whose speaker no cue gave
        previous: tuple[str | None, int] | None = None   # last speaker and where
        last_in_paragraph: dict[int, str | None] = {}
        last_cue: int | None = None               # the verb of the cue after the last quote
        # scare quotes, not quotes (but a short sentence a quote opens with, running on into the next paragraph,
        # is its start: 'Bilsland ... added: “Robert was special. / “He was focused ...')
        scare = {k for k, span in enumerate(spans) if self.scare_quote(span)
                 and not (not span.closed and k + 1 < len(spans) and spans[k + 1].paragraph == span.paragraph + 1)}
        for k, span in enumerate(spans):
            inner = span.text(self.written)
            if k in scare:
                continue
            p_start, p_end = self.bounds[span.paragraph]
            # the attribution before a quote runs back to the last quote, past scare quotes ('He told the
            # programme the government was “intensely authoritarian” and was creating “a Big Brother society”')
            last = next((j for j in range(k - 1, -1, -1) if j not in scare), None)
            prev_close = spans[last].close if last is not None and spans[last].paragraph == span.paragraph \
                else p_start - 1
            next_open = spans[k + 1].open if k + 1 < len(spans) and spans[k + 1].paragraph == span.paragraph else p_end
            (a_start, a_end), (b_start, b_end) = attribution_regions(text, span, prev_close, next_open, p_start, p_end)
            after = find_cue(doc, a_start, a_end, "after", window=20)
            region = [t for t in doc.char_span(a_start, a_end, alignment_mode="contract") or ()
                      if not t.is_punct and not t.is_space][:2] if after is None else []
            if region and region[0].pos_ == "PROPN":
                # a subject set right after the quote holds it however long its description runs ('“…,”
                # Kurinji Selvaraj, a research analyst at the Delhi-based Council on ... think tank told CBS News')
                wide = find_cue(doc, a_start, a_end, "after")
                if wide is not None and wide.speaker is not None and wide.speaker != wide.verb \
                        and doc[wide.speaker].left_edge.i <= region[0].i \
                        and doc[wide.speaker].sent.start == doc[wide.verb].sent.start:
                    after = wide
            before = find_cue(doc, b_start, b_end, "before")
            if after is None and before is None and text[a_start:a_end].strip()[:1].islower():
                # with no cue before it, a cue further on in the same sentence, past scare quotes, still holds a
                # quote its verb reports ('Mr Brown liked to rattle off “…” in a bid to convince people there
                # was no “black hole” in the nation's finances, the Tory leader said'), through clauses only
                # (not "The shop, which has “…” across its signage, is …, says")
                following = next((j for j in range(k + 1, len(spans)) if j not in scare), None)
                far_open = spans[following].open if following is not None \
                    and spans[following].paragraph == span.paragraph else p_end
                (far_start, far_end), _ = attribution_regions(text, span, prev_close, far_open, p_start, p_end)
                far = find_cue(doc, far_start, far_end, "after")
                words = doc.char_span(span.start, span.end, alignment_mode="contract")
                exits = [t for t in words or () if not words.start <= t.head.i < words.end]
                if far is not None and exits and all(doc[far.verb].is_ancestor(t) and all(
                        a.pos_ in ("VERB", "AUX") and a.dep_ not in ("relcl", "acl")
                        for a in takewhile(lambda a: a.i != far.verb, t.ancestors)) for t in exits):
                    after = far
            # a subject inside another quote's marks is the parser's slip, never who spoke ('“Meh,” wrote a Trump
            # supporter … “What does Ford know …”': not "Meh"; one in this quote's own words is resolved as ever)
            after, before = (c if c is None or c.speaker is None or span.open <= doc[c.speaker].idx <= span.close
                             or not self.inside_quote(doc[c.speaker].idx)
                             else Cue(c.verb, None, c.side, c.kind) for c in (after, before))
            before_text = text[b_start:b_end].rstrip()
            if before is not None and before_text.endswith(".") and b_start > prev_close + 1:
                # a whole sentence of its own before the quote ("Her parents are happy not to charge her
                # rent. “…”"): not an attribution; the orphan rules below weigh who it is about
                before = None
            if before is not None and before_text.endswith(".") and before.speaker is not None \
                    and doc[before.speaker].lower_ in ("which", "that"):
                before = None                     # "... Disney - which in 2004 reported revenues of $30bn. “…”"
            byline = after is not None and after.kind == "byline"
            at_edge = span.open <= p_start or not text[a_start:a_end].strip(" .")
            if looks_like_headline(inner) and (byline or (after is None and before is None and at_edge)):
                continue                          # a headline cited as a source, not something said
            # a quote listed right after one on display ("banners with messages like “…,” “…”", "“…” and “…”")
            gap = text[spans[k - 1].close + 1: span.open].strip(" ,;–—") if k else None
            listed = k and spans[k - 1].close in displayed and gap in ("", "and") \
                and (gap == "and" or "," in text[spans[k - 1].close - 1: span.open])
            if self.on_display(span.open) or listed:
                displayed.add(span.close)         # banners, signs, graffiti and headlines are not speech
                continue
            ending = inner.rstrip().rstrip("'’")     # (past a single mark closing inside: "… yell, 'China bad.'")
            ends_sentence = ending.endswith((".", "?", "!", "…")) and not ending.endswith("...,")
            after_text = text[a_start:a_end].strip()
            new_sentence = (ending.endswith(".") and after_text[:1].isupper()) \
                or (after_text[:1] in (".", "!", "?") and after_text[1:].strip()[:1].isupper())
            # (nor, for words quoted inside a sentence that ends right after them, even a cue close by: 'IATA, which
            # attacked the package as a “…”. Passengers could claim more')
            embedded = after_text[:1] == "." and before_text[-1:].isalnum()
            if after is not None and new_sentence and (before is not None or embedded or
                    after.verb - (doc.char_span(a_start, a_end, alignment_mode="expand") or doc[after.verb:])[0].i > 3):
                # '“… a new solution.” Building it was easy, Iguchi says', 'Wyden said it was “… reform”.
                # Feinstein defended it, but said …': a cue in the next sentence is not this quote's
                after = None
            # (after a question, only words brought in by "that": '“…?” Mr Rudd said that the words must be
            # tabled', not '“Jesus … who is Ellen Fetter?” Rothman recalls thinking')
            asked = ending.endswith(("?", "!")) and after_text[:1].isupper()
            if after is not None and (new_sentence or asked) and ends_sentence and doc[after.verb].pos_ == "VERB" \
                    and any(c.dep_ in ("ccomp", "xcomp") and c.idx > span.close and not self.inside_quote(c.idx)
                            and (new_sentence or any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children))
                            for c in doc[after.verb].children):
                # '“… are in them.” Mr Florin said the challenge was …': a new sentence reporting words of
                # its own, not this quote's attribution
                after = None
            if after is not None and new_sentence and ends_sentence and next_open < p_end \
                    and doc[after.verb].sent.end_char > next_open and not text[a_start:a_end].rstrip().endswith(","):
                # '“… in the Houses of Parliament.” But Ms Kelly said she “would not trust him …”': a new
                # sentence whose cue reports the next quote, not this one
                after = None
            # (and a new sentence's "He answered," that runs into the next quote: '“…?” He answered, “…”')
            if after is not None and (text[a_start:a_end].rstrip().endswith(":")
                                      or text[a_start:a_end].rstrip().endswith(",") and ends_sentence
                                      and (new_sentence or asked)) \
                    and next_open < p_end and not text[a_end:next_open].strip() \
                    and (ends_sentence or before is not None):
                # '“…” He added: “…”', 'it “…”, but it adds: “…”': the cue introduces the next quote
                after = None
            if after is not None and before is not None and next_open < p_end and not text[a_end:next_open].strip() \
                    and after_text.lower().split(maxsplit=1)[:1] in (["and"], ["but"]) \
                    and after_text.endswith((",", ":")):
                # 'Some people went like “…?” and I said, “…”': a new clause that brings in the next quote,
                # when this one has its own cue before it
                after = None
            joined = next((t for t in doc.char_span(a_start, a_end, alignment_mode="contract") or ()
                           if t.lower_ in ("and", "but") and t.dep_ == "cc"), None) if after is not None else None
            if joined is not None and before is not None and before.speaker is not None \
                    and after.speaker is not None and joined.i < after.speaker < after.verb \
                    and doc[before.verb].sent.start == doc[after.verb].sent.start:
                # 'Clinton said the plan was “…,” and Trump replied that she was wrong': a clause of its own,
                # subject first, joined after the quote; the cue before it holds it
                after = None
            relayed = after is not None and before is not None and before.speaker is not None \
                and (after.kind == "source" or doc[after.verb].lemma_.lower() == "report")
            if after is not None and after.kind == "source" and before is None:
                # 'Pelosi called Trump's conduct a “breach of …,” according to NBC': the words are the
                # person's whose verb the quote is the object of, as the outlet reports them
                holder = self.quote_holder(span)
                if holder is not None:
                    before, relayed = Cue(holder.i, holder.i, "before"), True
            if relayed:
                order = [before]                  # 'Prosecutors said Jaynes was “…”, AP reported': not AP's words
            elif before and after and doc[after.verb].dep_ in ("relcl", "acl") \
                    and doc[before.verb].is_ancestor(doc[after.verb]):
                # 'Obama has cautioned against “…” in the way the United States responds': a verb after the quote
                # that only describes a noun in the clause of the cue before it
                order = [before, after]
            elif before and before_text.endswith((",", ":")) and ends_sentence:
                order = [before, after]
            elif before and after and after.speaker is not None and doc[after.speaker].lower_ in PRONOUN_GENDER \
                    and before.speaker is not None and doc[before.speaker].pos_ in ("NOUN", "PROPN") \
                    and doc[before.speaker].lemma_.lower() not in DOCUMENT_NOUNS | STATEMENT_NOUNS \
                    and doc[before.verb].lower_.endswith("ing") and not before_text.endswith((".", "?", "!")) \
                    and doc[before.speaker].sent.start == doc[after.speaker].sent.start:
                # 'The Mayor has defended the protesters saying “…,” he said': the "he" after the quote is the
                # subject the sentence opened with, who was saying it
                order = [before, after]
            else:
                order = [after, before]
            # 'which the New York Times called “the steamiest book …”': whoever calls it that, whatever the cue;
            # 'citing the Chuck Jones quote that “…”': whose words they are, whoever cites them
            namer = self.namer(span) or self.finder(span)
            speaker = (self.quote_namer(namer, span, previous) if namer is not None else None) \
                or self.quoted_author(span) or self.claim_owner(span)
            for cue in order if speaker is None else ():
                # the last quote's own cue, read again ('“…,” he added. “…”'): whoever it gave that, when this cue
                # gives no one, and always for a he or she (read again from here, it would look past that quote)
                again = cue and cue.verb == last_cue and previous and quotes and quotes[-1].speaker == previous[0] \
                    and prev_close < doc[cue.verb].idx < span.open and before_text.endswith(".")
                # (never a subject inside the quote's own words: '“We’re safe now. It’s over,” adding' is not "It")
                own_words = cue and cue.speaker is not None and span.open < doc[cue.speaker].idx < span.close
                # (nor for a noun: '“…,” the senator says directly to the camera. “…”' is the one it gave before)
                if cue and cue.speaker is not None and not own_words and not (
                        again and (doc[cue.speaker].lower_ in PRONOUN_GENDER or doc[cue.speaker].pos_ == "NOUN")):
                    speaker = self.resolve(cue.speaker, span.open, previous)
                    if speaker:
                        break
                if again:
                    speaker = previous[0]
                    break
            if speaker is None:
                subject = next((doc[c.speaker] for c in order if c and c.speaker is not None), None)
                speaker = self.named_next(self.cue_token(subject)) if subject is not None else None
            # ('“…,” adding, “…”': a participle the parser hung off the quote's own words, its subject lost)
            dangling = any(c and c.kind == "verb" and self.dangling_participle(doc[c.verb])
                           and (c.speaker is None or self.inside_quote(doc[c.speaker].idx)) for c in order)
            opening = next((doc[c.verb] for c in order if c and c.speaker is None and c.kind == "verb"
                            and self.opening_participle(doc[c.verb])), None)
            if speaker is None and opening is not None:
                # 'Maher stated ... that the report “wasn't good.” Adding, “…”': the participle goes on from the
                # sentence before, whose subject says it
                speaker = self.sentence_subject(doc[opening.sent.start - 1].sent) if opening.sent.start else None
            if speaker is None and previous and previous[1] >= span.open - NEARBY and (dangling or opening or any(
                    c and c.speaker is None and c.kind == "verb" and self.subjectless(doc[c.verb]) for c in order)):
                speaker = previous[0]             # 'Ms Jowell insisted: “…” And continued: “…”': the one just quoted
            cued = speaker is not None or namer is not None or any(c for c in order) and not dangling
            credited = self.credited(span)
            if credited:
                speaker, cued = credited, True
            elif self.chanted(span.open):
                speaker, cued = None, True        # "interrupted her with chants of “…”": a crowd's, no one's
            if not cued:
                speaker = self.uncued_speaker(k, span, previous, last_in_paragraph)
            if speaker is None and not any(c for c in order) and namer is None and word_count(inner) <= SLOGAN_WORDS \
                    and span.closed and span.open not in self.in_prose \
                    and not (k and not spans[k - 1].closed):
                continue                          # a short line nobody is said to have said: a slogan or a sign
            if quotes and k and not spans[k - 1].closed and quotes[-1].end == spans[k - 1].end \
                    and (span.continues or spans[k - 1].paragraph == span.paragraph - 1 and span.open <= p_start):
                # the same quote running on into this paragraph (each paragraph reopens the mark):
                # one quote, spoken by whoever a part is attributed to
                first = quotes.pop()
                # (a guess for a part nobody is said to have said gives way to the cue of a later part:
                # '“… community. “It is not aimed at …,” he added', he being the spokesman just named)
                # (nor does a guess outrank the cue of the first part, even one naming nobody: 'The prime minister's
                # official spokesman said: “… already. / “Councils should ...', no prime minister named)
                speaker = credited or (speaker if cued and first.start in guessed
                                       else first.speaker if not cued and first.start not in guessed
                                       else first.speaker or speaker)
                cued = cued or first.start not in guessed
                inner = first.text + (" " if span.continues else "\n\n") + inner
                quotes.append(Quote(text=inner, speaker=speaker, start=first.start, end=span.end))
            else:
                quotes.append(Quote(text=inner, speaker=speaker, start=span.start, end=span.end))
            if not cued:
                guessed.add(quotes[-1].start)
            else:
                guessed.discard(quotes[-1].start)
            if span.closed:                       # an open quote goes on in the next paragraph
                self.prev_quote_end = span.close
            last_in_paragraph[span.paragraph] = speaker
            last_cue = after.verb if after is not None else None
            if speaker:
                previous = (speaker, span.open)
        return self.with_sentence_cues(quotes, guessed)

    def credited(self, span) -> str | None:
        """The person (or body) a pull quote names in its own last line, before the closing mark ('"I worry that
        ... tax cuts.¶Dean Baker, Center for Economic and Policy Research."')."""
        inner = self.text[span.start: span.end]
        cut = inner.rstrip().rfind("\n")
        # (the line may be a paragraph of its own, after one the mark left open)
        own_line = cut < 0 and span.start == self.bounds[span.paragraph][0] and self.text[span.open] not in DOUBLE_MARKS
        tail = inner[cut + 1:].strip()
        if (cut < 0 and not own_line) or not tail.endswith(".") or not tail[:1].isupper() \
                or not 2 <= len(tail.split()) <= 12 \
                or any(m in tail for m in DOUBLE_MARKS):
            return None
        line = span.start + cut + 1 + len(inner[cut + 1:]) - len(inner[cut + 1:].lstrip())     # where the line starts
        head = self.doc.char_span(line, line + (tail.find(",") if "," in tail else len(tail) - 1),
                                  alignment_mode="contract")                    # its name, before any comma
        return next((self.token_person[t.i] for t in head or () if t.i in self.token_person), None) \
            or next((self.token_org[t.i] for t in head or () if t.i in self.token_org), None)

    def with_sentence_cues(self, quotes: list[Quote], guessed: set[int]) -> list[Quote]:
        """A quote with no cue of its own, in the same sentence as the next quote, which has one, is that
        quote's speaker's ('While ... “education, tourism, green technologies” and information technology
        “will become increasingly important,” according to a Moody’s Analytics forecast')."""
        out = list(quotes)
        for i in range(len(out) - 2, -1, -1):
            here, nxt = out[i], out[i + 1]
            if here.start in guessed and nxt.start not in guessed and nxt.speaker and here.speaker != nxt.speaker \
                    and "\n" not in self.text[here.end: nxt.start] \
                    and not sentence_ends(self.text, here.end - 1, nxt.start):
                out[i] = Quote(text=here.text, speaker=nxt.speaker, start=here.start, end=here.end)
        return out

    def sender_before(self, tok) -> str | None:
        """Who the sentence before says wrote or sent the document "the <noun>" stands for ("Huma Abedin ...
        emailed supporters ... The email goes on to say", "Senator John McCain wrote to the defense secretary.
        The letter said"): the named subject of a verb of writing, or of the noun's own verb ("tweeted")."""
        before = sentence_beside(self.doc, tok.sent, -1)
        if before is None:
            return None
        verbs = [t for t in before if t.pos_ == "VERB" and (t.lemma_.lower() == tok.lemma_.lower()
                                                             or t.lemma_ in ISSUING_VERBS and t.lemma_ != "post")]
        # (or a campaign or body that sent it, "Hillary Clinton's campaign sent out an email"; or whom one was sent
        # from or by: "An email was sent from the club's executive director, Jeremy Boreing")
        senders = [c for v in verbs for c in v.children if c.dep_ == "nsubj"
                   and (c.i in self.token_person or c.i in self.token_org or c.lemma_.lower() == "campaign"
                        or body_noun(c) or c.lemma_.lower() in PERSON_NOUNS | ROLE_NOUNS)] \
            + [g for v in verbs if any(c.dep_ == "nsubjpass" and c.lemma_.lower() == tok.lemma_.lower()
                                       for c in v.children)
               for p in v.children if p.dep_ in ("prep", "agent") and p.lower_ in ("from", "by")
               for g in p.children if g.dep_ == "pobj"]
        names = {self.token_person.get(c.i) or self.token_org.get(c.i) or self.resolve(c.i, tok.idx, None)
                 for c in senders} - {None}
        return names.pop() if len(names) == 1 else None

    def named_for(self, owner, tok) -> str | None:
        """The person the sentence after `tok`'s opens with, when a phrase set beside them names `owner`, a
        named person, as the one they work for ("Huma Abedin, vice chairwoman for Clinton's campaign")."""
        whose = self.token_person.get(owner.i)
        after = sentence_beside(self.doc, tok.sent, 1) if whose is not None else None
        subject = main_subject(after) if after is not None else None
        name = self.token_person.get(subject.i) if subject is not None else None
        described = [t for c in subject.children if c.dep_ == "appos" for t in c.subtree] if name else []
        return name if name != whose and any(self.token_person.get(t.i) == whose for t in described) else None

    def named_next(self, tok) -> str | None:
        """Who a story's unnamed first speaker turns out to be: the person the next sentence is about,
        when nobody is named before ("Scotland's justice minister has warned ... that she wants to hit
        them “…”. Cathy Jamieson said ..."). News ledes often name their speaker one sentence late; an
        unnamed spokesperson stays unnamed."""
        pronoun = tok.lower_ in PRONOUN_GENDER
        # (not a kin of someone unnamed: "The mother of a woman who took ... has described how her daughter
        # was “…”. Eloise Parry, 21, was taken to ..." is not Eloise)
        noun = tok.pos_ == "NOUN" and tok.lemma_.lower() in PERSON_NOUNS | ROLE_NOUNS and not spokesperson(tok) \
            and not any(p.lower_ == "of" and o.lemma_.lower() in PERSON_NOUNS for p in tok.children for o in p.children)
        if not (pronoun or noun) or tok.tag_ == "NNS" or tok.idx >= self.bounds[0][1] or tok.sent.end >= len(self.doc) \
                or unnamed_on_purpose(tok.sent) \
                or any(self.doc[i].idx < tok.idx and not self.inside_quote(self.doc[i].idx)
                       for i, _ in self.person_starts):
            return None
        sent = self.doc[tok.sent.end].sent
        subject = main_subject(sent)
        name = self.token_person.get(subject.i) if subject is not None else None
        want = PRONOUN_GENDER.get(tok.lower_) or word_gender(tok.lower_)
        return name if name and (want is None or self.genders.get(name, want) == want) else None

    def verb_above(self, span):
        """The nearest verb above the quote's words in the parse (None when there is none)."""
        words = self.doc.char_span(span.start, span.end, alignment_mode="contract")
        if words is None or not len(words):
            return None
        return next((a for a in words.root.ancestors if a.pos_ in ("VERB", "AUX")), None)

    def relative_antecedent(self, span) -> int | None:
        """The person or body a "who" or "which" clause holding the quote stands for, when that clause's
        verb is the nearest one above the quote's words."""
        verb = self.verb_above(span)
        pronoun = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "which")),
                       None) if verb is not None and verb.dep_ == "relcl" and verb.idx < span.open else None
        owner = self.cue_token(pronoun).i if pronoun is not None else None     # (as for a cue's "who said")
        return owner if owner in self.token_person or owner in self.token_org else None

    def participle_doer(self, span) -> int | None:
        """The subject of the sentence a participle opens, when the quote is that participle's object ('Calling
        Mr. Burr's challenger, Deborah Ross, "exactly the kind of partner I need," Mrs. Clinton upbraided ...')."""
        verb = self.verb_above(span)
        if verb is None or verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.i != verb.sent.start \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return None
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj" and c.idx > span.end), None)
        return subject.i if subject is not None and (subject.i in self.token_person or subject.i in self.token_org) \
            else None

    def dangling_participle(self, verb) -> bool:
        """A participle of speech with no subject, hung off the words of a quote ('“It’s over,” adding')."""
        return verb.tag_ == "VBG" and verb.lemma_.lower() in SPEECH_VERBS and self.inside_quote(verb.head.idx) \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)

    @staticmethod
    def opening_participle(verb) -> bool:
        """A participle of speech opening its sentence with no subject: "Adding, “…”"."""
        first = next((t for t in verb.sent if not t.is_punct and not t.is_space), None)
        return verb.tag_ == "VBG" and verb.lemma_.lower() in SPEECH_VERBS and first is not None and first.i == verb.i \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)

    def sentence_subject(self, sent) -> str | None:
        """The person (or body) a sentence's main verb has for its subject, outside quote marks."""
        subject = main_subject(sent)
        if subject is None or self.inside_quote(subject.idx):
            return None
        return self.token_person.get(subject.i) or self.token_org.get(subject.i)

    @staticmethod
    def subjectless(verb) -> bool:
        """A finite reporting verb that heads its sentence with no subject: "And continued:", "But added"."""
        return verb.dep_ == "ROOT" and verb.tag_ in ("VBD", "VBZ", "VBP") and verb.lemma_.lower() in SPEECH_VERBS \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children)

    def uncued_speaker(self, k: int, span, previous: tuple[str | None, int] | None,
                       last_in_paragraph: dict[int, str | None]) -> str | None:
        """The speaker of the k-th quote, which has no cue of its own: the subject of an introduction,
        else the speaker of the quote it continues, else the one plainly meant (None when nobody is)."""
        p_start = self.bounds[span.paragraph][0]
        speaker = None
        # a name alone before a colon labels the words after it ('Clinton: “…” Bush: “…”')
        label = self.doc.char_span(max(self.prev_quote_end + 1, p_start), span.open, alignment_mode="contract")
        named = {self.token_person.get(t.i) for t in label or () if not t.is_space} - {None}
        # (described first too, as sport reports set their quotes: "Australia spinner Nathan Lyon: “…”")
        at = next((t.i for t in label or () if t.i in self.token_person), None)
        if label is not None and len(named) == 1 and label.text.rstrip().endswith(":") \
                and all(t.i in self.token_person or t.is_punct or t.is_space for t in self.doc[at:label.end]) \
                and not any(t.lemma_ in SPEECH_VERBS or t.pos_ == "AUX" or t.tag_ in ("VBD", "VBZ")
                            for t in self.doc[label.start:at]) and at - label.start <= 4:
            return named.pop()
        # "Obama tweeted using his account:" then the quote, maybe in the next paragraph
        intro_end = span.open if span.open > p_start else p_start - 2
        intro_start = p_start if span.open > p_start else (self.bounds[span.paragraph - 1][0] if span.paragraph else 0)
        subject = intro_subject(self.doc, intro_start, intro_end, STATEMENT_NOUNS, quoted=self.inside_quote) \
            if intro_end > 0 else None
        if subject is not None:
            speaker = self.resolve(subject, span.open, previous)
        if speaker is None:
            # no cue of its own: the quote continues the one before it in the paragraph,
            # or a quote carried over from the previous paragraph
            listed = k and self.spans[k - 1].paragraph == span.paragraph and not self.scare_quote(self.spans[k - 1]) \
                and self.text[self.spans[k - 1].close + 1: span.open].strip(" ,") in ("", "and", "or")
            if span.paragraph in last_in_paragraph and listed:
                # 'said they had gone to “…” and “…”': the words listed with the last quote are whoever's it
                # was, even nobody named
                return last_in_paragraph[span.paragraph]
            if span.paragraph in last_in_paragraph:
                speaker = last_in_paragraph[span.paragraph]
                # unless someone else became the subject since that quote ('Kirsty Williams called the
                # target “hugely unambitious”. “It leaves patients …”')
                between = self.doc.char_span(max(self.prev_quote_end, p_start) + 1, span.open,
                                             alignment_mode="contract")
                # the last one, past the last quote's own attribution ('“…,” Davey said. ... Academy
                # president Frank Pierson praised Gibson's move as a “…”'), not the subject of the quote's
                # own words ('Obama said. President Mahmoud Abbas “has put aside efforts …”')
                subjects = [self.token_person[t.i] for t in between or () if t.i in self.token_person
                            and clause_head(t).dep_ in ("nsubj", "nsubjpass") and not self.inside_quote(t.idx)
                            and not self.inside_quote(clause_head(t).head.idx)]
                if subjects:
                    speaker = subjects[-1]
            elif previous and span.open <= p_start and k and self.spans[k - 1].paragraph == span.paragraph - 1:
                # a paragraph that opens with a quote right after a quoted paragraph: same speaker
                speaker = last_in_paragraph.get(self.spans[k - 1].paragraph) \
                    or (previous[0] if not self.spans[k - 1].closed else None)
        if speaker is None:
            # an orphan quote: news leaves a quote unattributed only when the speaker is plain, the
            # person the sentence before is about, else the one who spoke last
            subject = intro_subject(self.doc, p_start, span.open, STATEMENT_NOUNS, need_intro=False,
                                    quoted=self.inside_quote) \
                if span.open > p_start else None
            # (the one a relative clause holding the quote is about: 'the other from IATA, which has attacked the
            # package as a “…”' is IATA's, whoever the sentence is about)
            subject = self.relative_antecedent(span) or self.participle_doer(span) or subject
            named = self.people_in_sentence_before(span.open, p_start)
            if self.turn_of(span.paragraph):
                speaker = self.turn_of(span.paragraph)   # words quoted in an interviewee's answer
            elif subject is not None and (subject in self.token_person or self.doc[subject].text in SPEAKER_PRONOUNS
                                        or spokesperson(self.doc[subject]) or subject in self.token_org
                                        or body_noun(self.doc[subject]) and any(
                                            c.i in self.token_org for c in self.doc[subject].children)):
                # (a body named with its noun too: "The BLM group is calling on Hillary Clinton to “…”")
                # "A spokesperson for PizzaExpress said ...", 'Apple regards privacy as “…”' (the body, not
                # the person who spoke last)
                speaker = self.resolve(subject, span.open, previous)
            elif subject is not None and self.role_subject(self.doc[subject]) \
                    and (holder := self.resolve(subject, span.open, previous)):
                # "The Treasury secretary also lauded Mr. Kim for the “…”": the one that title refers to, not
                # the one praised
                speaker = holder
            elif len(named) == 1:
                speaker = named.pop()             # "For Danae Ringelmann, the light is a perfect example."
            elif len(named) > 1 and (sayer := self.sayer_in_sentence_before(span.open, p_start)):
                speaker = sayer                   # "Jahangir said she was angered by the media declaring Clinton
                                                  # the nominee. Doing so “appeared to be …”": the one reporting
            elif not named and span.open > p_start and (sayer := self.pronoun_sayer_before(span, p_start, previous)):
                speaker = sayer                   # "This makes it hard to dislodge misinformation, he said. Good
                                                  # information can still drive out bad, but only when “…”"
            elif span.open <= p_start and span.paragraph and self.reporter_before(span.paragraph, previous):
                # a paragraph that opens with a quote nobody is said to have said, after one that named
                # one person, reported their words and quoted nobody ("Viennese-born Helena Hartlauer,
                # 32, said she was not surprised. ... ¶ “I live in a 100sq-metre apartment ...”")
                speaker = self.reporter_before(span.paragraph, previous)
            elif previous and previous[0] in self.person_names and span.open - previous[1] < ORPHAN_REACH:
                if self.goes_on(span, p_start, previous[0]):
                    speaker = previous[0]
                else:
                    self.in_prose.add(span.open)  # still a quote, of nobody named (not a slogan)
        return speaker or self.also_spoke(span)

    def also_spoke(self, span) -> str | None:
        """The person the sentence after a quote nobody is said to have said goes on with as speaking "also"
        ('“[Trump’s] comments were ... a very important line of conversation.” ¶ Richards also spoke about the
        Whole Women’s Health v. Hellerstedt')."""
        after = self.doc.char_span(span.close + 1, min(len(self.text), span.close + 400), alignment_mode="expand")
        first = next((t for t in after or () if not t.is_space and not t.is_punct), None)
        if first is None or first.i != first.sent.start:
            return None
        verb = first.sent.root
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if verb.lemma_ in SPEECH_VERBS | {"speak", "talk"} and any(c.lower_ == "also" for c in verb.children) \
                and subject is not None and subject.i in self.token_person:
            return self.token_person[subject.i]
        return None

    def goes_on(self, span, p_start: int, last: str) -> bool:
        """Whether an unattributed quote goes on with the last speaker's words: it starts its sentence, a
        colon hands the sentence to it, or the sentence before it speaks of someone ("The major danger he
        sees is “…”"). Words set in a sentence of the writer's own about something else ('billed as somewhere
        people can “come in from the cold …”', 'the UK had valued the animals at between “two and three
        times”') are nobody's."""
        ends = sentence_ends(self.text, p_start, span.open + 1)      # (+ 1: a sentence end looks at what follows)
        start = ends[-1].end() if ends else p_start
        before = self.text[start: span.open].strip()
        if not before or before.endswith(":"):
            return True
        words = self.doc.char_span(start, span.open, alignment_mode="contract") or ()
        return any(t.lower_ in ONE_PERSON_WORDS or self.token_person.get(t.i) == last
                   for t in words if not self.inside_quote(t.idx))
