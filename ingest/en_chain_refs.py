"""Bodies a title chain points to by reference: "President of the university" (a lower-case
reference to a body named before), "Governor of Zhejiang" (a place's government or party
committee), "Chairman of the Nepal-China Friendship Society" (a capitalised name).

A mixin of en_chain.Chain, which holds the text, the bodies found and the article's places.
"""

from __future__ import annotations

import re
from functools import cache

from convene.ingest import en_gazetteer as gz
from convene.ingest.en_orgs import Ctx, OrgHit
from convene.ingest.en_titles_bare import PARTY_TITLES


@cache
def title_at() -> re.Pattern[str]:
    return re.compile(rf"(?i:(?:the\s+|an?\s+)?(?P<t>{gz.titles_re()})(?P<pl>men|women|s)?)\b")


@cache
def _of_place_re() -> re.Pattern[str]:
    return re.compile(
        rf"(?:the\s+)?(?P<p>Autonomous\s+Region|Province|City|(?=[A-Z])(?:{gz.place_names_re()}))\b"
    )


class ChainRefs:
    text: str
    ctx: Ctx
    orgs: list[OrgHit]

    def _lower_ref(self, pos: int) -> tuple[str, int] | None:
        """'President of the university', 'Director of the municipal tax service': the body of
        that type named last before (a lower-case reference to a body the article names)."""
        m = _LOWER_REF.match(self.text, pos)
        if not m:
            return None
        words = m.group(0).split()
        while words and words[-1] not in gz.lines_set("en_body_refs.txt"):
            words.pop()  # 'the committee and ...': the reference ends at its head noun
        if not words:
            return None
        end = pos + len(" ".join(words))
        for k in range(len(words), 0, -1):
            phrase = " ".join(words[-k:])
            prior = [
                h
                for h in self.orgs
                if h.end <= pos
                and not _IN_MEETING_NAME.search(self.text, max(0, h.start - 40), h.start)
                and re.search(rf"\b{re.escape(phrase)}\b", h.name.split(" of ")[0], re.I)
            ]
            if prior:
                return max(prior, key=lambda h: h.end).name, end
        return None

    def _of_place(self, title: str, pos: int, fallback: int) -> tuple[str | None, int]:
        minister = title.lower().endswith("minister")
        m = _of_place_re().match(self.text, pos)
        if m and _NAMED_AFTER_PLACE.match(self.text, m.end()):
            m = None  # 'Chairman of China Rare Earth Group': a body named after a place
        if not m:
            return self._named_body(pos, fallback, minister)
        raw = re.sub(r"\s+", " ", m.group("p"))
        level = {"Autonomous Region": "ar", "Province": "province", "City": "city"}.get(raw)
        if level:
            place = self.ctx.level(level)
        else:
            place = gz.place(raw, self.ctx.province.province if self.ctx.province else None)
        if place is None:
            return self._named_body(pos, fallback, minister)
        kind = "Party Committee" if title.lower() in PARTY_TITLES else "People's Government"
        return f"{place.adjective} {kind}", m.end()

    def _named_body(
        self, pos: int, fallback: int, minister: bool = False
    ) -> tuple[str | None, int]:
        """'Chairman of the Nepal-China Friendship Society': a capitalised name is the body."""
        m = _NAMED_BODY.match(self.text, pos)
        if not m:
            return None, fallback
        end = m.end()
        for a in re.finditer(r"\s+and\s+", m.group(0)):  # '... Party Committee and President'
            if title_at().match(self.text, m.start() + a.end()):
                end = m.start() + a.start()
                break
        # "Finland's Nordhavn Industries": the country's possessive is no part of the name
        name = re.sub(r"\s+", " ", self.text[m.start("n") : end])
        for w in _WORD_PAIR.finditer(name):  # 'Executive Chairman of the Conference Fu Zhiqing'
            if gz.is_han_name(w.group(1), w.group(2)):
                name, end = name[: w.start()], m.start("n") + w.start()
                break
        if _MEETING_NOUN.fullmatch(name):
            return None, end  # '... of the Conference': a meeting, not a body
        if name.lower() in BARE_PARTY:  # 'Secretary of the Party Committee and President of X'
            of = re.compile(r"\s+of\s+the\s+(?=[a-z])").match(self.text, end)
            ref = self._lower_ref(of.end()) if of else None
            if ref:  # 'Members of the Party Committee of the municipal tax service'
                return f"{name} of the {ref[0]}", ref[1]
            return f"#{name}", end
        longer = [h.name for h in self.orgs if h.name.startswith(name + " ")]
        if longer:  # 'China Rare Earth Group' for 'China Rare Earth Group Co., Ltd.'
            return min(longer, key=len), end
        if minister and not re.search(r"\b(?:Ministry|Department|Bureau|Office)\b", name):
            name = f"Ministry of {name}"  # 'Vice Minister of Water Resources'
        return name, end


_IN_MEETING_NAME = re.compile(r"\b(?:Session|Meeting|Plenum)\s+of\s+the\s+(?:\w+\s+)?$")
_LOWER_REF = re.compile(r"[a-z]+(?: [a-z]+){0,2}\b")
# a place followed by another capitalised word that is not a level of government
_NAMED_AFTER_PLACE = re.compile(
    r"\s+(?!(?:Province|City|Municipality|Autonomous|Prefecture|County|District|Region)\b)"
    r"[A-Z][a-z]"
)
_WORD_PAIR = re.compile(r" (?=([A-Z][a-z]+) ([A-Z][a-z]+)\b)")
_MEETING_NOUN = re.compile(r"(?:Conference|Session|Meeting|Congress)")
BARE_PARTY = {"party committee", "party group", "party leadership group", "party branch"}
_NAMED_BODY = re.compile(  # one line: a headline's name does not run into the next line
    r"(?:The[ \t]+)?(?:(?!(?:People|Women|Children|Workers)['’])[A-Z][a-z]+['’]s[ \t]+(?=[A-Z]))?"
    r"(?P<n>[A-Z][\w'’-]+(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?|and[ \t]+|for[ \t]+)?[A-Z][\w'’-]+)"
    r"{1,6})"
)
