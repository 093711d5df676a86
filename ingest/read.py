"""Read articles from files and folders: .txt, .html/.htm, .jsonl (one article per line).

Streaming: one article at a time, folders walked in sorted order, so a run is repeatable
and a large corpus never sits in memory. A file that cannot be read (binary, empty,
undecodable, bad JSON line) yields a ReadError naming it and the problem; reading goes on.

Article.text is what every extractor offset points into. It is the file's text with whole
lines of pure page furniture removed (counters, licence numbers, hotlines, share buttons,
hashtag debris, bare copyright notices; patterns in data/meta_junk.tsv) and nothing else
changed. Lines that still name something are kept: credit lines (记者, Editor, 摄) because
credits are read from them, and breadcrumbs, "Source:" and copyright/sponsor lines that name
an outlet, a sponsor body or a place, because these are organizations and jurisdiction cues.
"""

from __future__ import annotations

import codecs
import json
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from charset_normalizer import from_bytes

from convene.ingest.facts import Article
from convene.ingest.lang import detect_language
from convene.ingest.meta import (
    breadcrumb_steps,
    is_breadcrumb,
    is_meta_line,
    parse_date,
    read_meta,
    source,
)

SUFFIXES = (".txt", ".html", ".htm", ".jsonl")
# Far beyond any news page or article: bigger inputs are refused before they cost memory or
# minutes of extraction (a dump, a log, a mis-saved binary), with a message saying so.
MAX_FILE_BYTES = 10 * 1024 * 1024  # a .txt or .html file (a .jsonl streams line by line)
MAX_TEXT_CHARS = 200_000  # one article's text
# Page furniture is one short line; longer lines are text (and the junk patterns scan a line
# once per position, so an unbounded line would cost quadratic time).
MAX_FURNITURE_CHARS = 1000
_ENCODINGS = ["utf_8", "gb18030", "big5", "utf_16"]


@dataclass(frozen=True)
class ReadError:
    path: Path
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class _Unreadable(Exception):
    pass


def read_paths(paths: Iterable[Path | str]) -> Iterator[Article | ReadError]:
    """Every article under paths (files or folders, recursively), or a ReadError per bad file."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for file in _walk(path):
                yield from read_file(file, file.relative_to(path).as_posix())
        elif path.is_file():
            if path.suffix.lower() in SUFFIXES:
                yield from read_file(path, path.name)
            else:
                yield ReadError(path, f"unsupported file type {path.suffix or '(none)'!r}")
        else:
            yield ReadError(path, "no such file or folder")


def _walk(folder: Path) -> Iterator[Path]:
    """Supported files under folder in path order (entries sorted by name, depth first);
    hidden entries skipped."""
    for entry in sorted(os.scandir(folder), key=lambda e: e.name):
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            yield from _walk(Path(entry.path))
        elif Path(entry.name).suffix.lower() in SUFFIXES:
            yield Path(entry.path)


def read_file(path: Path, document: str | None = None) -> Iterator[Article | ReadError]:
    """The article(s) of one file; `document` is its name in the output (default: file name)."""
    document = document or path.name
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from _read_jsonl(path, document)
        return
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise _Unreadable(f"too large for a news page ({size / 2**20:.1f} MB; the limit is "
                              f"{MAX_FILE_BYTES // 2**20} MB per .txt/.html file)")
        raw = decode(path.read_bytes())
        if suffix in (".html", ".htm"):
            yield _from_html(raw, document)
        else:
            yield article(raw, document)
    except (_Unreadable, OSError) as exc:
        yield ReadError(path, str(exc))


def decode(data: bytes) -> str:
    """Text of a file: UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK, Big5."""
    if not data.strip():
        raise _Unreadable("empty file")
    for bom, codec in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"),
                       (codecs.BOM_UTF16_BE, "utf-16")):  # fmt: skip
        if data.startswith(bom):
            try:
                return _plausible(data.decode(codec).lstrip("\ufeff"))
            except UnicodeDecodeError as exc:
                raise _Unreadable(f"not valid {codec} despite its byte-order mark") from exc
    if b"\x00" in data[:8192]:
        raise _Unreadable("binary file (NUL bytes), not text")
    try:
        return _plausible(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    best = from_bytes(data, cp_isolation=_ENCODINGS).best()
    if best is None:
        raise _Unreadable("cannot decode: not UTF-8, GB18030/GBK or Big5 text")
    return _plausible(str(best))


def _plausible(text: str) -> str:
    """Reject decodings that are mostly control, private-use or replacement characters."""
    if not text.strip():
        raise _Unreadable("empty file")
    odd = sum(
        1
        for ch in text
        if ch == "\ufffd" or unicodedata.category(ch) in ("Co", "Cs")
        or (unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f")
    )  # fmt: skip
    if odd > max(2, len(text) // 100):
        raise _Unreadable("binary or undecodable content, not text")
    return text


def article(
    raw: str,
    document: str,
    *,
    title: str | None = None,
    published: str | None = None,
    source_: str | None = None,
    url: str | None = None,
) -> Article:
    """An Article from a page's text; fields not given are read from the text (meta.py)."""
    raw = _valid(raw).replace("\r\n", "\n").replace("\r", "\n")
    text = clean(raw)
    if not text.strip():
        raise _Unreadable("no text left once page furniture is removed")
    if len(text) > MAX_TEXT_CHARS:
        raise _Unreadable(f"too long for one article ({len(text):,} characters; the limit is "
                          f"{MAX_TEXT_CHARS:,})")
    language = detect_language(text)
    meta = read_meta(raw, language)
    return Article(
        document=document,
        text=text,
        language=language,
        title=title or meta.title,
        published=published or meta.published,
        source=source_ or meta.source,
        url=url,
    )


# --- page furniture --------------------------------------------------------------------


@cache
def _junk(kind: str) -> tuple[re.Pattern[str], ...]:
    text = resources.files("convene.ingest").joinpath("data/meta_junk.tsv").read_text("utf-8")
    rows = (line.split("\t", 1) for line in text.splitlines() if line and line[0] != "#")
    return tuple(re.compile(p.strip(), re.I) for k, p in rows if k == kind)


def _meaningless(s: str) -> bool:
    return not re.search(r"[^\W\d_]", s)


def is_junk(line: str) -> bool:
    """A line of page furniture only: no name or word survives removing the boilerplate."""
    if not line.strip() or len(line) > MAX_FURNITURE_CHARS:
        return False
    if is_breadcrumb(line):
        steps = breadcrumb_steps(line)
        return all(any(p.fullmatch(s) for p in _junk("nav")) for s in steps)
    rest, hit = line, False
    for pattern in _junk("fragment"):
        rest, n = pattern.subn(" ", rest)
        hit = hit or n > 0
    return hit and _meaningless(rest)


def clean(text: str) -> str:
    """The text minus whole lines of page furniture; every other character unchanged."""
    return "".join(
        line for line in text.splitlines(keepends=True) if not is_junk(line.rstrip("\n"))
    )


# --- JSON lines --------------------------------------------------------------------------


def _read_jsonl(path: Path, document: str) -> Iterator[Article | ReadError]:
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield ReadError(path, str(exc))
        return
    with handle:
        seen = False
        for number, data in enumerate(handle, start=1):
            if not data.strip():
                continue
            seen = True
            where = f"line {number}"
            try:
                record = json.loads(data.decode("utf-8-sig"))
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                yield ReadError(path, f"{where}: not a JSON object ({exc})")
                continue
            text = record.get("text") if isinstance(record, dict) else None
            if not isinstance(text, str) or not text.strip():
                yield ReadError(path, f'{where}: no "text"')
                continue
            date = record.get("date") or record.get("published")
            try:
                yield article(
                    text,
                    f"{document}#{number}",
                    title=_str(record.get("title")),
                    published=parse_date(str(date)) if date else None,
                    source_=_str(record.get("source")),
                    url=_str(record.get("url")),
                )
            except _Unreadable as exc:
                yield ReadError(path, f"{where}: {exc}")
        if not seen:
            yield ReadError(path, "empty file")


def _str(value: object) -> str | None:
    return _valid(value).strip() or None if isinstance(value, str) else None


_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _valid(text: str) -> str:
    """Lone surrogates (a JSON "\\ud800" escape) as U+FFFD: they cannot be encoded as UTF-8,
    so the tokenizers and the Neo4j driver would fail on them."""
    return _SURROGATE.sub("\ufffd", text)


# --- HTML ----------------------------------------------------------------------------------

_META_DATE = re.compile(
    r"<meta[^>]+(?:name|property|itemprop)\s*=\s*[\"'](?:article:published_time|pubdate|"
    r"publishdate|publish_date|datePublished|date|dc\.date|og:release_date|PubDate)[\"'][^>]*>",
    re.I,
)
_CREDIT_LINE = re.compile(
    r"^\W{0,2}(?:责任编辑|编辑|责编|记者|实习记者|实习生|通讯员|作者|摄影|图|文\s*/|审核|校对|"
    r"(?:web |responsible )?editor|reporter|correspondent|author|proofreader|reviewed by|"
    r"photo|by\s)|/\s*摄\W{0,2}$|\s摄\W{0,2}$|文\s*/\s*图\W{0,2}$",
    re.I,
)


def _lenient(fn, *args, **kwargs):
    """trafilatura and htmldate fail on some broken pages (lxml assertions on a tree they
    pruned); the page is then read from its own text, without them."""
    try:
        return fn(*args, **kwargs)
    except Exception:  # noqa: BLE001 - any failure of a helper library means "no answer"
        return None


def _from_html(html: str, document: str) -> Article:
    """Main text by trafilatura, framed by the page's headline, field line and credit lines.

    The date is read here first, from meta tags and the page text: trafilatura misreads
    Chinese dates such as 2025年01月15日."""
    import trafilatura
    from lxml import html as lxml_html

    # Control characters are not allowed in an XML/HTML tree: lxml refuses them mid-page.
    html = _CONTROL.sub(" ", _valid(html))
    try:
        tree = lxml_html.fromstring(html)
    except Exception as exc:  # noqa: BLE001 - lxml raises several types on broken pages
        raise _Unreadable(f"not parseable HTML ({exc})") from exc
    for bad in tree.xpath("//script|//style|//noscript"):
        if bad.getparent() is not None:  # the root itself cannot be dropped
            bad.drop_tree()
    for block in tree.xpath("//p|//div|//br|//h1|//h2|//h3|//li|//tr|//title|//span[@class]"):
        block.tail = "\n" + (block.tail or "")
    page = "\n".join(line.strip() for line in tree.text_content().splitlines() if line.strip())
    main = _lenient(trafilatura.extract, html, include_comments=False, favor_recall=True) or ""
    if not main.strip() and not page.strip():
        raise _Unreadable("HTML page without text")
    language = detect_language(page or main)
    h1 = " ".join(tree.xpath("string(//h1)").split())
    title = h1 or read_meta(page, language).title
    date = None
    for tag in _META_DATE.findall(html):
        content = re.search(r"content\s*=\s*[\"']([^\"']+)", tag, re.I)
        date = date or (parse_date(content.group(1)) if content else None)
    date = date or read_meta(page, language).published
    if not date:
        meta = _lenient(trafilatura.extract_metadata, html)
        date = parse_date(meta.date) if meta is not None and meta.date else None
    fields = [ln for ln in page.splitlines()[:15] if is_meta_line(ln) and ln not in main][:1]
    credits = [
        ln for ln in page.splitlines()
        if len(ln) < 120 and _CREDIT_LINE.search(ln) and ln not in main and ln not in fields
    ]  # fmt: skip
    text = "\n\n".join(
        part for part in (title, "\n".join(fields), main, "\n".join(credits)) if part
    )
    return article(text, document, title=title, published=date,
                   source_=source(page, language))  # fmt: skip
