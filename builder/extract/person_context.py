"""What the sentence around a name says about it: a person (a person noun, an age,
a who-clause, a he/she that takes it up) or a thing, a place or an organisation (a thing set
beside it, a list of places, where someone works). Each predicate looks at one mention.
"""
from __future__ import annotations

from bisect import bisect_left

from .lexicon import (COMPANY_FIGURES, DOUBLE_MARKS, EPONYMOUS_BRANDS, MEDIA_NOUNS, NON_PERSON_HEADS, ORG_HEADS,
                      ORG_POSTS, PARTY_LABELS, PERSON_NOUNS, PLACE_LAST_WORDS, ROLE_NOUNS, SPEECH_VERBS, STAGE_WORDS,
                      SURNAME_HONORIFICS, THING_NOUNS, TITLE_FILLERS)
from .names import (NAME_PARTICLES, any_given_name, clean_name, common_given_name, common_word, is_title, name_word,
                    starts_with_given_name)


def doc_text(doc) -> str:
    """The Doc's text, built once (spaCy joins every token's text for each `doc.text`)."""
    cached = doc.user_data.get("text")
    if cached is None:
        cached = doc.user_data["text"] = doc.text
    return cached


def doc_ents(doc) -> tuple:
    """The Doc's entities, made once (spaCy makes new spans for each `doc.ents`)."""
    cached = doc.user_data.get("ents")
    if cached is None:
        cached = doc.user_data["ents"] = tuple(doc.ents)
    return cached


def main_subject(sent, deps=("nsubj", "nsubjpass")):
    """The subject of a sentence's main verb (None when it has none)."""
    return next((t for t in sent if t.dep_ in deps and t.head.dep_ == "ROOT"), None)


def paragraph_starts(doc) -> list[int]:
    """The tokens that open a paragraph (paragraphs are separated by a newline token), in order, worked out
    once per Doc."""
    cached = doc.user_data.get("paragraph_starts")
    if cached is None:
        cached = [0] * bool(len(doc)) + [t.i + 1 for t in doc if t.is_space and "\n" in t.text and t.i + 1 < len(doc)]
        doc.user_data["paragraph_starts"] = cached
    return cached


def starts_paragraph(doc, i: int) -> bool:
    """Whether token i opens a paragraph."""
    starts = paragraph_starts(doc)
    k = bisect_left(starts, i)
    return k < len(starts) and starts[k] == i


def who_clause(tok) -> bool:
    """A relative clause with "who" hangs off the token ("Mathias, who works for ..."), or off a noun set beside it
    ("King, an independent who caucuses with Democrats, said")."""
    return any(c.dep_ == "relcl" and any(w.lower_ == "who" for w in c.children)
               for c in [*tok.children, *(g for a in tok.children if a.dep_ == "appos" and a.pos_ == "NOUN"
                                          and a.left_edge.i == tok.i + 2 and tok.nbor(1).text == ","
                                          for g in a.children)])


def preceding_role(doc, start: int) -> str | None:
    """Title words written just before a name: 'Argentine President' -> 'President',
    'then-Sen.' -> 'then-Sen.', 'Univisión White House correspondent' -> None (not a title word)."""
    words = []
    i = start - 1
    elect = i >= 2 and doc[i].lower_ == "elect" and doc[i - 1].text == "-" and is_title(doc[i - 2].text)
    if elect:                                  # "President-elect Trump" is tokenized President / - / elect
        i -= 2
    while i >= 0 and (is_title(doc[i].text) or (doc[i].text in TITLE_FILLERS and words)):
        words.insert(0, doc[i].text)
        i -= 1
    while words and words[0] in TITLE_FILLERS:
        words.pop(0)
    # "then-Sen." is tokenized then / - / Sen.
    if words and i >= 1 and doc[i].text == "-" and doc[i - 1].lower_ in ("then", "ex", "former"):
        words.insert(0, doc[i - 1].text + "-")
        words[0:2] = [words[0] + words[1]]
    if elect:
        words[-1] += "-elect"
    return with_noun_role(doc, i + 1, " ".join(words)) or noun_role_before(doc, start)


def with_noun_role(doc, start: int, role: str) -> str:
    """An honorific with the role written before it: 'London mayor Mr Livingstone' -> 'London mayor Mr'
    (the office tells who he is not: "the prime minister" is someone else)."""
    if role and all(w in SURNAME_HONORIFICS for w in role.split()):
        noun = noun_role_before(doc, start)
        return f"{noun} {role}" if noun else role
    return role


def noun_role_before(doc, start: int) -> str | None:
    """A role written in lowercase right before a name, with the words that qualify it, as written:
    'Tory leader Michael Howard' -> 'Tory leader', 'shadow chancellor Oliver Letwin' -> 'shadow chancellor'."""
    noun = doc[start - 1] if start else None
    if noun is None or not noun.is_lower or noun.tag_ not in ("NN", "NNP") or noun.dep_ != "compound" \
            or noun.head.i < start or noun.lemma_ not in PERSON_NOUNS | ROLE_NOUNS \
            or (noun.i and doc[noun.i - 1].text in ("-", "–")):      # not "the 55-member AU"
        return None
    first = noun.i
    while first > 0 and doc[first - 1].head.i == noun.i and doc[first - 1].dep_ in ("compound", "amod") \
            and doc[first - 1].pos_ in ("NOUN", "ADJ", "PROPN") and doc[first - 1].ent_type_ != "PERSON":
        first -= 1
    edge = doc[first].left_edge.i        # with what qualifies its words: "Star Wars actor Ewan McGregor"
    if all(t.pos_ in ("NOUN", "ADJ", "PROPN") and t.ent_type_ != "PERSON" for t in doc[edge: first]):
        first = edge
    return doc[first: noun.i + 1].text


# who is elected "for" a seat ("the MP for Hartlepool")
SEAT_HOLDERS = frozenset({"MP", "MEP", "MSP", "AM", "MLA", "TD"})


def in_seat(doc, i: int) -> bool:
    """doc[i] is a word of the seat named after "MP for" ("Tory MP for Bexhill and Battle Gregory Barker")."""
    k = i - 1
    while k > 0 and i - k <= 6 and (doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper()
                                    or doc[k].lower_ in ("and", "-", "upon", "on", "&")):
        k -= 1
    return k > 0 and doc[k].lower_ == "for" and doc[k - 1].text in SEAT_HOLDERS


def name_bounds(doc, start: int, end: int, lower_words: set[str]) -> tuple[int, int]:
    """The tokens of a name the tagger found at doc[start:end], corrected at both ends.

    Leading descriptors are not part of it ("Nonpartisan Paul Tse", "pro-Beijing ..."): adjectives,
    pro-/anti- words, and capitalised words the article also writes in lowercase. An untagged given
    name just before it is ("Junius" + "Ho"), and so is a hyphenated tail the tagger cut off
    ("Wong Yeung" + "-tat", as in Cantonese and Korean given names).
    """
    def descriptor(tok) -> bool:
        return tok.pos_ == "ADJ" or tok.lower_.startswith(("pro-", "anti-")) \
            or (tok.is_sent_start and tok.lower_ in lower_words)
    # a team or a position before a first name, in a name tagged as a person's ("Browns DL Sheldon Richardson")
    def short_caps(tok) -> bool:
        return tok.is_upper and tok.is_alpha and len(tok) <= 3
    if in_seat(doc, start):              # "Labour MP for Wrexham Ian Lucas": the seat is no part of the name
        start = next((k for k in range(start, end - 1) if any_given_name(doc[k].text)), end)
    k = start
    while k < end - 2 and (doc[k].tag_ == "NNPS" or short_caps(doc[k])
                           or doc[k].text.endswith("s") and short_caps(doc[k + 1])):
        k += 1
    if k > start and doc[start].ent_type_ == "PERSON" and (common_given_name(doc[k].text)
                                                          or any_given_name(doc[k].text) and k + 1 < end):
        start = k
    while start < end - 1:
        if doc[start].lower_ in ("pro", "anti") and doc[start + 1].text == "-" and start + 3 < end:
            start += 3                        # "Pro-Beijing DAB", tokenized Pro / - / Beijing
        elif doc[start].pos_ == "ADJ" or doc[start].tag_ == "MD" or (descriptor(doc[start]) and end - start > 2) \
                or doc[start].text in PARTY_LABELS:   # "Democrat Spearman, a minister and former Army colonel"
            start += 1
        elif doc[start].is_sent_start and doc[start].lower_.endswith("ing") and len(doc[start]) > 5 \
                and not any_given_name(doc[start].text) \
                and (doc[start].tag_ == "VBG" or end < len(doc) and doc[end].text == ","):
            start += 1                        # "Sentencing Smith, the judge said": what was done to him
        else:
            break
    # an untagged word the tagger left off the front: before a lone name, any capitalised word ("Junius"
    # + "Ho"; at a sentence start only a first name: "Polly" + "Arnold"); before two words, a first
    # name ("Junior" + "Messi Enguene")
    while start > 0 and end - start <= 2 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].ent_iob_ == "O" \
            and doc[start - 1].dep_ == "compound" and doc[start - 1].text[:1].isupper() \
            and doc[start - 1].text.isalpha() and not is_title(doc[start - 1].text) \
            and not descriptor(doc[start - 1]) \
            and (common_given_name(doc[start - 1].text) or end - start == 1
                 and not doc[start - 1].lower_.endswith("ist") and (not doc[start - 1].is_sent_start
                                                                   or not common_word(doc[start - 1].text)
                                                                   and doc[start - 1].lower_ not in lower_words)):
        start -= 1                            # (at a sentence start, no everyday word: "Pranab" + "Mukherjee")
    # "Johnnie" + "Christmas", "Lupita" + "Nyong'o", "Superintendent Graciano" + "Mijares": the surname left
    # out; a title word too when no name follows it ("Didier Queloz and Michel" + "Mayor.")
    titled = end - start == 2 and is_title(doc[start].text)
    # ("Yoon Suk" + "Yeol", "Kim Jong" + "Un": a third part of a name the parser runs on to, but not a
    # word of what the name is a compound of, "Tony Blair" + "Institute")
    third = end - start == 2 and end < len(doc) and not common_word(doc[end].text)
    if (end - start == 1 or titled or third) and end < len(doc) and doc[end - 1].dep_ == "compound" \
            and doc[end - 1].head.i == end \
            and doc[end].pos_ == "PROPN" and doc[end].ent_iob_ == "O" and doc[end].text[:1].isupper() \
            and name_word(doc[end].text) \
            and (not is_title(doc[end].text)
                 or end + 1 < len(doc) and doc[end + 1].is_punct and doc[end + 1].text != "-") \
            and (doc[end].tag_ != "NNPS" or titled):
        end += 1
    if end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].ent_iob_ == "O" and doc[end].text[:1].isupper() \
            and name_word(doc[end].text) and not is_title(doc[end].text) and aged(doc, end + 1):
        end += 1                              # "Nathaly Cartas" + "Leon, 20,": the name runs to the age
    while end + 1 < len(doc) and not doc[end - 1].whitespace_ and doc[end].text in ("-", "\u2011") \
            and not doc[end].whitespace_ and doc[end + 1].is_alpha:
        end += 2
    # "Roger Federer - nice bloke": a dash set off by spaces ends the name
    end = next((k for k in range(start + 1, end)
                if doc[k].text in ("-", "–", "—", "--") and doc[k - 1].whitespace_), end)
    start, end = hyphen_bounds(doc, start, end)
    # "Sophie van" + "der Zee": a name cut off after a particle goes on to the surname
    while end < len(doc) and doc[end - 1].text in NAME_PARTICLES and end - start > 1 \
            and (doc[end].text in NAME_PARTICLES or doc[end].text[:1].isupper()):
        end += 1
    # "Jeff [Drake]": an editor's bracketed surname completes the name
    if end + 2 < len(doc) and doc[end].text == "[" and doc[end + 2].text == "]" and doc[end + 1].text[:1].isupper() \
            and name_word(doc[end + 1].text) and not is_title(doc[end + 1].text):
        end += 3
    # "Valéry Giscard" + "d'Estaing": a surname written with its elided particle
    if end < len(doc) and doc[end].text[:2] in ("d'", "d’") and doc[end].text[2:3].isupper() and end - start >= 2:
        end += 1
    # "William Pitt the Younger", "Pliny the Elder": the epithet is part of the name
    if end + 1 < len(doc) and doc[end].text == "the" and doc[end + 1].text in ("Younger", "Elder", "Great"):
        end += 2
    return start, end


def hyphen_bounds(doc, start: int, end: int) -> tuple[int, int]:
    """A hyphenated name the tagger cut at its hyphen: "T-Bone Walker", "Jean- Pierre Moore" and
    "Najat Vallaud- Belkacem" (a space after the hyphen, as some copy has it)."""
    if start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ \
            and not doc[start - 2].whitespace_ and doc[start - 2].text[:1].isupper() and doc[start - 2].is_alpha:
        start -= 2
    elif start and len(doc[start - 1].text) > 2 and doc[start - 1].text.endswith("-") \
            and doc[start - 1].text[:1].isupper() and doc[start - 1].text[:-1].isalpha():
        start -= 1
    if end < len(doc) and len(doc[end - 1].text) > 2 and doc[end - 1].text.endswith("-") \
            and doc[end].text[:1].isupper() and doc[end].is_alpha:
        end += 1
    return start, end


def context_noun(doc, start: int) -> str | None:
    """The common noun that introduces a name: 'the outlet Politico' -> 'outlet', 'gangs like Tren
    de Aragua' -> 'gangs', 'gangs, like Mara Salvatrucha (MS-13)' -> 'gangs'."""
    i = start - 1
    steps = 0
    while i >= 0 and steps < 4 and doc[i].lower_ in ("the", "like", "such", "as", ",", "a", "an", "including"):
        i -= 1
        steps += 1
    # a common noun: "the Labour Party, Raymond Chan" is a list, not a party named Raymond Chan;
    # and not a group whose members are meant ("members of the ECB's top team, such as Yves Mersch")
    if i < 0 or doc[i].text not in NON_PERSON_HEADS:
        return None
    of = first_conjunct(doc[i]).head          # ("the head of Sweden’s prison and probation service, Nils Oberg")
    if of.lower_ == "of" and of.head.lemma_.lower() in PERSON_NOUNS:
        return None
    name = doc[start]
    while name.dep_ == "compound" and name.head.i > name.i:
        name = name.head
    if not doc[i].is_ancestor(name) and not name.is_ancestor(doc[i]):
        return None                           # the noun is not the name's: "the wedding bands Ozzy gave her"
    return doc[i].text


def non_person_context(doc, start: int, end: int) -> bool:
    return context_noun(doc, start) is not None


def spelled_out(doc) -> set[str]:
    """One-word names a bracket after them spells out, acronyms: "Kris (Criminals’ Return Into Society)"."""
    found = set()
    for tok in doc[:-1]:
        if doc[tok.i + 1].text == "(" and tok.text[:1].isupper() and tok.is_alpha:
            close = next((t.i for t in doc[tok.i + 2: tok.i + 13] if t.text == ")"), None)
            initials = "".join(t.text[0] for t in doc[tok.i + 2: close or tok.i] if t.text[:1].isupper())
            # (one letter may differ where the acronym is of the words in another language: Swedish "KRIS")
            if close is not None and len(initials) == len(tok.text) >= 2 \
                    and sum(a != b for a, b in zip(initials.lower(), tok.lower_)) <= (len(initials) >= 4):
                found.add(tok.text)
    return found


def member_of_group(doc, start: int, name: str) -> bool:
    """'One of the research team, Ross Anderson': a person named beside a group, not a group's name
    (but "gangs like Mara Salvatrucha" is an example of the group, whatever the given name)."""
    between = {t.lower_ for t in doc[max(0, start - 4):start]}
    return starts_with_given_name(name) and not between & {"like", "such", "including", "as"}


NUMBER_WORDS = frozenset("""one two three four five six seven eight nine ten eleven twelve thirteen fourteen
fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety""".split())


def is_age(tok) -> bool:
    return (tok.text.isdigit() and 0 < int(tok.text) < 120) or tok.lower_ in NUMBER_WORDS


def aged(doc, end: int) -> bool:
    """A name followed by an age between commas: "Rodri, 37, London", "Alamin, ten, who ..."."""
    return end + 2 < len(doc) and doc[end].text == "," and is_age(doc[end + 1]) and doc[end + 2].text in (",", ")", ":")


def verb_number(span) -> str | None:
    """'plural' or 'singular' for a name that alone is the subject of a verb that shows its number
    ("Chelsea have not played", "Spurs are"; "Mourinho has said"), else None."""
    root, doc = span.root, span.doc
    if root.dep_ != "nsubj" or any(c.dep_ in ("conj", "cc") for c in root.children):
        return None
    # (the verb right after the name, an adverb apart: the parser's subjects further off are often wrong)
    near = {span.end, span.end + 1} if span.end < len(doc) and doc[span.end].pos_ != "ADV" else {span.end + 1}
    forms = [t for t in (root.head, *(c for c in root.head.children if c.dep_ in ("aux", "auxpass"))) if t.i in near]
    if any(t.tag_ == "VBZ" or t.lower_ == "was" for t in forms):
        return "singular"
    if any(t.tag_ == "VBP" or t.lower_ == "were" for t in forms):
        return "plural"
    return None


def person_evidence(doc, start: int, end: int, given_name_counts: bool = True) -> bool:
    """Signs that a name is a person's: a common given name (unless the caller says it does not
    count: "Nova Scotia", "India Gate" are places), a person noun or an age beside it ("Maycon
    Batista, a financial analyst", "Amjid Gulzar, 26,", "Brazil's latest funk star, Anitta,"), a
    relative clause with who, or a he/she that takes it up as the next subject ("... admits Nils
    Eggerud. Like many others, he felt"; an object is not taken up: "the
    employee who wrote to Unite said that, when she ...")."""
    span = doc[start:end]
    root = span.root
    if given_name_counts and starts_with_given_name(span.text):
        return True
    if any(t.dep_ == "appos" and (t.lemma_.lower() in PERSON_NOUNS | ROLE_NOUNS or is_age(t)) for t in root.children):
        return True
    if root.dep_ == "appos" and root.head.lemma_.lower() in PERSON_NOUNS | ROLE_NOUNS:
        return True                                  # "said Lemnos Mayor, Dimitris Marinakis"
    if root.dep_ == "appos" and root.head.dep_ == "pobj" and root.head.head.lower_ == "of" \
            and root.head.head.head.lemma_.lower() in PERSON_NOUNS | ROLE_NOUNS and any_given_name(span[0].text):
        return True                                  # "the former head of the World Trade Organisation, Pascal Lamy"
    if aged(doc, end):
        return True
    if end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "from" \
            and doc[end + 2].ent_type_ in ("GPE", "LOC"):
        return True                                  # "Julia Rochester, from London, ..."
    if any(c.dep_ == "relcl" and any(w.lower_ in ("who", "whom", "whose") and w.i < c.i for w in c.children)
           for c in root.children):
        return True                                  # "Jean Cunion, who credits the group"
    if root.dep_ == "nsubj" and root.head.lemma_ in SPEECH_VERBS and _speaks_in_first_person(doc, root.head):
        return True                                  # '“… I don't think …,” said Chapron'

    # a full name: the next sentence too ("... admits Nils Eggerud. Like many others, he felt")
    if clause_head(root).dep_ in ("pobj", "dobj", "dative", "attr"):
        return False
    pronoun = next_subject_pronoun(doc, start, end, next_sentence=len(span.text.split()) > 1)
    return pronoun in ("he", "she")


LOCATIVE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "inside", "around", "across", "throughout"})


def first_conjunct(tok):
    """The first item of the list a token is in ("Hydra" in "Nix, Hydra, Styx and Kerberos" -> "Nix")."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def conjuncts(tok) -> list:
    """Every item of the list a token is in, itself included."""
    items, todo = [], [first_conjunct(tok)]
    while todo:
        item = todo.pop()
        items.append(item)
        todo += [c for c in item.children if c.dep_ == "conj"]
    return items


def introduced_list(tok) -> bool:
    """A list that a plural noun other than a person noun introduces with a colon or a dash:
    "four other moons: Nix, Hydra, Styx and Kerberos", "three malts – Maris Otter, Amber and ..."."""
    doc = tok.doc
    first = first_conjunct(tok)
    i = first.left_edge.i
    if first.i == tok.i and not any(c.dep_ == "conj" for c in tok.children):
        return False                                 # a single name after a colon is no list
    return i >= 2 and doc[i - 1].text in (":", "–", "—") and doc[i - 2].tag_ == "NNS" \
        and doc[i - 2].lemma_.lower() not in PERSON_NOUNS | ROLE_NOUNS


def beside_person_noun(span) -> bool:
    """A name set in apposition to a person noun, alone or in a list ("his daughters, Malia and Sasha")."""
    def person_noun(tok) -> bool:
        return tok.pos_ == "NOUN" and tok.lemma_.lower() in PERSON_NOUNS
    first = first_conjunct(span.root)
    # (the parser may make the noun the list's first item: "daughters" + "Malia" + "Sasha")
    return (first.dep_ == "appos" and person_noun(first.head)) or (first.i != span.root.i and person_noun(first))


def person_noun_before_or_beside(span) -> bool:
    """A person noun written right before the name ("illustrator Johnnie Christmas"), or set in
    apposition to it ("the claimants’ lawyer, Martyn Day"; "Valeska Paris, an Australian woman"), or
    what the name is said to be ("Aner Shalev is a mathematician"), or a title it stands beside ("Vice
    President, Frans Timmermans")."""
    doc, root = span.doc, span.root
    before = doc[span.start - 1] if span.start else None
    if before is not None and (person_noun_word(before) or before.tag_ == "JJ" and before.text.islower()
                               and before.lower_ in PERSON_NOUNS - ADJECTIVE_PERSON_NOUNS):
        return True                                  # (also "According to ecologist Chip Taylor", the noun tagged JJ)
    if root.dep_ == "appos" and (person_noun_word(root.head) or is_title(root.head.text)) and root.head.i < span.start:
        return True                                  # "European Commission Vice President, Frans Timmermans"
    if root.dep_ == "nsubj" and root.head.lemma_ == "be" \
            and any(c.dep_ == "attr" and person_noun_word(c) for c in root.head.children):
        return True                                  # "Aner Shalev is an Israeli mathematician"
    return any(c.dep_ == "appos" and person_noun_word(c) and c.i > root.i for c in root.children)


# person nouns that are as often adjectives ("chief executive", "official figures"): no person noun when tagged JJ
ADJECTIVE_PERSON_NOUNS = frozenset("chief official principal executive general expert".split())


def person_noun_word(tok) -> bool:
    """A lowercase person noun, even where the tagger took it for a verb ("and athletes Vitas
    Gerulaitis")."""
    return tok.pos_ in ("NOUN", "VERB") and tok.text[:1].islower() and tok.tag_ in ("NN", "NNS", "VBZ") \
        and (tok.lemma_.lower() in PERSON_NOUNS | ROLE_NOUNS
             or tok.lower_.endswith("s") and tok.lower_[:-1] in PERSON_NOUNS | ROLE_NOUNS)


def thing_relation(span) -> bool:
    """A name set in apposition to a thing or an organisation ("its moon, Charon"; "a young adult
    hit, Girl Online"; "Lily, the border terrier"; "Sonjag, another Dhaka NGO"), hanging off a thing
    by "of" ("the final series of Downton Abbey"), in a list that does either ("his novels
    number9dream and Cloud Atlas"), in a list a thing introduces ("four other moons: Nix, Hydra"),
    or listed with places."""
    root = span.root
    def thing(tok) -> bool:
        return tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in THING_NOUNS | ORG_HEADS \
            and tok.text[:1].islower() or tok.text in ("NGO", "NGOs")
    first = first_conjunct(root)
    def of_a_person(tok) -> bool:
        """'the leader of Russia’s Liberal Democrat party', 'a spokeswoman for Trump hotels': the thing belongs
        to a person noun."""
        return tok.dep_ == "pobj" and tok.head.lower_ in ("of", "for") \
            and tok.head.head.lemma_.lower() in PERSON_NOUNS | ROLE_NOUNS
    # (nor a noun the parser hung it off across a quote mark: '“Our team” study co-author Tak-Sing Wong said')
    quoted_apart = any(t.text in DOUBLE_MARKS for t in span.doc[min(first.head.i, first.i): max(first.head.i, first.i)])
    if first.dep_ == "appos" and thing(first.head) and not of_a_person(first.head) and not quoted_apart:
        return True     # (not "the leader of Russia’s Liberal Democrat party, Vladimir Zhirinovsky")
    if any(c.dep_ == "appos" and thing(c) for c in root.children) and not (len(span) > 1 and (
            any(c.dep_ == "appos" and c.lemma_.lower() in PERSON_NOUNS for c in root.children)
            or (root.dep_ == "nsubj" and root.head.lemma_ in SPEECH_VERBS))):
        return True     # (not "says Krister Lindstedt of White, the architects firm": the firm is White)
    if first.dep_ == "pobj" and first.head.lower_ == "of" and thing(first.head.head):
        return True
    if introduced_list(root):
        return True
    if root.dep_ == "conj" and not starts_with_given_name(span.text) \
            and sum(t.ent_type_ in ("GPE", "LOC", "FAC") for t in conjuncts(root) if t.i != root.i) >= 2:
        return True                          # "Vienna, Prague, Khao Lak"; "in Paris, São Paolo and Shanghai"
    if root.dep_ == "appos" and root.head.ent_type_ == "FAC" and root.head.text in PLACE_LAST_WORDS:
        return True                          # "on Glover Drive, Upper Edmonton"
    if root.dep_ == "pobj" and root.head.lower_ in ("from", "in", "at", "near") \
            and any(c.dep_ == "appos" and c.ent_type_ in ("GPE", "LOC") for c in root.children):
        return True                          # "from Cole Harbour, Nova Scotia" (not "Mark Tedeschi, QC")
    return False


# Lowercase nouns that make the capitalised word before them a place's name ("the Beskidy mountains").
GEOGRAPHIC_NOUNS = frozenset("""
mountains mountain hills river valley lake island islands peninsula desert glacier coast region province
county district
""".split())


def organisation_relation(span, person_texts: set[str]) -> bool:
    """A name the sentence shows to be an organisation: listed with two or more organisations
    ("Wagamama, Pizza Hut and TGI Friday"), set in brackets after an organisation ("the Moroccan
    solar energy agency (Masen)"), or where someone works ("campaigns officer at Unite")."""
    doc, root = span.doc, span.root
    others = [t for t in conjuncts(root) if t.i != root.i]
    if sum(t.ent_type_ == "ORG" and t.ent_iob_ != "O" and clean_name(_ent_text(t)) not in person_texts
           for t in others) >= 2 and not any(t.ent_type_ == "PERSON" for t in others):
        return True
    if span.start >= 2 and span.end < len(doc) and doc[span.start - 1].text == "(" and doc[span.end].text == ")" \
            and (doc[span.start - 2].ent_type_ == "ORG" or doc[span.start - 2].lemma_.lower() in ORG_HEADS):
        return True
    prep = root.head
    return root.dep_ == "pobj" and prep.head.pos_ == "NOUN" and (
        prep.lower_ == "at" and prep.head.lemma_.lower() in PERSON_NOUNS | ROLE_NOUNS
        or prep.lower_ == "of" and prep.head.lemma_.lower() in ORG_POSTS)    # "director general of Elspa"


def _ent_text(tok) -> str:
    """The text of the entity a token is in."""
    for ent in doc_ents(tok.doc):
        if ent.start <= tok.i < ent.end:
            return ent.text
    return tok.text


def names_a_thing(span) -> bool:
    """'Closer magazine': a name modifying a thing noun."""
    root = span.root
    return root.dep_ in ("amod", "compound", "nmod") and root.head.pos_ == "NOUN" \
        and root.head.lemma_.lower() in MEDIA_NOUNS and root.head.i == span.end


def _speaks_in_first_person(doc, verb) -> bool:
    """The quote next to a speech verb says "I" or "my": a person speaks, not an organisation."""
    for step in (-1, 1):
        i = verb.i + step
        while 0 <= i < len(doc) and abs(i - verb.i) <= 4 and doc[i].text not in "“”\"":
            i += step
        if not (0 <= i < len(doc)) or doc[i].text not in "“”\"":
            continue
        j = i + step
        while 0 <= j < len(doc) and abs(j - i) <= 120 and doc[j].text not in "“”\"":
            if doc[j].text in ("I", "my", "My", "me"):
                return True
            j += step
    return False


def affiliation(span) -> bool:
    """'Cheng Chung-tai of Civic Passion': a name hanging off another person's name by of/from
    is what that person belongs to, not a second person."""
    root = span.root
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ in ("of", "from") and prep.head.ent_type_ == "PERSON" \
        and prep.head.pos_ == "PROPN" and prep.i == prep.head.i + 1 and span.start in (prep.i + 1, prep.i + 2)


def appositive_role(doc, start: int, end: int) -> str | None:
    """A role written beside the name, as written: "John Kirby, a spokesman for the National
    Security Council" -> "spokesman", "Sylvio Ferreira, a psychology lecturer" -> "psychology lecturer"."""
    head = doc[end - 1]
    nouns = [t for t in head.children if t.dep_ == "appos" and t.pos_ == "NOUN" and t.i > head.i]
    if head.dep_ == "appos" and head.head.pos_ == "NOUN" and head.head.i < start:
        nouns.append(head.head)              # "the US special representative, Richard Holbrooke"
    elif head.dep_ == "appos" and head.head.pos_ == "PROPN" and head.head.i < start and is_title(head.head.text) \
            and head.head.lemma_.lower() in ROLE_NOUNS:
        # "The Secretary of State for Culture, Media and Sport, Tessa Jowell,": the title as written
        words = [t for t in doc[head.head.left_edge.i: start] if t.dep_ != "det"]
        while words and words[-1].is_punct:
            words.pop()
        return "".join(t.text_with_ws for t in words).strip() or None
    for noun in nouns:
        if noun.lemma_.lower() not in PERSON_NOUNS | ROLE_NOUNS:
            continue
        words = [t for t in doc[noun.left_edge.i: noun.i + 1]
                 if t.dep_ in ("compound", "amod") and t.head.i == noun.i and t.pos_ in ("NOUN", "ADJ", "PROPN")
                 and t.ent_type_ not in ("PERSON", "DATE", "CARDINAL")]
        return " ".join(t.text for t in words + [noun])
    return None


def name_head(tok):
    """The last word of the name a word is part of (up from compound and flat links only)."""
    while tok.dep_ in ("compound", "flat") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def clause_head(tok):
    """The token that stands for a name in its clause: up from compound, flat and appositive links
    ("the Republican senator Mike Lee had ..." -> "senator", the subject)."""
    while tok.head.i != tok.i and tok.dep_ in ("compound", "flat", "appos"):
        tok = tok.head
    return tok


def next_subject_pronoun(doc, start: int, end: int, next_sentence: bool = True) -> str | None:
    """The pronoun subject that follows a name in its sentence (or the next), outside quotes, if no
    other name that could be a person comes first (so it can only take up this one):
    'Zelenskyy spoke to CNN’s “State of the Union”. “We will not give up,” he said.' -> 'he'."""
    sent = doc[start].sent
    stop = doc[sent.end].sent.end if next_sentence and sent.end < len(doc) else sent.end
    quoted = False
    for tok in doc[end:stop]:
        if tok.text in "“”\"":
            quoted = tok.text == "“" or (tok.text == '"' and not quoted)
            continue
        if quoted:
            continue                        # inside a quote, pronouns are the speaker's own
        if tok.ent_type_ == "PERSON" or (tok.pos_ == "PROPN" and tok.text[:1].isupper() and not tok.ent_type_):
            return None
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ == "PRON":
            return tok.lower_
    return None


def transcript_labels(doc) -> list[tuple[int, int]]:
    """Interview turns: a name that opens two or more paragraphs before a colon ("Aner Shalev: I
    called it ..."). Returns the token range of each such label."""
    labels: dict[str, list[tuple[int, int]]] = {}
    for i in paragraph_starts(doc):
        end = i
        while end < len(doc) and end - i < 4 and doc[end].text[:1].isupper() \
                and doc[end].text.rstrip(".").replace("-", "").replace("'", "").isalpha():
            end += 1
        if i < end < len(doc) and doc[end].text == ":" and not _title_case(doc[end + 1: end + 9]):
            labels.setdefault(doc[i:end].text, []).append((i, end))
        # Wikinews marks its interview turns "((Rich Bowen))" and "((WN))"
        if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 1].text == "(":
            close = next((k for k in range(i + 2, min(i + 8, len(doc) - 1)) if doc[k].text == ")"), None)
            if close is not None and close > i + 2 and doc[close + 1].text == ")":
                labels.setdefault(doc[i + 2:close].text, []).append((i + 2, close))
    return [span for spans in labels.values() if len(spans) >= 2 for span in spans]


def _title_case(tokens) -> bool:
    """Words set in title case, as in a headline ("Bernie Sanders: I’m Not Much Of A Socialist"), not a turn."""
    words = [t for t in tokens if t.is_alpha and not t.is_space]
    return len(words) >= 3 and sum(t.text[:1].isupper() for t in words) >= 0.7 * len(words)


def listed_with_people(span) -> bool:
    """A name in a list with a full name the tagger calls a person's, starting with a first name
    ("musicians as diverse as Bono, Amadou Bagayoko and Elton John"; "behind Eminem, Justin Timberlake,
    Bruno Mars"; not "Led Zeppelin and Metallica")."""
    root = span.root
    if span.start and span.doc[span.start - 1].lower_ == "the":
        return False                                 # "Paying the Cost to Be the Boss"
    others = [t for t in conjuncts(root) if t.i != root.i and not span.start <= t.i < span.end]
    if any(t.text in EPONYMOUS_BRANDS or t.i > 0 and f"{t.nbor(-1).text} {t.text}" in EPONYMOUS_BRANDS
           for t in others):
        return False                                 # "brands ... include Boss, Prada and Ralph Lauren"
    return any(t.ent_type_ == "PERSON" and t.i > 0 and t.nbor(-1).ent_type_ == "PERSON"
               and any_given_name(t.nbor(-1).text) for t in others)


def played_part(span) -> bool:
    """A name that is the part someone plays in a film, show or book ("agreed to play Rose-Lynn
    Harlan", "playing the chaos theorist Ian Malcolm", "portrays Ian Malcolm"), not a rival played in a
    match ("Nadal will play Federer"): the verb is "portray", or "play" with a role noun before the
    name or a word of films or stage in the sentence; or "as" after an actor's name ("Scott Bakula as
    Captain Archer") in a sentence about films or the stage."""
    root = span.root
    verb = root.head
    if root.dep_ == "pobj" and verb.lower_ == "as" and (verb.head.ent_type_ == "PERSON" or verb.head.lemma_ in
                                                         ("star", "cast", "appear", "return")):
        # "starring former Quantum Leap actor Scott Bakula as Captain Archer"
        return any(t.lemma_.lower() in STAGE_WORDS for t in root.sent)
    if root.dep_ != "dobj" and not (root.dep_ == "appos" and root.head.dep_ == "dobj"):
        return False
    if root.dep_ == "appos":
        verb = root.head.head
    if verb.lemma_ == "portray":
        return True
    if verb.lemma_ != "play" or not verb.text.islower():
        return False
    described = any(c.dep_ in ("compound", "amod") and c.i < root.i and c.text.islower() for c in root.children) \
        or root.dep_ == "appos"
    return described or any(t.lemma_.lower() in STAGE_WORDS and t.i != verb.i for t in root.sent)


def listed_after_person_noun(doc, i: int) -> bool:
    """A word in a list of names that a plural person noun introduces and that holds a name the
    tagger calls a person's ("singers Madonna, Sir Elton John, Nelly and Usher"), read from the
    words, as the parser hangs such lists together loosely."""
    items: list[tuple[int, int]] = []
    j = i - 1
    while j > 0 and doc[j].text in (",", "and") and doc[j - 1].pos_ == "PROPN":
        start = j - 1
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper():
            start -= 1
        items.append((start, j))
        j = start - 1
    if not items or j < 0:
        return False
    intro = doc[j]
    return intro.tag_ == "NNS" and person_noun_word(intro) \
        and any(doc[t].ent_type_ == "PERSON" for s_, e_ in items for t in range(s_, e_))


def after_indefinite_article(doc, start: int, end: int) -> bool:
    """A name used as a common noun: after "a" or "an" and any adjectives ("a self-described Libertarian
    Socialist"), and not modifying the noun after it ("a Britney Spears song", "an Edward Steichen and
    Andy Warhol exhibit", where the name is still a name)."""
    k = start - 1
    while k > 0 and start - k < 5 and (doc[k].pos_ == "ADJ" or doc[k].tag_ == "VBN" or doc[k].text in ("-", "self")):
        k -= 1
    if k < 0 or doc[k].lower_ not in ("a", "an"):
        return False
    after = end
    while after < len(doc) and (doc[after].ent_type_ == "PERSON" or doc[after].text in ("and", ",", "&")):
        after += 1
    # (a verb tagged VBP cannot follow "a <name>": it is a noun the tagger misread, as in "exhibit")
    return after >= len(doc) or not (doc[after].text.islower()
                                     and (doc[after].pos_ == "NOUN" or doc[after].tag_ == "VBP"))


def inverted_names(doc) -> list[tuple[int, int, str]]:
    """Names written surname first in a reading list ("Austen, Jane. Pride and Prejudice"; "Marx, Karl
    and Engels, Friedrich. The Communist Manifesto"), at the start of a paragraph: (start, end, "Jane
    Austen") for each."""
    found = []
    for i in paragraph_starts(doc):
        k = i
        while k + 2 < len(doc) and doc[k].text.istitle() and doc[k].is_alpha and doc[k + 1].text == "," \
                and any_given_name(doc[k + 2].text):
            end = k + 3
            if end < len(doc) and doc[end].text.istitle() and doc[end].is_alpha:
                end += 1                              # "Macaulay, Thomas Babington"
            if end >= len(doc) or doc[end].text not in (".", "and"):
                break
            given = " ".join(t.text for t in doc[k + 2:end])
            found.append((k, end, f"{given} {doc[k].text}"))
            if doc[end].text != "and":
                break
            k = end + 1                               # "Marx, Karl and Engels, Friedrich"
    return found


def counted_firms(doc) -> set[str]:
    """Names whose shares, profits or shareholders the story counts: companies ("Ericsson shares dropped",
    "Wimpey's profit figures", "shares in Bombardier", "shareholders of Deutsche Boerse"). Worked out once
    per Doc (people and organisations both ask)."""
    if "counted_firms" in doc.user_data:
        return doc.user_data["counted_firms"]
    names = set()
    for tok in doc:
        if tok.pos_ != "PROPN" or not tok.text[:1].isupper():
            continue
        head = tok.head
        counted = (tok.dep_ == "compound" and head.lower_ in COMPANY_FIGURES) \
            or (tok.dep_ == "poss" and head.lower_ in _STAKES | {"profit", "profits", "revenue", "revenues"}) \
            or (tok.dep_ in ("compound", "poss") and head.lower_ in ("price", "figures")
                and any(c.lower_ in ("share", "profit") for c in head.children)) \
            or (tok.dep_ == "pobj" and head.lower_ in ("in", "of") and head.head.lower_ in _STAKES)
        if counted:
            first = tok.i
            while first > 0 and doc[first - 1].dep_ == "compound" and doc[first - 1].head.i == tok.i \
                    and doc[first - 1].pos_ == "PROPN":
                first -= 1
            # (a name joined at its "&" runs on: "shares in Marks & Spencer", not "Marks")
            joined = [c for c in tok.children if c.dep_ == "conj" and c.pos_ == "PROPN"
                      and any(cc.text == "&" for cc in tok.children if cc.dep_ == "cc")]
            names.add(doc[first: joined[0].i + 1 if joined else tok.i + 1].text)
    doc.user_data["counted_firms"] = names
    return names


_STAKES = frozenset({"shares", "stake", "stakes", "shareholders", "shareholder", "stock"})
