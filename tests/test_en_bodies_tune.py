"""English bodies and posts: patterns of the genre found on fresh development articles (round 3,
organizations / posts / post bodies)."""

from convene.ingest.en import extract_en
from convene.ingest.facts import Article


def _x(text: str, source: str | None = None):
    art = Article("t.txt", text, "en", text.split("\n", 1)[0], "2024-05-10", source)
    return extract_en(art)


def _orgs(x) -> dict[str, str | None]:
    return {o.name: o.part_of for o in x.organizations}


def _aliases(x) -> set[str]:
    return {a for o in x.organizations for a in (o.name, *o.aliases)}


def _posts(x) -> set[tuple[str, str, str | None]]:
    return {(p.name, q.title, q.organization) for p in x.persons for q in p.posts}


def test_a_district_page_names_its_bodies_with_the_city():
    x = _x(
        "Our district held a flood meeting\nOn May 8, the Municipal Party Committee of Hengyang "
        "held a video meeting. Mo Lihua, Secretary of the District Party Committee, attended at "
        "the Qishan District branch venue. Qishan District leaders and Qishan District staff "
        "attended. Hengyang Municipal officials spoke."
    )
    assert ("Mo Lihua", "Secretary", "Hengyang Qishan District Party Committee") in _posts(x)


def test_cpc_city_district_committee_is_that_district_party_committee():
    x = _x(
        "Headline\nOn May 8, the Standing Committee of the CPC Weifang Kuiwen District Committee "
        "held a meeting. Lu Anping, Secretary of the District Party Committee, presided."
    )
    orgs = _orgs(x)
    assert orgs["Standing Committee of the Weifang Kuiwen District Party Committee"] == (
        "Weifang Kuiwen District Party Committee"
    )
    assert "CPC Weifang Kuiwen District Committee" in _aliases(x)
