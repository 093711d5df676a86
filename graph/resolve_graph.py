"""The resolver's contact with Neo4j: read what is there, load a resolved batch, fix tenure dates.

    report = load_resolved(driver, extractions)   # resolve against the graph, map, load

is the hook the pipeline needs: the whole batch is resolved together (with the persons,
bodies and meetings already in the graph and the analyst's decisions), each article is mapped
with the resolver's ids and loaded as one unit (one article commits whole or not at all), and
tenure dates are recomputed from the claims.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from neo4j import Driver

from convene.graph.decisions import load_decisions
from convene.graph.load import LoadReport, cypher, ensure_schema, load
from convene.graph.resolve import Existing, Resolution, decode_mention, mention_names, resolve
from convene.graph.resolve_bodies import KnownMeeting, KnownOrg, provinces_in
from convene.graph.resolve_model import KnownPerson, PersonMention, Seen
from convene.ingest.facts import Extraction


def fetch_existing(driver: Driver, database: str | None = None) -> Existing:
    """The persons, organizations and meetings in the graph, as the resolver compares them."""
    with driver.session(database=database) as session:
        articles = {r["document"]: r for r in session.run(cypher("existing_articles")).data()}
        persons = session.run(cypher("existing_persons")).data()
        orgs = session.run(cypher("existing_organizations")).data()
        meetings = session.run(cypher("existing_meetings")).data()
    return Existing(
        persons=tuple(_known_person(r, articles) for r in persons),
        organizations=tuple(
            KnownOrg(r["id"], tuple(n for n in r["names"] if n), tuple(r["mentions"]),
                     tuple(r["keys"]))
            for r in orgs
        ),
        meetings=tuple(
            KnownMeeting(r["id"], tuple(n for n in r["names"] if n), r["date"], r["organizer"],
                         tuple(r["documents"]))
            for r in meetings
        ),
    )


def _known_person(row: dict, articles: dict[str, dict]) -> KnownPerson:
    mentions = []
    for text in row["mentions"]:
        document, name, aliases = decode_mention(text)
        a = articles.get(document) or {}
        mentions.append(PersonMention(document, name, aliases, (), a.get("observed"),
                                      provinces_in(a.get("jurisdiction"))))
    seen = []
    for post in row["posts"]:
        provinces = provinces_in(post.get("org_name"))
        for when in dict.fromkeys((post.get("first"), post.get("last"))):
            seen.append(Seen(post["title"] or "", post.get("org"), provinces, when,
                             post.get("org_name")))
    return KnownPerson(row["id"], tuple(mentions), tuple(n for n in row["names"] if n),
                       tuple(seen), tuple(row["evidence"]))


def refresh_tenures(driver: Driver, ids: Sequence[str] | None = None, database=None) -> None:
    """Tenure first/last dates from the articles that assert them (all tenures when ids is None)."""
    with driver.session(database=database) as session:
        session.run(cypher("tenure_refresh"), ids=list(ids) if ids is not None else None).consume()


def resolve_with_graph(
    driver: Driver, extractions: Sequence[Extraction], database: str | None = None
) -> Resolution:
    return resolve(extractions, fetch_existing(driver, database), load_decisions(driver, database))


def changed_documents(
    driver: Driver, extractions: Sequence[Extraction], database: str | None = None
) -> list[str]:
    """Documents already in the graph whose text or persons differ from these extractions."""
    from convene.ontology.mapping import article_id

    new = {x.article.document: x for x in extractions}
    with driver.session(database=database) as session:
        rows = session.run(cypher("stored_mentions"), documents=list(new)).data()
    out = []
    for r in rows:
        x = new[r["document"]]
        names = mention_names(x)
        stored = {decode_mention(m)[1] for m in r["mentions"]}
        if r["id"] != article_id(x.article) or stored != names:
            out.append(r["document"])
    return sorted(out)


def load_resolved(
    driver: Driver,
    extractions: Sequence[Extraction],
    database: str | None = None,
    per_transaction: int = 50,
    on_error: Callable[[str, Exception], None] | None = None,
) -> tuple[Resolution, LoadReport]:
    """Resolve a batch against the graph, map every article with the resolved ids, and load it.

    An article already in the graph whose text or persons changed (a new extractor) is
    retracted first, so no stale fact or mention stays; an unchanged one changes nothing.
    With `on_error`, an article that cannot be mapped is reported (document, error) and
    skipped; without it, the error propagates before anything is written.
    """
    from convene.graph.retract import retract
    from convene.ontology.mapping import to_batch

    ensure_schema(driver, database)
    for document in changed_documents(driver, extractions, database):
        retract(driver, document, database)
    resolution = resolve_with_graph(driver, extractions, database)
    callbacks = resolution.callbacks()
    batches = []
    for x in extractions:
        try:
            batches.append(resolution.annotate(to_batch(x, **callbacks), x))
        except Exception as exc:  # noqa: BLE001 - one bad article must not stop the batch
            if on_error is None:
                raise
            on_error(x.article.document, exc)
    report = load(driver, batches, database=database, per_transaction=per_transaction)
    tenures = [n.id for b in batches for n in b.nodes if n.label == "Tenure"]
    refresh_tenures(driver, tenures, database)
    return resolution, report
