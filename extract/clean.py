"""Repair the saved page's text: mojibake, site navigation, lines broken at links."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache

import ftfy

from extract import shipped
from extract.hpo import phenotype_names
from extract.html import looks_like_html, parse_html
from extract.matchkey import match_key
from extract.model import Page, concept_key
from extract.phrases import is_body_part
from ontology import load_lexicon

# A UTF-8 apostrophe whose last two bytes were lost on the way ("youâve").
_CUT_APOSTROPHE = re.compile(r"(?<=[A-Za-z])â(?=(?:ve|s|t|re|ll|d|m)\b)")
# Two lines run together where the page had a block break ("attackA severe asthma").
# Also after a full stop with no space ("for a few days.A prescription medicine").
_RUN_ON = re.compile(
    r"(?:(?<=[a-z)\]])|(?<=[a-z]{2}\.))(?=(?:A|An|The|If|Your|You|This|These|It|Go|There|When)\s[a-z])|"
    r"(?<=\))(?=\"[A-Z])"  # '... (in some people)"Water pills" (diuretics)': an item after a parenthesis
)
#: A heading in capitals run into a quoted item after it ('MEDICINES FROM YOUR DOCTOR"Water
#: pills"'): the page's sub-heading, on its own line.
_HEADING_RUN_IN = re.compile(r"(?<=[A-Z]{4})(?=[\"“][A-Z][a-z])")
#: "Hepatitis CLichen planus", "Vitamin DParathyroid hormone": a name ending in its letter run into
#: the next line.
_LETTER_RUN_IN = re.compile(r"(?<=\s[A-Z])(?=[A-Z][a-z]{3,}\b)")
#: 'such as "s" or "th"More difficulty ...', 'Knee swelling"Sloppy" kneecap': a quote between two
#: items run together, closing the first or opening the second.
_QUOTE_RUN_IN = re.compile(r"(?<=[a-z])[\"\u201c\u201d](?=[A-Z][a-z]{2,}\b)")
#: "Increased potassiumLow cortisol level": a lower-case word run into the next item ("MedlinePlus" is a name).
_RUN_IN = re.compile(r"\b([a-z]{4,})(?=[A-Z][a-z]{2,}\b)")
#: What each of the three run-ins above needs, in one search: most lines have none.
_MAY_RUN_IN = re.compile(r"[a-z][A-Z]|[A-Z][\"“][A-Z]|\s[A-Z][A-Z][a-z]")
# Two blocks run together with a space: a short item, then a sentence ("Itches Other symptoms
# may include:", "Too much sunlight (sunburn) Psoriasis may be worse in people who ..."). The
# sentence opens with a capitalised word and a lower-case one and has a verb within a few words.
#: Adverbs that open a sentence with a comma ("Often, symptoms are mild"), so start one.
_OPENING_ADVERB = (
    r"(?:[A-Z][a-z]+ly|Often|Sometimes|However|Also|Later|Eventually|Then|Rarely|Occasionally|In (?:most|some) cases)"
)
_SENTENCE_START = re.compile(rf"\s(?=(?:A|[A-Z][a-z]+)\s(?:[a-z(]|[A-Z]{{2,}}\b)|{_OPENING_ADVERB},\s)")
_FINITE = re.compile(
    r"^(?:\S+\s){0,7}?(?:is|are|was|were|may|can|will|should|must|could|might|has|have|include|includes|"
    r"occurs?|happens?|causes?|affects?|helps?|does|do|need|needs|raises?|increases?|puts?|lowers?|triggers?|"
    r"creates?|leads?|makes|means|reduces|prevents|damages|blocks|allows|becomes|starts|begins|develops|forms)\b"
)
#: The same verb further on, for a sentence that opened with an adverb ("Rarely, ...").
_FINITE_LATE = re.compile(_FINITE.pattern.replace("{0,7}", "{0,12}"))
#: "Physical therapy, occupational therapy, and speech therapy will all begin": a listed subject.
_LISTED_SUBJECT = re.compile(
    r"^(?:[\w-]+(?:\s[\w-]+){0,2},\s){2,}(?:and|or)\s(?:[\w-]+\s){1,3}(?:will|may|can|are|is)\b"
)
# "Collins syndrome is ...", "Crohn disease may ...": an eponym, which a line may break before.
_EPONYM = re.compile(r"^[A-Z][a-z]+\s(?:disease|syndrome|phenomenon|cells?|disorder|palsy|sarcoma|lymphoma|tumors?)\b")
#: Words a name does not end with, though a line broken before a proper noun may.
_NOT_LAST = frozenset("if both von van de la le st when while although unlike west east north south new".split())
_VERBISH = re.compile(
    r"\b(?:is|are|was|were|may|can|will|should|must|could|would|has|have|do|does|include|includes)\b", re.I
)
# A subheading in capitals run into a line ("Ustekinumab (Stelara) PHOTOTHERAPY", "SYSTEMIC
# (BODY-WIDE) TREATMENTSIf you have ..."): a run of capitals with a word of six letters or two
# words, at the start or end of the line or before a sentence that follows it unspaced.
_CAPITALS = re.compile(
    r"(?:^|(?<=[a-z0-9.)\]] ))(?P<caps>[A-Z][A-Z\-]*(?:[ ,]+\(?[A-Z][A-Z\-]*\)?)*[A-Z)])(?=$|[A-Z][a-z]|\s[A-Z][a-z])"
)
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u3000]+")
# Control characters (and the non-characters XML forbids) carry no text and cannot be written
# in every RDF format; they are dropped.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")


def repair_text(text: str) -> str:
    """Fix mojibake and odd white space, keeping one block per line.

    >>> repair_text("youâve  got Â\\u00a0it")
    'you’ve got it'
    """
    lines = (_repair_line(line) for line in text.splitlines())
    return "\n".join(line.replace("Â ", "").removeprefix("Â") for line in lines)


def _repair_line(line: str) -> str:
    """ftfy only where there is something to fix: most lines are plain ASCII."""
    if not line.isascii():
        line = _CUT_APOSTROPHE.sub("\u2019", ftfy.fix_text(line, normalization="NFC"))
    return _SPACES.sub(" ", _CONTROLS.sub("", line)).strip()


@cache
def heading_kinds() -> dict[str, str]:
    """Normalised heading -> section kind, from the lexicon."""
    sections: dict[str, list[str]] = load_lexicon()["sections"]
    return {normalize_heading(h): kind for kind, headings in sections.items() for h in headings}


_WORD = re.compile(r"[a-z0-9]+")


@lru_cache(maxsize=1 << 15)
def normalize_heading(line: str) -> str:
    """Compare headings without case, punctuation or spacing."""
    return " ".join(_WORD.findall(line.lower()))


def is_heading(line: str) -> bool:
    """Whether a line is a section heading the lexicon knows, or the review date."""
    page = load_lexicon()["page"]
    return normalize_heading(line) in heading_kinds() or line.startswith(page["review_prefix"])


def parse_page(text: str) -> Page:
    """Turn a saved page (its text, or its HTML) into the article's title, URL and lines."""
    if looks_like_html(text):
        return _parse_html_page(text)
    page = load_lexicon()["page"]
    lines = [line for line in repair_text(text).split("\n") if line]
    if not lines:
        return Page(title="", url="", lines=())
    title = lines[0].removesuffix(page["title_suffix"]).strip()
    url, body = _drop_banner(lines, title, page["url_line"])
    kept = without_chrome(body)
    return Page(title=title, url=url, lines=(title, *rejoin_lines(split_glued_headings(kept))))


def split_glued_headings(lines: list[str]) -> list[str]:
    """Put on its own line a section heading the dump ran onto the end of the line before it
    ("... In severe cases, a transplant might be needed. Outlook (Prognosis)", "Urine pHTreatment"),
    when the page has no line of that heading.

    >>> split_glued_headings(["Urine pHTreatment", "Rest is advised."])
    ['Urine pH', 'Treatment', 'Rest is advised.']
    """
    present = set(lines)  # the page's own headings are written as the lexicon writes them
    missing = [h for h in _main_headings() if h not in present]
    if not missing:
        return lines
    out: list[str] = []
    for line in lines:
        heading = next((h for h in missing if line.endswith(h) and len(line) > len(h)), None)
        if heading is None or not line[: -len(heading)].strip():
            out.append(line)
            continue
        out += [line[: -len(heading)].rstrip(), heading]
        missing.remove(heading)
    return out


@cache
def _main_headings() -> tuple[str, ...]:
    """The heading each kind of section has on nearly every page ("Outlook (Prognosis)")."""
    sections: dict[str, list[str]] = load_lexicon()["sections"]
    return tuple(headings[0] for kind, headings in sections.items() if kind not in ("other", "quiz"))


def _parse_html_page(text: str) -> Page:
    """HTML keeps blocks apart already: no line needs rejoining, only mojibake and chrome go."""
    page = load_lexicon()["page"]
    html = parse_html(text)
    lines = [line for line in (repair_text(line) for line in html.lines) if line]
    if not lines:
        return Page(title="", url="", lines=())
    title = (repair_text(html.title) or lines[0]).removesuffix(page["title_suffix"]).strip()
    url, body = _drop_banner(lines, title, page["url_line"])
    return Page(title=title, url=url or html.url, lines=(title, *without_chrome(body)))


def without_chrome(lines: list[str]) -> list[str]:
    """The page's lines without the site's own (sharing, citing, "→"), and without a video's
    title after the line that links to it: "Watch this video about:" / "Cerebral aneurysm" names
    the video, not something the article says.

    >>> without_chrome(["Risk factors include:", "Watch this video about:", "Heartbeat", "Smoking"])
    ['Risk factors include:', 'Smoking']
    >>> without_chrome(["It can clog arteries. Watch this video about:", "Stroke", "Symptoms"])
    ['It can clog arteries.', 'Symptoms']
    """
    page = load_lexicon()["page"]
    boilerplate = {normalize_heading(b) for b in page["boilerplate"]}
    captions = tuple(page["caption_leadins"])
    kept: list[str] = []
    caption = False
    for line in lines:
        if caption and not is_heading(line):
            caption = False
            continue
        caption = line.endswith(captions)  # on its own line, or run in after a paragraph
        if caption:
            line = line[: line.rindex(next(c for c in captions if line.endswith(c)))].rstrip()
        if line and normalize_heading(line) not in boilerplate and line != "→":
            kept.append(line)
    return kept


def _drop_banner(lines: list[str], title: str, url_line: str) -> tuple[str, list[str]]:
    """Cut the site banner: everything up to the page's URL line and its title line."""
    for i, line in enumerate(lines[:80]):
        if line.startswith(url_line):
            url = line.removeprefix(url_line).strip()
            rest = lines[i + 1 :]
            if rest and rest[0] == title:
                rest = rest[1:]
            return ("https:" + url if url.startswith("//") else url), rest
    return "", lines[1:]


def rejoin_lines(lines: Iterable[str]) -> Iterator[str]:
    """Join the pieces of a sentence or list item that a link broke onto several lines.

    >>> list(rejoin_lines(["Toxins", ", such as benzene", "Lumbar puncture (", "spinal tap", ") to check"]))
    ['Toxins, such as benzene', 'Lumbar puncture (spinal tap) to check']
    """
    open_tail = tuple(load_lexicon()["words"]["open_tail"])
    current = ""
    for line in lines:
        line = _split_quote_run_in(line)
        if _MAY_RUN_IN.search(line):
            line = _LETTER_RUN_IN.sub("\n", _HEADING_RUN_IN.sub("\n", _RUN_IN.sub("\\1\n", line)))
        runs = (run for part in line.split("\n") for run in _RUN_ON.split(part))
        pieces = (p for piece in runs for q in split_leadin(piece) for p in split_spaced_run_on(q))
        for part in pieces:
            if current and _SPLIT_CODE.search(current) and _CODE_END.match(part):
                current += part  # "Hemoglobin A1" + "C (A1" + "C) test": a code the dump split
                continue
            if current and _continues(current, part, open_tail):
                glue = "" if part[0] in ",.;:)" or current.endswith("(") else " "
                current = current + glue + part
                continue
            if current:
                yield current
            current = part
    if current:
        yield current


_MID_COLON = re.compile(r":\s+(?=[A-Z][a-z])")


def split_leadin(line: str) -> list[str]:
    """A lead-in and the first item that ran into it ("Stroke risk is also higher in: People who ...");
    a label before a colon ("Stage I: Cancer is in the inner layers") is not a lead-in.

    >>> split_leadin("There are two major types of stroke: Ischemic stroke")
    ['There are two major types of stroke:', 'Ischemic stroke']
    >>> split_leadin("Stage I: Cancer is in the inner layers of the colon")
    ['Stage I: Cancer is in the inner layers of the colon']
    """
    match = _MID_COLON.search(line)
    if not match:
        return [line]
    before, after = line[: match.start()], line[match.end() :]
    if len(before.split()) < 4 or not (_VERBISH.search(before) or re.search(r"\b(?:in|include|including)$", before)):
        return [line]
    return [before + ":", *split_leadin(after)]


def _split_quote_run_in(line: str) -> str:
    """A line break at each quote between run-together items: after a closing quote, before an opening one."""
    if '"' not in line and "\u201c" not in line and "\u201d" not in line:
        return line
    out, last = [], 0
    for match in _QUOTE_RUN_IN.finditer(line):
        closing = line.count('"', 0, match.end()) % 2 == 0 or match.group() == "\u201d"
        cut = match.end() if closing else match.start()
        out += [line[last:cut], "\n"]
        last = cut
    return "".join([*out, line[last:]])


def split_spaced_run_on(line: str) -> list[str]:
    """Split what ran into one line: a subheading in capitals, a short item and the sentence after it.

    >>> split_spaced_run_on("Itches Other symptoms may include:")
    ['Itches', 'Other symptoms may include:']
    >>> split_spaced_run_on("Ustekinumab (Stelara) PHOTOTHERAPY")
    ['Ustekinumab (Stelara)', 'PHOTOTHERAPY']
    >>> split_spaced_run_on("SYSTEMIC (BODY-WIDE) TREATMENTSIf you have psoriasis, see a provider.")
    ['SYSTEMIC (BODY-WIDE) TREATMENTS', 'If you have psoriasis, see a provider.']
    >>> split_spaced_run_on("Too much sunlight (sunburn) Psoriasis may be worse in people with HIV.")
    ['Too much sunlight (sunburn)', 'Psoriasis may be worse in people with HIV.']
    >>> split_spaced_run_on("Some children may need vitamin A supplements to grow.")
    ['Some children may need vitamin A supplements to grow.']
    >>> split_spaced_run_on("Scarring from surgery of the female organs The following also increase risk for it:")
    ['Scarring from surgery of the female organs', 'The following also increase risk for it:']
    >>> split_spaced_run_on("People with Crohn disease may have pain.")
    ['People with Crohn disease may have pain.']
    """
    for match in _CAPITALS.finditer(line):
        caps = match.group("caps")
        words = re.findall(r"[A-Z]+", caps)
        if max(map(len, words)) < 6 and sum(len(w) >= 3 for w in words) < 2:
            continue  # an acronym ("CBC", "HIV")
        before, after = line[: match.start()].strip(), line[match.end() :].strip()
        if before.rsplit(" ", 1)[-1].lower() in load_lexicon()["words"]["open_tail"]:
            continue
        if before or after:
            return [p for part in (before, caps, after) if part for p in split_spaced_run_on(part)]
    if is_heading(line):
        return [line]
    for match in _SENTENCE_START.finditer(line):
        item, rest = line[: match.start()].strip(), line[match.end() :]
        if (_is_run_on_item(item) or _ends_item(item, rest)) and _starts_sentence(rest):
            return [item, *split_spaced_run_on(rest)]
    return split_run_on_items(line)


#: Lower-case words that follow a capitalised name in one name ("Holter monitor", "Lyme disease").
_NAME_TAILS = frozenset(
    "disease syndrome palsy test monitor stain smear sign maneuver scale score procedure operation virus fever "
    "lymphoma sarcoma tumor disorder anemia phenomenon reflex criteria classification cell cells infection "
    "infections bacteria spots smear smears".split()
)
_DIRECTIONS = frozenset(
    "eastern western northern southern central north south east west northeastern northwestern southeastern "
    "southwestern recent".split()
)
_CAPITALISED = re.compile(r"(?<=[a-z0-9)]) (?=[A-Z][a-z]+\b)")
#: Words a title leaves in lower case ("Living with Asthma").
_TITLE_SMALL = frozenset("a an and the of in on for to with or at by from vs".split())


def _names_a_thing(word: str) -> bool:
    """A line's first word that is a name of its own ("Chemotherapy", "Osteoporosis"), so that a
    capitalised word after it starts the next item; "African" in "African American" is not."""
    kinds = load_lexicon()["kinds"]
    heads = ("test_heads", "therapy_heads", "procedure_heads", "drug_class_heads", "disease_heads")
    return (
        any(word.lower() in kinds[h] for h in heads)
        or concept_key(word) in phenotype_names()
        or bool(shipped.index("MONDO").get(match_key(word)))
    )


def split_run_on_items(line: str) -> list[str]:
    """List items the dump ran together with a space ("Chemotherapy Radiation therapy Immunotherapy"):
    a capitalised word inside a short unpunctuated line begins the next item, unless it continues a
    name ("24-hour Holter monitor", "Exposure to Agent Orange").

    >>> split_run_on_items("Kidney ultrasound Urine protein")
    ['Kidney ultrasound', 'Urine protein']
    >>> split_run_on_items("Abnormal heart rhythm Low blood glucose")
    ['Abnormal heart rhythm', 'Low blood glucose']
    >>> split_run_on_items("24-hour Holter monitor")
    ['24-hour Holter monitor']
    >>> split_run_on_items("Chemotherapy Radiation therapy Immunotherapy")
    ['Chemotherapy', 'Radiation therapy', 'Immunotherapy']
    >>> split_run_on_items("Osteoporosis Eye disease (double vision)")
    ['Osteoporosis', 'Eye disease (double vision)']
    >>> split_run_on_items("Crohn Disease Treatment Quiz"), split_run_on_items("Lyme disease")
    (['Crohn Disease Treatment Quiz'], ['Lyme disease'])
    """
    tokens = line.split()
    if line.endswith((".", ":", "?", "!", ",")) or len(tokens) > 16 or not line[:1].isupper():
        return [line]
    if all(t[:1].isupper() or t in _TITLE_SMALL for t in tokens):
        return [line]  # a title ("Crohn Disease Treatment Quiz"), every word but the small capitalised
    open_tail = load_lexicon()["words"]["open_tail"]
    for match in _CAPITALISED.finditer(line):
        before, after = line[: match.start()], line[match.end() :]
        words, last = [w.strip("(),;") for w in after.split()], before.rsplit(" ", 1)[-1]
        shortest = 4 if len(words) == 1 else 3  # "Symptoms of acquired Met"; "Osteoporosis Eye disease"
        if before.count("(") > before.count(")") or len(words[0]) < shortest or last.lower() in _NOT_LAST | {"mm"}:
            continue  # inside parentheses; "140/90 mm Hg"; "von Willebrand"
        if (
            last.lower() in open_tail
            or last.lower() in _DIRECTIONS
            or (last[:1].isupper() and not (before == last and _names_a_thing(last)))
            or (len(words) > 1 and words[1][:1].isupper())
        ):
            continue  # "Exposure to Agent Orange", "Native Americans", "African American men"
        if len(words) > 1 and words[1].lower() in _NAME_TAILS and not is_body_part(words[0]):
            continue  # "Lyme disease", but not "Eye disease"
        if len(words) == 1 and words[0].lower() in _NAME_TAILS:
            continue
        return [before, *split_run_on_items(after)]
    return [line]


def _ends_item(item: str, rest: str) -> bool:
    """A longer item with a clause of its own ("Strong need to urinate often, even right after the
    bladder has been emptied") before a lead-in that opens a new list ("If the infection spreads, ...:")."""
    open_tail = load_lexicon()["words"]["open_tail"]
    return (
        rest.endswith(":")
        and bool(re.match(r"(?:If|When|Other|Some|The|These|In|Your|You|Less|More|Symptoms|Signs|Tests)\b", rest))
        and len(item.split()) <= 20
        and item.rsplit(" ", 1)[-1].lower() not in open_tail
        and not item.endswith((".", ",", ";", ":"))
    )


def _starts_sentence(text: str) -> bool:
    """A sentence, or a short lead-in of its own ("Numbness, tingling, or pain:"), not an eponym."""
    # An opening adverb or clause ("Rarely, ...", "If it spreads to the kidneys, ...") is no subject.
    unbracketed = _PARENS.sub("", text)
    plain = _OPENING.sub("", unbracketed)
    if _EPONYM.match(text) or not text.endswith((".", ":", "?", "!")):
        return False
    # After an opening adverb, a longer subject still makes a sentence ("Rarely, a breathing tube
    # through the nose or mouth will be needed"): no name opens with "Rarely,".
    opened = plain != unbracketed
    finite = _FINITE.match(plain) or _LISTED_SUBJECT.match(plain) or (opened and _FINITE_LATE.match(plain))
    return bool(finite) or (text.endswith(":") and len(plain.split()) <= 6) or _is_imperative(plain)


#: An opening adverb or clause ("Rarely, ...", "If it spreads to the kidneys, ..."): no subject.
_OPENING = re.compile(rf"^(?:{_OPENING_ADVERB}|(?:If|When|Once|As|After|Before)\b[^,]{{0,60}}),\s+")


def _is_imperative(text: str) -> bool:
    """ "Talk to your provider if you have any of these symptoms.": advice, a sentence of its own."""
    words = text.split()
    return (
        len(words) >= 4
        and text.endswith(".")
        and words[0].lower() in _advising_verbs()
        and words[1].lower() in ("to", "your", "the", "a", "an", "with", "if", "for", "all", "any", "this", "these")
    )


@cache
def _advising_verbs() -> frozenset[str]:
    return frozenset([*load_lexicon()["words"]["imperative_verbs"], "talk", "call", "ask", "tell", "see", "contact"])


#: The dump broke lines wherever a digit ran into a capital, splitting codes such as "A1C".
_SPLIT_CODE = re.compile(r"(?:^|[\s(])[A-Z]{1,3}\d{1,2}$")
_CODE_END = re.compile(r"^[A-Z](?:$|[\s),.;:])")
_PARENS = re.compile(r"\s*\([^()]*\)")


def _is_run_on_item(text: str) -> bool:
    """A name, not the start of a sentence: short, no verb, not ending in a word that wants more;
    what it says in parentheses does not count ("History of prior stroke (occurs when ...)")."""
    plain = _PARENS.sub("", text)
    if plain != text:
        return bool(plain) and not text.endswith("(") and _is_run_on_item(plain)
    first, _, rest = text.partition(" ")
    if first.lower() in ("have", "had", "has", "were", "was", "are", "is") and rest:
        return _is_run_on_item(rest[:1].upper() + rest[1:])  # "Were born to an infected mother": no subject
    words = text.split()
    open_tail = load_lexicon()["words"]["open_tail"]
    listing = (" such as " in text or text.count(",") >= 2) and ". " not in text  # it lists its examples
    return (
        0 < len(words) <= (20 if listing else 12)
        and (text[0].isupper() or text[0].isdigit())
        and not text.endswith((".", ",", ";", ":", "!", "?", "-"))
        and not _VERBISH.search(text)
        and words[-1].lower() not in open_tail
        and words[-1].lower() not in _NOT_LAST
        and " ".join(words[-2:]).lower() not in open_tail
    )


def _continues(previous: str, line: str, open_tail: tuple[str, ...]) -> bool:
    """Whether ``line`` carries on ``previous`` rather than starting a new block."""
    if is_heading(previous) or is_heading(line):
        return False
    if line[0] in ",.;:()" or line[0].islower() or previous.endswith("("):
        return True
    if previous.count("(") > previous.count(")"):
        return True
    last_words = previous.lower().rsplit(" ", 2)
    return last_words[-1] in open_tail or " ".join(last_words[-2:]) in open_tail
