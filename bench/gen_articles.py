"""A seeded generator of news articles in the genre: bodies meet, officials chair and attend.

`articles(n, seed)` yields `Generated(article, truth)` pairs; article i depends only on (seed, i),
so the first 1k articles of the 100k set are the 1k set. English (pinyin names) and Chinese
(character names) pages are mixed. A fixed "world" of places, bodies and officials (built from
the seed) recurs across articles, as the same officials recur in real reporting; reporters and
editors are drawn fresh per article. Vocabulary is data under bench/data/, written for the
benchmark (no sentence or name of the shared corpus).
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from convene.ingest.facts import Article

DATA = Path(__file__).resolve().parent / "data"
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
EN_SHARE = 0.6  # share of English pages, roughly as in the shared corpus


def _rows(name: str) -> list[list[str]]:
    lines = (DATA / name).read_text("utf-8").splitlines()
    return [ln.split("\t") for ln in lines if ln.strip() and not ln.startswith("#")]


@dataclass(frozen=True)
class Name:
    zh: str  # 王建国
    en: str  # Wang Jianguo


@dataclass(frozen=True)
class Place:
    en: str
    zh: str
    level: str  # province | city

    def fill(self, template: str) -> str:
        city = self.level == "city"
        return template.format(
            Place=self.en, Level="Municipal" if city else "Provincial", P=self.zh,
            l="市" if city else "省", Gov="Mayor" if city else "Governor",
            Where=self.en if city else f"{self.en} Province", gov="市长" if city else "省长",
        )


@dataclass(frozen=True)
class Official:
    name: Name
    post: str  # key in posts.tsv
    place: int  # index into places()


@dataclass(frozen=True)
class TruthMeeting:
    organizer: str  # in the article's language
    date: str  # ISO
    chair: str  # the chair's name as written in the article
    participants: tuple[str, ...]  # chair included
    implements: tuple[str, ...]
    location: str | None = None


@dataclass(frozen=True)
class Generated:
    article: Article
    meeting: TruthMeeting
    credits: tuple[tuple[str, str], ...]  # (name, reporter|editor)
    words: int  # whitespace words (en) or characters (zh)


# ---------------------------------------------------------------- vocabulary


@cache
def surnames() -> tuple[tuple[str, str], ...]:
    return tuple((r[0], r[1]) for r in _rows("surnames.tsv"))


@cache
def given() -> tuple[tuple[str, str], ...]:
    return tuple((r[0], r[1]) for r in _rows("given.tsv"))


@cache
def places() -> tuple[Place, ...]:
    return tuple(Place(r[0], r[1], r[2]) for r in _rows("places.tsv"))


@cache
def bodies() -> dict[str, tuple[str, str]]:
    return {r[0]: (r[1], r[2]) for r in _rows("bodies.tsv")}


@cache
def posts() -> dict[str, tuple[str, str, str, int]]:
    return {r[0]: (r[1], r[2], r[3], int(r[4])) for r in _rows("posts.tsv")}


@cache
def meeting_types() -> tuple[tuple[str, str, str, str], ...]:
    return tuple((r[0], r[1], r[2], r[3]) for r in _rows("meetings.tsv"))


@cache
def topics() -> tuple[tuple[str, str], ...]:
    return tuple((r[0], r[1]) for r in _rows("topics.tsv"))


@cache
def implemented() -> tuple[tuple[str, str], ...]:
    return tuple((r[0], r[1]) for r in _rows("implemented.tsv"))


@cache
def filler(lang: str) -> tuple[str, ...]:
    return tuple(r[0] for r in _rows(f"filler_{lang}.txt"))


# ---------------------------------------------------------------- names


def _join_pinyin(syllables: list[str]) -> str:
    """Given-name syllables as one word; a, o, e after the first take an apostrophe (Man'e)."""
    out = syllables[0]
    for s in syllables[1:]:
        out += ("'" if s[0] in "aoe" else "") + s
    return out.capitalize()


@cache
def _surname_weights() -> tuple[float, ...]:
    return tuple(itertools.accumulate(1 / (rank + 3) for rank in range(len(surnames()))))


def person_name(rng: random.Random) -> Name:
    # Frequent surnames first in the list: a Zipf-like draw gives realistic collisions (~10% Wang).
    s_zh, s_en = rng.choices(surnames(), cum_weights=_surname_weights())[0]
    chars = [rng.choice(given()) for _ in range(1 if rng.random() < 0.2 else 2)]
    given_en = _join_pinyin([p for _, p in chars])
    return Name(s_zh + "".join(c for c, _ in chars), f"{s_en} {given_en}")


@cache
def world(seed: int) -> tuple[Official, ...]:
    """The officials of every place, one per seat; names unique within the world."""
    rng = random.Random(f"world:{seed}")
    seen: set[str] = set()
    officials = []
    for i, _place in enumerate(places()):
        for key, (_body, _en, _zh, seats) in posts().items():
            for _ in range(seats):
                name = person_name(rng)
                while name.zh in seen or name.en in seen:
                    name = person_name(rng)
                seen.update((name.zh, name.en))
                officials.append(Official(name, key, i))
    return tuple(officials)


@cache
def _by_place(seed: int) -> dict[int, tuple[Official, ...]]:
    out: dict[int, list[Official]] = {}
    for o in world(seed):
        out.setdefault(o.place, []).append(o)
    return {k: tuple(v) for k, v in out.items()}


# ---------------------------------------------------------------- articles


def _en_list(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _sentences(rng: random.Random, lang: str, topic: tuple[str, str], k: int) -> list[str]:
    picked = rng.sample(filler(lang), k)
    return [s.format(topic=topic[0], t=topic[1]) for s in picked]


def generate(seed: int, i: int) -> Generated:
    """Article i of the set `seed`."""
    rng = random.Random(f"article:{seed}:{i}")
    lang = "en" if rng.random() < EN_SHARE else "zh"
    p_index = rng.randrange(len(places()))
    place = places()[p_index]
    body_key, m_en, m_zh, chair_post = rng.choice(meeting_types())
    topic = rng.choice(topics())
    local = _by_place(seed)[p_index]
    chair = next(o for o in local if o.post == chair_post)
    others = [o for o in local if o is not chair]
    attendees = rng.sample(others, rng.randint(1, 6))
    impl = rng.sample(implemented(), rng.choice((0, 1, 1, 2)))
    year, month, day = rng.randint(2015, 2025), rng.randint(1, 12), rng.randint(1, 28)
    published = f"{year}-{month:02d}-{min(day + rng.choice((0, 0, 1)), 28):02d}"
    date = f"{year}-{month:02d}-{day:02d}"
    at = place.en if (place.level == "city" and rng.random() < 0.4) else None
    reporters = [person_name(rng) for _ in range(rng.randint(1, 2))]
    editor = person_name(rng)
    k = rng.randint(4, 10)
    fill = _sentences(rng, lang, topic, min(k, len(filler(lang))))
    org_en, org_zh = (place.fill(t) for t in bodies()[body_key])
    render = _english if lang == "en" else _chinese
    text, title, source, organizer = render(
        rng, place, (org_en, org_zh), (m_en, m_zh), topic, chair, attendees, impl,
        (month, day, year), at, reporters, editor, fill,
    )
    article = Article(
        document=f"bench-{seed}-{i:07d}-{lang}.txt", text=text, language=lang, title=title,
        published=published, source=source, url=f"https://example.org/bench/{seed}/{i}",
    )
    pick = (lambda n: n.en) if lang == "en" else (lambda n: n.zh)
    meeting = TruthMeeting(
        organizer=organizer, date=date, chair=pick(chair.name),
        participants=tuple(pick(o.name) for o in [chair, *attendees]),
        implements=tuple(e if lang == "en" else z for e, z in impl),
        location=(at if lang == "en" else place.zh + "市") if at else None,
    )
    credits = tuple((pick(r), "reporter") for r in reporters) + ((pick(editor), "editor"),)
    words = len(text.split()) if lang == "en" else sum(1 for c in text if not c.isspace())
    return Generated(article, meeting, credits, words)


def _post_en(o: Official) -> str:
    return places()[o.place].fill(posts()[o.post][1])


def _post_zh(o: Official) -> str:
    return places()[o.place].fill(posts()[o.post][2])


def _english(rng, place, org, meeting, topic, chair, attendees, impl, when, at, reporters,
             editor, fill):
    month, day, year = when
    org_en = org[0]
    m_en = meeting[0].format(topic=topic[0])
    spirit = ""
    if impl:
        spirit = " to convey and study the spirit of " + _en_list([e for e, _ in impl])
    title = f"{org_en} holds {m_en.split(' ', 1)[1]}" + (f", {chair.name.en} presides"
                                                         if rng.random() < 0.5 else "")
    part = rng.choice(("morning", "afternoon"))
    where = f" in {at}" if at else ""
    lead = f"On the {part} of {MONTHS[month - 1]} {day}, the {org_en} held {m_en}{where}{spirit}."
    if rng.random() < 0.5:
        chair_s = f"{chair.name.en}, {_post_en(chair)}, presided over the meeting."
    else:
        chair_s = f"The meeting was chaired by {chair.name.en}, {_post_en(chair)}."
    names = [a.name.en for a in attendees]
    if rng.random() < 0.5:
        att_s = f"{_en_list(names)} attended the meeting."
    else:
        att_s = f"Present at the meeting were {_en_list(names)}."
    speaker = attendees[0]
    speak_s = f"{speaker.name.en}, {_post_en(speaker)}, gave a report on {topic[0]}."
    outlet = f"{place.en} Daily"
    stamp = f"{MONTHS[month - 1]} {day}, {year} {rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}"
    by = " ".join(r.en for r in reporters)
    paras = [title, "", f"{stamp} Source: {outlet}", "",
             f"{outlet} (Reporter {by}) {lead} {chair_s}", "", f"{att_s} {speak_s}"]
    for s in fill:
        paras += ["", s]
    paras += ["", f"Editor in charge: {editor.en}"]
    return "\n".join(paras) + "\n", title, outlet, org_en


def _chinese(rng, place, org, meeting, topic, chair, attendees, impl, when, at, reporters,
             editor, fill):
    month, day, year = when
    org_zh = org[1]
    m_zh = meeting[1].format(t=topic[1])
    spirit = ("，传达学习" + "、".join(z for _, z in impl) + "精神") if impl else ""
    title = f"{org_zh}召开{m_zh}" + (f" {chair.name.zh}主持" if rng.random() < 0.5 else "")
    part = rng.choice(("上午", "下午"))
    where = f"在{place.zh}" if at else ""
    lead = f"{month}月{day}日{part}，{org_zh}{where}召开{m_zh}{spirit}，研究部署{topic[1]}工作。"
    if rng.random() < 0.5:
        chair_s = f"{_post_zh(chair)}{chair.name.zh}主持会议。"
    else:
        chair_s = f"会议由{_post_zh(chair)}{chair.name.zh}主持。"
    names = [a.name.zh for a in attendees]
    att_s = "、".join(names) + ("出席会议。" if rng.random() < 0.5 else "等出席会议。")
    speaker = attendees[0]
    speak_s = f"{_post_zh(speaker)}{speaker.name.zh}就{topic[1]}工作作报告。"
    outlet = f"{place.zh}日报"
    stamp = f"{year}-{month:02d}-{day:02d} {rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}"
    by = " ".join(r.zh for r in reporters)
    paras = [title, f"来源：{outlet}　　时间：{stamp}", f"{outlet}讯（记者 {by}）{lead}{chair_s}",
             att_s + speak_s, *fill, f"责任编辑：{editor.zh}"]
    return "\n".join(paras) + "\n", title, outlet, org_zh


def articles(n: int, seed: int = 7, start: int = 0) -> Iterator[Generated]:
    for i in range(start, start + n):
        yield generate(seed, i)
