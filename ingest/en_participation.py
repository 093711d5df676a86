"""Who took part in which reported meeting, and in what role.

A sentence belongs to the meeting last reported before it (or the one it names: "at the
briefing"). Active cues ("X, <posts>, presided over the meeting") give the persons before the
cue; passive cues ("Also present at the meeting were A and B") the persons after it.
Cues joined by "and" share their subject ("X attended and delivered a speech"); after a
semicolon a new clause has its own. Persons only quoted as the source of a speech ("the speech
of Premier Li was relayed by Y") or in a possessive ("X's request") are not participants by that
sentence.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from convene.ingest import en_gazetteer as gz
from convene.ingest.en_dates import DateHit, dates_in
from convene.ingest.en_meetings import Event
from convene.ingest.en_persons import Mention
from convene.ingest.facts import ATTENDEE, CHAIR, NONVOTING, REPORTER, SPEAKER

RANK = {CHAIR: 4, SPEAKER: 3, REPORTER: 3, ATTENDEE: 2, NONVOTING: 1}
_BLOCK_BEFORE = re.compile(
    r"(?i:(?:speech(?:es)?|instructions?|remarks|letters?|thought|appointment|from)\s+of\s+(?:\w+\s+){0,3}|"
    r"which\s+(?!(?:was|were)\s+\w+(?:\s+over)?\s+by\s+$)(?:\w+\s+){0,3}|remove\w*\s+|appoint\w*\s+|from\s+|speech(?:es)?\s+)$"
)


@cache
def _cues() -> re.Pattern[str]:
    """One alternation of all cues, matched against lower-cased text (much faster than re.I)."""
    parts = []
    order = sorted(range(len(gz.verbs())), key=lambda i: -len(gz.verbs()[i][0]))  # longest first
    for i in order:
        body = gz.verbs()[i][0].lower().replace(" ", r"\s+")
        parts.append(rf"(?P<c{i}>{body})")
    return re.compile(rf"\b(?=[a-z])(?:{'|'.join(parts)})\b")


def _cue_list(text: str, s: int, e: int) -> list[tuple[int, int, str, str]]:
    low = text[s:e].lower()
    if len(low) != e - s:  # lower() changed the length: fall back to the original case
        low = text[s:e]
    out = []
    for m in _cues().finditer(low):
        i = int(str(m.lastgroup)[1:])
        _, role, voice = gz.verbs()[i]
        start, end = s + m.start(), s + m.end()
        if voice == "weak" and _PASSIVE_BEFORE.search(text, max(s, start - 12), start):
            continue  # 'X was added as a member': not 'X added that ...'
        if role == ATTENDEE and re.match(
            r"(?:\s+the\s+\w+)?\s+as\s+(?:an?\s+)?non-voting", text[end : end + 40]
        ):
            role = NONVOTING
        if voice == "passive" and "speech" in m.group(0):
            role = SPEAKER
        out.append((start, end, role, voice))
    return out


_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|be|been|being|is|are)\s+$")


def _blocked(text: str, m: Mention, sent_start: int) -> bool:
    if re.match(r"['’]s\b", text[m.end : m.end + 2]):
        return True
    before = text[max(sent_start, m.start - 40) : m.start]
    before = re.sub(r"(?:General\s+Secretary|Premier|President|Comrade|Chairman)\s+$", "", before)
    return bool(_BLOCK_BEFORE.search(before))


_ELSEWHERE_VERB = re.compile(  # the first-letter lookahead only makes the scan cheaper
    r"(?=[acimprstvw])"
    r"\b(?:inspect|visit|tour|travel|stay|attend|met\b|meet|presid|chair|research|survey|went|came)",
    re.I,
)
_FUTURE_WORD = re.compile(r"\b(?:will|would|shall|to\s+be|plans?\s+to|is\s+to)\b", re.I)
_PRONOUN = re.compile(r"\b(?:he|she|they)\b")  # 'X delivered when he presided': not X
_NATIONAL_TITLE = re.compile(r"(?:General\s+Secretary|President|Premier)\s+$", re.I)


def _national(text: str, m: Mention, sent_start: int) -> bool:
    return bool(_NATIONAL_TITLE.search(text[max(sent_start, m.start - 25) : m.start]))


def _scope_switch(text: str, s: int, e: int, events: list[Event], cur: int) -> int:
    """'said at the briefing' moves the sentence to the briefing; so does 'The symposium was
    presided over by ...' to a symposium reported before."""
    for i, ev in enumerate(events):
        noun = ev.kind.split()[-1]
        if i == cur or noun == events[cur].kind.split()[-1] or ev.start > s:
            continue  # a meeting reported only further down is not 'the meeting' yet
        if re.search(rf"\b(?:at|in|during)\s+the\s+(?:[\w-]+\s+){{0,3}}{noun}\b", text[s:e], re.I):
            return i
        if re.match(rf"\s*The\s+{noun}\b", text[s:e]):
            return i
    return cur


def participations(
    text: str,
    sents: list[tuple[int, int]],
    events: list[Event],
    mentions: list[Mention],
    published: date | None = None,
) -> list[dict[str, tuple[str, Mention]]]:
    """For each event, person name -> (strongest role, the mention that shows it)."""
    out: list[dict[str, tuple[str, Mention]]] = [{} for _ in events]
    if not events:
        return out
    cur: int | None = 0
    last = 0
    hits = dates_in(text, 0, len(text), published)
    for s, e in sents:
        starting = [i for i, ev in enumerate(events) if s <= ev.start < e]
        if starting:
            cur = starting[-1]
        elif cur is not None and _elsewhere(text, s, e, events[cur], hits):
            cur = None  # "On the 2nd, X toured ...": not the meeting any more
        elif cur is None and _MEETING_ANAPHOR.search(text, s, e):
            cur = last
        if cur is None:
            continue
        cur = last = _scope_switch(text, s, e, events, cur) if not starting else cur
        ms = [m for m in mentions if s <= m.start < e and not _blocked(text, m, s)]
        if not ms:
            continue
        cues = _cue_list(text, s, e)
        prev_end = s
        chosen: list[Mention] = []
        for k, (cs, ce, role, voice) in enumerate(cues):
            if k and voice != "passive" and _JOINED.fullmatch(text, prev_end, cs):
                pass  # 'X attended and delivered a speech': the same subject again
            elif (
                voice == "weak"
            ):  # 'X stressed that ...': X spoke, unless X is a quoted national leader
                chosen = [m for m in ms if prev_end <= m.start < cs and not _national(text, m, s)]
            elif voice in ("active", "both"):
                lo = prev_end
                if k:  # 'A spoke; B presided over ...': after a clause, B alone is the subject
                    lo = max(lo, text.rfind(";", prev_end, cs) + 1)
                chosen = [
                    m for m in ms if lo <= m.start < cs and not _PRONOUN.search(text, m.end, cs)
                ]
                if voice == "both":  # 'A met with B, <posts>, and C': the guests too
                    nxt = cues[k + 1][0] if k + 1 < len(cues) else e
                    semi = text.find(";", ce, nxt)  # '...; B holds talks': another clause
                    chosen += [m for m in ms if ce <= m.start < (semi if semi > 0 else nxt)]
            else:
                nxt = cues[k + 1][0] if k + 1 < len(cues) else e
                if k + 1 < len(cues) and cues[k + 1][3] == "active":
                    # 'presided over by A, and B, <posts> and C, made speeches': B and C are
                    # the next clause's (its posts may hold ', and ' too: cut at the first)
                    cut = text.find(", and ", ce, nxt)
                    nxt = cut if cut > ce else nxt
                chosen = [m for m in ms if ce <= m.start < nxt]
            prev_end = ce
            target = _event_for(starting, events, cs, cur)
            if voice == "both" and e <= events[0].start:  # a headline's '...; X meets with Y'
                target = next((i for i, v in enumerate(events) if v.kind == "reception"), target)
            for m in chosen:
                have = out[target].get(m.name)
                if have is None or RANK[role] > RANK[have[0]]:
                    out[target][m.name] = (role, m)
    return out


_JOINED = re.compile(r"\s*,?\s*and\s+(?:also\s+)?|\s*,\s*")

_MEETING_ANAPHOR = re.compile(
    r"\bthe\s+(?:\w+\s+)?(?:meeting|conference|session|briefing|symposium)\b", re.I
)


def _elsewhere(text: str, s: int, e: int, ev: Event, hits: list[DateHit]) -> bool:
    """A sentence dated to another day than the meeting is about something else."""
    if ev.date is None:
        return False
    if not _ELSEWHERE_VERB.search(text, s, e) or _FUTURE_WORD.search(text, s, e):
        return False  # a date the meeting decided on, or a plan: still the meeting
    for hit in (h for h in hits if s <= h.start < e):
        if hit.date and not (ev.date <= hit.date <= (ev.end_date or ev.date)):
            return True
    return False


def _event_for(starting: list[int], events: list[Event], pos: int, cur: int) -> int:
    """With two events in one sentence, a cue belongs to the one it follows."""
    before = [i for i in starting if events[i].start <= pos]
    return before[-1] if before else cur
