"""English extraction: patterns of the genre found on fresh development articles (round 2)."""

from convene.ingest.en import extract_en
from convene.ingest.facts import CHAIR, Article


def _x(text: str, published: str | None = "2024-05-10", source: str | None = "Hunan Daily"):
    return extract_en(Article("t.txt", text, "en", text.split("\n", 1)[0], published, source))


def _posts(x) -> set[tuple[str, str, str | None]]:
    return {(p.name, q.title, q.organization) for p in x.persons for q in p.posts}


def test_a_capitalised_meeting_name_after_held_is_a_meeting():
    x = _x(
        "Headline\nOn May 8, the Changsha Municipal Party Committee held the 2024 Rural Work "
        "Conference in Changsha. Peng Dehai presided over the conference."
    )
    (m,) = x.meetings
    assert m.date == "2024-05-08"
    assert "Rural Work Conference" in m.name
    assert {p.person: p.role for p in m.participations}["Peng Dehai"] == CHAIR
