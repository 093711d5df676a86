"""Take an article back out of the graph, with every fact only it supported.

A fact (tenure, participation, meeting, implementation) stays while another article's claim
asserts it; a person, body or meeting stays while another article mentions it, and loses the
retracted article's mention, spellings and merge evidence. All in one transaction: the
retraction happens whole or not at all. Tenure dates are recomputed from what remains.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from neo4j import Driver, ManagedTransaction

from convene.graph.load import cypher
from convene.graph.resolve import decode_mention, person_props
from convene.graph.resolve_model import Cluster, PersonMention
from convene.ingest.facts import Article, Extraction


@dataclass
class RetractReport:
    document: str
    found: bool = False
    persons_removed: int = 0
    organizations_removed: int = 0


def _statements(name: str) -> list[str]:
    return [s for s in cypher(name).split(";") if s.strip()]


def _in(evidence: str, document: str) -> bool:
    """Whether a merge-evidence line ("doc|name = doc|name: ...") rests on the document."""
    refs = evidence.split(": ", 1)[0].split(" = ")
    return any(r.split("|", 1)[0] == document for r in refs)


def _remaining(mentions: list[str], evidence: list[str], document: str):
    kept = [m for m in mentions if decode_mention(m)[0] != document]
    return kept, [e for e in evidence if not _in(e, document)]


def _person_update(row: dict, document: str) -> dict | None:
    kept, evidence = _remaining(row["mentions"], row["evidence"], document)
    if not kept:
        return None
    c = Cluster(id=row["id"], evidence=set(evidence))
    for text in kept:
        doc, name, aliases = decode_mention(text)
        c.mentions.append(PersonMention(doc, name, aliases))
        c.refs.add((doc, name))
        c.names |= {name, *aliases}
    return {"id": row["id"], "props": person_props(c)}


def _org_update(row: dict, document: str) -> dict | None:
    kept, evidence = _remaining(row["mentions"], row["evidence"], document)
    if not kept:
        return None
    names = [n for m in kept for n in (decode_mention(m)[1], *decode_mention(m)[2])]
    name = row["name"] if row["name"] in names else names[0]
    return {"id": row["id"], "props": {"name": name, "aliases": sorted(set(names) - {name}),
                                       "mentions": kept, "merged_because": evidence}}


def _prefer() -> list[str]:
    from convene.ontology.spec import load_mapping

    attended = [d for d in load_mapping().derived if d.type == "ATTENDED"]
    return list(attended[0].prefer) if attended else []


def _retract(tx: ManagedTransaction, document: str) -> RetractReport:
    report = RetractReport(document)
    scope = tx.run(cypher("retract_scope"), document=document, prefix=document + "\t").single()
    report.found = bool(tx.run("MATCH (a:Article {document: $d}) RETURN count(a) AS n",
                               d=document).single()["n"])
    meetings = [m for m in scope["meetings"] if m]
    for statement in _statements("retract_facts"):
        tx.run(statement, document=document, meetings=meetings, posts=scope["posts"]).consume()
    persons = [(r["id"], _person_update(r, document)) for r in scope["persons"]]
    orgs = [(r["id"], _org_update(r, document)) for r in scope["organizations"]]
    reported = [{"id": r["id"], "props": {
        "documents": [d for d in r["documents"] if d != document],
        "merged_because": [e for e in r["evidence"] if not _in(e, document)]}}
        for r in scope["reported"]]
    params = {
        "gone_persons": [i for i, u in persons if u is None],
        "persons": [u for _, u in persons if u],
        "gone_organizations": [i for i, u in orgs if u is None],
        "organizations": [u for _, u in orgs if u],
        "meetings": reported,
        "touched": sorted(set(scope["touched"]) | {i for i, _ in persons}),
        "scope_meetings": meetings + [r["id"] for r in reported],
        "places": scope["places"],
        "prefer": _prefer(),
    }
    for statement in _statements("retract_update"):
        tx.run(statement, **params).consume()
    tx.run(cypher("tenure_refresh"), ids=scope["tenures"]).consume()
    report.persons_removed = len(params["gone_persons"])
    report.organizations_removed = len(params["gone_organizations"])
    return report


def retract(driver: Driver, document: str, database: str | None = None) -> RetractReport:
    """Remove the article `document` and everything only it supported, in one transaction."""
    with driver.session(database=database) as session:
        return session.execute_write(_retract, document)


def stored_articles(driver: Driver, documents: Sequence[str], database=None) -> list[Article]:
    """The articles as the graph stores them (text included), to load them again."""
    with driver.session(database=database) as session:
        rows = session.run(cypher("article_get"), documents=list(documents)).data()
    return [Article(r["document"], r["text"] or "", r["language"] or "en", r["title"],
                    r["published"], r["source"], r["url"], r["jurisdiction"]) for r in rows]


Reingest = Callable[[Driver, Sequence[Article]], object]


def default_reingest(driver: Driver, articles: Sequence[Article], database=None) -> None:
    """Extract the articles again and load them resolved (decisions applied)."""
    from convene.graph.resolve_graph import load_resolved
    from convene.ingest.extract import extract

    extractions: list[Extraction] = [extract(a) for a in articles]
    load_resolved(driver, extractions, database)


def reload_documents(
    driver: Driver, documents: Sequence[str], reingest: Reingest | None = None,
    database: str | None = None,
) -> list[str]:
    """Retract the documents and load them again from their stored text (after a decision).

    Not one transaction: if loading fails, the articles are out of the graph until loaded again
    (their texts are in the raised error's notes).
    """
    articles = stored_articles(driver, documents, database)
    for a in articles:
        retract(driver, a.document, database)
    try:
        if reingest is None:
            default_reingest(driver, articles, database)
        else:
            reingest(driver, articles)
    except Exception as exc:
        exc.add_note(f"retracted and not reloaded: {[a.document for a in articles]}")
        raise
    return [a.document for a in articles]
