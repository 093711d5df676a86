"""An adversarial corpus, generated under tmp_path: every bad file gets a clear error naming it
or a clean (possibly empty) result, the batch goes on, `convene ingest` lists the failures and
exits non-zero, and memory stays bounded (peak RSS of the command measured with wait4).

Sentences and names here are invented for the test.
"""

from __future__ import annotations

import json
import os
import random
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from conftest import ROOT
from test_fuzz_extract import assert_offsets

from convene.ingest.extract import extract
from convene.ingest.facts import Article
from convene.ingest.read import MAX_FILE_BYTES, MAX_TEXT_CHARS, ReadError, read_paths

EN = ("On March 3, 2031, the Lakeview County Party Committee held a standing committee meeting. "
      "Secretary Wang Jianhua chaired the meeting.\n")
ZH = "3月3日，湖滨县委召开常委会会议，县委书记王建华主持会议。\n"
ZH_TRADITIONAL = "3月3日，湖濱縣委召開常委會會議，縣委書記王建華主持會議。\n"
TINY_FILES = 10_000
BIG_BYTES = 50 * 1024 * 1024
SECONDS_PER_FILE = 60  # generous: a safety bound, not a benchmark
PEAK_RSS_MB = 1500  # likewise


@dataclass(frozen=True)
class Expect:
    articles: int = 0  # articles the file yields
    errors: tuple[str, ...] = ()  # one pattern per expected ReadError message


def _names_en(n: int) -> list[str]:
    surnames = ("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu")
    syllables = ("jian", "ming", "hua", "guo", "wei", "fang", "xiao", "yu", "lin", "hong")
    given = [a.capitalize() + b for a in syllables for b in syllables if a != b]
    return [f"{s} {g}" for g in given for s in surnames][:n]


def _names_zh(n: int) -> list[str]:
    surnames = "王李张刘陈杨赵黄周吴"
    given = "建明华国伟芳晓宇林红"
    return [s + a + b for a in given for b in given for s in surnames if a != b][:n]


def _nested(depth: int) -> str:
    """Quotes within quotes within quotes, in both languages, with brackets around them."""
    opening = "".join(f'{"“‘"[i % 2]}he said, ' for i in range(depth))
    closing = "".join("”’"[i % 2] for i in reversed(range(depth)))
    zh_open = "".join(f"{'《「（'[i % 3]}文件" for i in range(depth))
    zh_close = "".join("》」）"[i % 3] for i in reversed(range(depth)))
    return (f"Nested quotes\n\n{opening}{EN.strip()}{closing}\n\n{zh_open}{ZH.strip()}{zh_close}\n"
            + "(" * depth + "the county held a meeting" + ")" * depth + "\n"
            + "“" * 200 + "”" * 200 + "\n")


def build_corpus(folder: Path, tiny: bool = True) -> dict[str, Expect]:
    """The adversarial files, each with what reading it must give."""
    rng = random.Random(8)
    expect: dict[str, Expect] = {}

    def put(name: str, data: bytes | str, what: Expect) -> None:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        expect[name] = what

    put("empty.txt", b"", Expect(errors=("empty file",)))
    put("blank.txt", b"  \n\n\t \n", Expect(errors=("empty file",)))
    put("binary.txt", bytes(rng.randrange(256) for _ in range(20_000)),
        Expect(errors=("binary",)))
    put("noise.html", bytes(rng.randrange(128, 256) for _ in range(20_000)),
        Expect(errors=("cannot decode|binary",)))
    put("invalid_utf8.txt", EN.encode() * 3 + b"\xff\xfe\xc3\x28 broken \x80\x81\n" + EN.encode(),
        Expect(errors=("cannot decode",)))
    put("gbk_lie.html", (
        '<html><head><meta charset="utf-8"><meta http-equiv="Content-Type" '
        'content="text/html; charset=utf-8"><title>湖滨县委召开常委会会议</title></head>'
        f"<body><h1>湖滨县委召开常委会会议</h1><p>{ZH}</p></body></html>").encode("gbk"),
        Expect(articles=1))
    put("big5.txt", ("湖濱縣委召開常委會會議\n\n" + ZH_TRADITIONAL).encode("big5"),
        Expect(articles=1))
    put("scripts.html", (
        "<html><head><script>var leak = 'SCRIPT_TEXT'; document.write('<p>WRITTEN</p>');</script>"
        "<style>p { color: red } /* STYLE_TEXT */</style></head><body>"
        '<iframe src="http://127.0.0.1:9/x" srcdoc="<p>IFRAME_TEXT</p>">IFRAME_BODY</iframe>'
        "<h1>Lakeview County holds a meeting</h1>"
        + '<script>alert("SCRIPT_TEXT")</script><iframe src="about:blank"></iframe>' * 300
        + f"<p>{EN}</p><noscript>NOSCRIPT_TEXT</noscript>"
        '<img src="x" onerror="alert(\'SCRIPT_TEXT\')"></body></html>'), Expect(articles=1))
    put("broken.jsonl", "\n".join([
        json.dumps({"text": EN, "title": "ok"}),
        '{"text": "unterminated',
        "[1, 2, 3]",
        json.dumps({"title": "no text at all"}),
        json.dumps({"text": 42}),
        json.dumps({"text": "   "}),
        "",
        json.dumps({"text": ZH, "date": "not a date", "title": 5, "url": ["x"]}),
        json.dumps({"text": "x" * (MAX_TEXT_CHARS + 1)}),
    ]) + "\n", Expect(articles=2, errors=(r"line 2: not a JSON", r"line 3: no \"text\"",
                                         r"line 4: no \"text\"", r"line 5: no \"text\"",
                                         r"line 6: no \"text\"", r"line 9: too long")))
    put("no_meeting.txt", "Weather\n\nRain is expected in the hills tomorrow, with wind from "
        "the north.\n", Expect(articles=1))
    put("names500.txt", "Lakeview County holds plenary meeting\n\n" + EN
        + "Attending the meeting were " + ", ".join(_names_en(500)) + ".\n", Expect(articles=1))
    put("names500_zh.txt", "湖滨县委召开全体会议\n\n" + ZH + "出席会议的有："
        + "、".join(_names_zh(500)) + "。\n", Expect(articles=1))
    put("nested.txt", _nested(300), Expect(articles=1))
    put("long.txt", EN * (MAX_TEXT_CHARS // len(EN) + 10), Expect(errors=("too long",)))
    with (folder / "big.txt").open("wb") as big:  # 50 MB, written in pieces
        piece = (EN * 1000).encode()
        for _ in range(BIG_BYTES // len(piece) + 1):
            big.write(piece)
    expect["big.txt"] = Expect(errors=("too large",))
    if tiny:
        for i in range(TINY_FILES):
            empty = i % 100 == 0
            text = "" if empty else f"Notice {i}\n\nReading room {i} opens at {i % 12 + 1}.\n"
            put(f"tiny/{i // 1000:02d}/{i:05d}.txt", text,
                Expect(errors=("empty file",)) if empty else Expect(articles=1))
    return expect


def test_the_big_file_is_big_enough(tmp_path):
    expect = build_corpus(tmp_path, tiny=False)
    assert (tmp_path / "big.txt").stat().st_size >= BIG_BYTES > MAX_FILE_BYTES
    assert len(expect) == 15


def test_each_bad_file_gets_a_clear_error_or_a_clean_result(tmp_path):
    expect = build_corpus(tmp_path, tiny=False)
    for name, want in expect.items():
        path = tmp_path / name
        started = time.monotonic()
        items = list(read_paths([path]))
        articles = [i for i in items if isinstance(i, Article)]
        errors = [i for i in items if isinstance(i, ReadError)]
        assert len(articles) == want.articles, (name, items)
        assert len(errors) == len(want.errors), (name, errors)
        for error, pattern in zip(errors, want.errors, strict=True):
            assert error.path == path and re.search(pattern, error.message), (name, error)
            assert name in str(error)  # the message names the file
        for a in articles:
            assert_offsets(extract(a))
        took = time.monotonic() - started
        assert took < SECONDS_PER_FILE, f"{name} took {took:.0f} s"


def _one(path: Path) -> Article:
    (item,) = list(read_paths([path]))
    assert isinstance(item, Article), item
    return item


def test_mislabelled_and_legacy_encodings_are_decoded(tmp_path):
    build_corpus(tmp_path, tiny=False)
    gbk = _one(tmp_path / "gbk_lie.html")
    assert ZH.strip() in gbk.text and gbk.language == "zh"
    assert any(m.chaired_by for m in extract(gbk).meetings)
    big5 = _one(tmp_path / "big5.txt")
    assert ZH_TRADITIONAL.strip() in big5.text and big5.language == "zh"


def test_scripts_iframes_and_styles_leave_no_trace(tmp_path):
    build_corpus(tmp_path, tiny=False)
    page = _one(tmp_path / "scripts.html")
    assert "Secretary Wang Jianhua chaired the meeting." in page.text
    for leak in ("SCRIPT_TEXT", "WRITTEN", "STYLE_TEXT", "IFRAME_TEXT", "IFRAME_BODY",
                 "NOSCRIPT_TEXT", "alert(", "<", "color: red"):
        assert leak not in page.text, leak


def test_an_article_without_a_meeting_is_a_clean_empty_result(tmp_path):
    build_corpus(tmp_path, tiny=False)
    x = extract(_one(tmp_path / "no_meeting.txt"))
    assert x.meetings == () and x.persons == ()


def test_crowds_and_nesting_stay_within_bounds(tmp_path):
    build_corpus(tmp_path, tiny=False)
    for name in ("names500.txt", "names500_zh.txt", "nested.txt"):
        started = time.monotonic()
        x = extract(_one(tmp_path / name))
        assert time.monotonic() - started < SECONDS_PER_FILE, name
        assert assert_offsets(x) > 0  # the meeting sentence is still read
        assert len(x.persons) <= 520  # no name is invented from the list's punctuation


def _ingest_measured(paths: list[Path], out: Path) -> tuple[int, str, str, float]:
    """`convene ingest` as a child process: exit code, stdout, stderr, peak RSS in MB."""
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    env["COLUMNS"] = "200"  # rich wraps at the terminal width; keep one failure per line
    with (out / "stdout").open("w") as stdout, (out / "stderr").open("w") as stderr:
        proc = subprocess.Popen([sys.executable, "-m", "convene.cli", "ingest", *map(str, paths)],
                                stdout=stdout, stderr=stderr, env=env, cwd=ROOT)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
    return (proc.returncode, (out / "stdout").read_text(), (out / "stderr").read_text(),
            usage.ru_maxrss / 1024)


def test_convene_ingest_goes_on_sums_up_and_fails(tmp_path, empty_db, artifacts):
    corpus = tmp_path / "corpus"
    expect = build_corpus(corpus)
    logs = tmp_path / "logs"
    logs.mkdir()
    baseline = tmp_path / "baseline"
    baseline.mkdir()
    base_code, _, base_err, base_rss = _ingest_measured([ROOT / "examples"], baseline)
    assert base_code == 0, base_err[-2000:]
    with empty_db.session() as s:
        s.run("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS").consume()

    started = time.monotonic()
    code, out, err, rss = _ingest_measured([corpus], logs)
    seconds = time.monotonic() - started
    articles = sum(e.articles for e in expect.values())
    failures = sum(len(e.errors) for e in expect.values())

    assert code == 2, err[-3000:]
    assert f"{articles} articles loaded" in " ".join(out.split())
    assert "Traceback" not in err
    failed = [line for line in err.splitlines() if line.startswith("failed ")]
    assert len(failed) == failures, failed[:20]
    for name, want in expect.items():
        if want.errors:
            lines = [ln for ln in failed if f"{corpus / name}:" in ln]
            assert len(lines) == len(want.errors), (name, lines)
    assert f"{failures} file(s) failed" in " ".join(err.split())
    with empty_db.session() as s:
        stored = s.run("MATCH (a:Article) RETURN count(a) AS c").single()["c"]
    assert stored == articles

    (artifacts / "hardening_input.json").write_text(json.dumps({
        "files": len(expect), "articles_loaded": articles, "failures_reported": failures,
        "seconds": round(seconds), "peak_rss_mb": round(rss),
        "baseline_peak_rss_mb (examples/)": round(base_rss),
    }, indent=1))
    # Streaming: 10k files and a 50 MB file cost about what four articles cost.
    assert rss < PEAK_RSS_MB, f"peak RSS {rss:.0f} MB"
    assert rss < base_rss + 400, f"peak RSS {rss:.0f} MB vs {base_rss:.0f} MB for examples/"


def test_a_missing_path_fails_clearly_and_the_rest_is_read(tmp_path):
    (tmp_path / "ok.txt").write_text(EN, encoding="utf-8")
    items = list(read_paths([tmp_path / "missing.txt", tmp_path / "ok.txt",
                             tmp_path / "notes.pdf"]))
    assert [type(i).__name__ for i in items] == ["ReadError", "Article", "ReadError"]
    assert "no such file" in items[0].message
