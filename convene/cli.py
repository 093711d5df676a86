"""The `convene` command: one verb per pipeline stage, each thin over a library function."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

app = typer.Typer(no_args_is_help=True, add_completion=False, help=__doc__)
neo4j_app = typer.Typer(no_args_is_help=True, help="Run the project-managed local Neo4j.")
app.add_typer(neo4j_app, name="neo4j")
out = Console()
err = Console(stderr=True)

PATHS = typer.Argument(..., exists=True, help="Files or folders (.txt, .html, .jsonl).")


def _fail(message: str, code: int = 1) -> None:
    err.print(f"[bold red]error:[/] {message}")
    raise typer.Exit(code)


def _driver():
    from convene.graph import connection

    s = connection.settings()
    try:
        d = connection.driver(s)
        d.verify_connectivity()
    except Exception as exc:  # noqa: BLE001 - turned into a clear message
        hint = "" if not s.managed else " Start it with `convene neo4j start`."
        _fail(f"cannot reach Neo4j at {s.uri}: {exc.__class__.__name__}: {exc}.{hint}")
    return d, s.database


def _progress() -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.fields[doc]}"),
        console=err,
        transient=False,
    )


def _count_files(paths: list[Path]) -> int:
    return sum(1 if p.is_file() else sum(1 for q in p.rglob("*") if q.is_file()) for p in paths)


@neo4j_app.command("start")
def neo4j_start(port: int = typer.Option(None, help="Bolt port (default 7687).")) -> None:
    """Fetch Neo4j Community (first time) and start it; returns once Bolt answers."""
    from convene.graph import server

    try:
        info = server.start(port=port)
    except server.ServerError as exc:
        _fail(str(exc))
    out.print(f"Neo4j {info.version} running at {info.uri} (pid {info.pid}), home {info.home}")


@neo4j_app.command("stop")
def neo4j_stop() -> None:
    """Stop the local Neo4j cleanly."""
    from convene.graph import server

    out.print("stopped" if server.stop() else "not running")


@neo4j_app.command("status")
def neo4j_status() -> None:
    """Say what runs where."""
    from convene.graph import server

    info = server.status()
    state = f"running at {info.uri} (pid {info.pid})" if info.running else "not running"
    out.print(f"Neo4j {info.version}: {state}; home {info.home}; log {info.log}")
    if not info.running:
        raise typer.Exit(3)


@app.command()
def ingest(paths: list[Path] = PATHS) -> None:
    """Extract articles and load them into Neo4j (idempotent: re-ingesting changes nothing)."""
    from convene.graph.pipeline import IngestInterrupted, ingest_paths

    driver, database = _driver()
    try:
        with _progress() as progress:
            task = progress.add_task("ingesting", total=_count_files(paths), doc="")
            report = ingest_paths(
                driver, paths, database,
                tick=lambda doc: progress.update(task, advance=1, doc=doc),
            )
    except IngestInterrupted as exc:
        _fail(str(exc))
    finally:
        driver.close()
    out.print(
        f"{report.articles} articles loaded: {report.persons} persons, {report.meetings} meetings"
        f" ({report.nodes} node and {report.rels} relationship writes)"
    )
    for path, problem in report.failures:
        err.print(f"[red]failed[/] {path}: {problem}")
    if report.failures:
        _fail(f"{len(report.failures)} file(s) failed; everything else was loaded", code=2)


@app.command()
def extract(
    paths: list[Path] = PATHS,
    out_dir: Path = typer.Option(..., "--out", help="Folder for NAME.json answer-key files."),
) -> None:
    """Extract articles to JSON in the answer-key format (GOLD.md), one file per article."""
    from convene.graph.resolve import resolve
    from convene.ingest.extract import extract_paths
    from convene.ingest.gold import write_gold
    from convene.ingest.read import ReadError

    out_dir.mkdir(parents=True, exist_ok=True)
    failures, extractions = 0, []
    for item in extract_paths(paths):
        if isinstance(item, ReadError):
            failures += 1
            err.print(f"[red]failed[/] {item.path}: {item.message}")
        else:
            extractions.append(item)
    # The batch is resolved together, so every person, body and meeting carries its node id.
    resolution = resolve(extractions)
    for x in extractions:
        write_gold(x, out_dir, resolution.ids(x.article.document))
    out.print(f"{len(extractions)} article(s) written to {out_dir}")
    if failures:
        _fail(f"{failures} file(s) failed", code=2)


@app.command()
def evaluate(
    paths: list[Path] = PATHS,
    gold: Path = typer.Option(..., exists=True, file_okay=False, help="Folder of gold JSON."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
) -> None:
    """Extract articles and score them against answer keys (GOLD.md's rules)."""
    from convene.ingest.evaluate import score
    from convene.ingest.extract import extract_paths
    from convene.ingest.gold import to_gold
    from convene.ingest.read import ReadError

    pairs = []
    for item in extract_paths(paths):
        if isinstance(item, ReadError):
            err.print(f"[red]failed[/] {item.path}: {item.message}")
            continue
        key = gold / (Path(item.article.document).stem + ".json")
        if not key.exists():
            err.print(f"[yellow]no answer key[/] for {item.article.document}; not scored")
            continue
        pairs.append((json.loads(key.read_text("utf-8")), to_gold(item)))
    if not pairs:
        _fail("no article had an answer key")
    report = score(pairs)
    if as_json:
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
    else:
        out.print(report.table())


RDF_FORMATS = ("ttl", "jsonld", "nt", "nq", "xml")


@app.command()
def export(
    fmt: str = typer.Option("ttl", "--format", help=f"One of {', '.join(RDF_FORMATS)}."),
    out_file: Path = typer.Option(None, "--out", help="File to write (default: standard output)."),
    person: str = typer.Option(None, help="Only this person (id or name) and what touches them."),
    organization: str = typer.Option(None, help="Only this body (id or name)."),
    meeting: str = typer.Option(None, help="Only this meeting (id or name)."),
    since: str = typer.Option(None, help="Only meetings on or after this date (YYYY-MM-DD)."),
    until: str = typer.Option(None, help="Only meetings on or before this date (YYYY-MM-DD)."),
    articles: list[Path] = typer.Option(
        None, "--articles", exists=True, help="Extract these articles instead of reading Neo4j."
    ),
) -> None:
    """Export the graph as RDF through the ontology mapping (streamed for nt/nq)."""
    if fmt not in RDF_FORMATS:
        _fail(f"--format must be one of {', '.join(RDF_FORMATS)}, not {fmt!r}")
    if articles:
        from convene.graph.export import export_articles
        from convene.ingest.extract import extract_paths
        from convene.ingest.read import ReadError

        def extracted():
            for item in extract_paths(articles):
                if isinstance(item, ReadError):
                    err.print(f"[red]failed[/] {item.path}: {item.message}")
                else:
                    yield item

        triples = export_articles(extracted(), out_file, fmt)
    else:
        from convene.graph.export import export as export_graph

        driver, database = _driver()
        triples = export_graph(driver, out_file, fmt, person=person, organization=organization,
                               meeting=meeting, since=since, until=until, database=database)
        driver.close()
    err.print(f"{triples} triples written" + (f" to {out_file}" if out_file else ""))


@app.command("import-rdf")
def import_rdf(file: Path = typer.Argument(..., exists=True, dir_okay=False)) -> None:
    """Load RDF that uses the convene ontology into Neo4j (the same mapping as export)."""
    from convene.graph.import_rdf import import_rdf as load_rdf

    driver, database = _driver()
    try:
        report = load_rdf(driver, file, database=database)
    except Exception as exc:  # noqa: BLE001 - a bad file is the user's to fix, say which
        _fail(f"{file}: {exc}")
    out.print(f"{file}: {report.nodes} nodes and {report.rels} relationships merged")


@app.command()
def query(
    name: str = typer.Argument(None, help="A query of queries/ (none: list them)."),
    param: list[str] = typer.Option(None, "--param", "-p", help="NAME=VALUE, repeatable."),
    fmt: str = typer.Option("table", "--format", help="table, json or csv."),
) -> None:
    """Run a named query and print its rows."""
    from convene.queries import library
    from convene.queries.cli_format import describe, query_command

    if not name:
        out.print(describe(), markup=False, highlight=False)
        return
    driver, database = _driver()
    try:
        print(query_command(driver, name, param or (), fmt, database))
    except (library.UnknownQuery, library.ParamError) as exc:
        _fail(str(exc))
    finally:
        driver.close()


@app.command()
def retract(document: str = typer.Argument(..., help="The article's document name.")) -> None:
    """Remove an article and every fact only it supported."""
    from convene.graph.retract import retract as retract_article

    driver, database = _driver()
    report = retract_article(driver, document, database)
    driver.close()
    if not report.found:
        _fail(f"no article {document!r} in the graph")
    out.print(f"retracted {document}: {report.persons_removed} persons and "
              f"{report.organizations_removed} bodies that only it supported were removed")


@app.command("merge-person")
def merge_person(
    a: str = typer.Argument(..., help="Person id to keep."),
    b: str = typer.Argument(..., help="Person id that is the same official."),
    reason: str = typer.Option(..., help="Why (kept with the decision)."),
) -> None:
    """Record that two person nodes are one official; later ingests honour it."""
    from convene.graph.decisions import merge_person as merge

    driver, database = _driver()
    try:
        merge(driver, a, b, reason, database=database)
    except KeyError as exc:
        _fail(str(exc))
    out.print(f"merged {b} into {a}")


@app.command("split-person")
def split_person(
    person_id: str = typer.Argument(..., help="The person node to split."),
    mentions: list[str] = typer.Argument(..., help="DOCUMENT=NAME mentions that are someone else."),
    reason: str = typer.Option("", help="Why (kept with the decision)."),
) -> None:
    """Record that some mentions of a person are another official; later ingests honour it."""
    from convene.graph.decisions import split_person as split

    refs = [tuple(m.split("=", 1)) for m in mentions]
    if any(len(r) != 2 for r in refs):
        _fail("mentions are DOCUMENT=NAME")
    driver, database = _driver()
    try:
        split(driver, person_id, *refs, reason=reason, database=database)
    except KeyError as exc:
        _fail(str(exc))
    out.print(f"split {len(refs)} mention(s) off {person_id}")


@app.command("app")
def run_app(
    port: int = typer.Option(8501, help="Port for the app."),
    address: str = typer.Option("127.0.0.1", help="Bind address (default: loopback only)."),
) -> None:
    """Open the explorer (Streamlit) on http://localhost:PORT."""
    if address not in ("127.0.0.1", "localhost", "::1"):
        err.print(f"[yellow]warning:[/] the app will be reachable from other machines on {address}")
    home = Path(__file__).resolve().parent.parent / "app" / "Home.py"
    if not home.exists():
        from importlib import resources

        home = Path(str(resources.files("convene.app").joinpath("Home.py")))
    out.print(f"convene app on http://localhost:{port}")
    cmd = [sys.executable, "-m", "streamlit", "run", str(home), "--server.port", str(port),
           "--server.address", address, "--server.headless", "true",
           "--browser.gatherUsageStats", "false"]
    raise typer.Exit(subprocess.call(cmd, env=os.environ.copy()))


def main() -> None:
    app()


if __name__ == "__main__":
    main()
