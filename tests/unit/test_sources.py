"""Bad input is named and skipped; good input beside it is still read."""

from __future__ import annotations

import json
from pathlib import Path

from graph_schema.errors import InputError
from ingest.extract import ArticleInput
from ingest.sources import read_inputs

LIMIT = 2_000_000


def _read(*paths: Path) -> tuple[list[ArticleInput], list[InputError]]:
    items = list(read_inputs(list(paths), LIMIT))
    return [i for i in items if isinstance(i, ArticleInput)], [i for i in items if isinstance(i, InputError)]


def test_bad_files_are_named_and_good_ones_still_read(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Foreign Minister A met B in Paris on Monday.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\x00\x00\x01")
    (tmp_path / "latin1.txt").write_bytes("Réunion à Genève".encode("latin-1"))
    (tmp_path / "huge.txt").write_bytes(b"a" * (LIMIT + 1))
    good, bad = _read(tmp_path)
    assert [g.name for g in good] == ["good"]
    reasons = {Path(e.source).name: e.reason for e in bad}
    assert reasons.keys() == {"empty.txt", "binary.txt", "latin1.txt", "huge.txt"}
    assert "empty" in reasons["empty.txt"]
    assert "binary" in reasons["binary.txt"]
    assert "UTF-8" in reasons["latin1.txt"]
    assert "limit" in reasons["huge.txt"]


def test_jsonl_metadata_and_malformed_lines(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps(
            {
                "id": "a1",
                "text": "A met B.",
                "url": "https://example.org/a1",
                "outlet": "Example",
                "published": "2024-05-13",
                "language": "en",
            }
        ),
        "{not json",
        json.dumps({"id": "a3", "title": "no text"}),
        json.dumps({"id": "a4", "text": "C met D.", "published": "13/05/2024"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    good, bad = _read(path)
    assert [(g.name, g.outlet, str(g.published), g.language) for g in good] == [("a1", "Example", "2024-05-13", "en")]
    assert sorted(e.source for e in bad) == [f"{path}:2", f"{path}:3", f"{path}:4"]
    assert "malformed JSON" in next(e.reason for e in bad if e.source.endswith(":2"))


def test_annotation_files_in_folders_are_not_articles(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("A met B.", encoding="utf-8")
    (tmp_path / "gold.jsonl").write_text(json.dumps({"id": "a", "meetings": []}) + "\n", encoding="utf-8")
    good, bad = _read(tmp_path)
    assert [g.name for g in good] == ["a"] and bad == []
    # named explicitly, the same file is an error: it has no article text
    _, bad = _read(tmp_path / "gold.jsonl")
    assert len(bad) == 1


def test_missing_path(tmp_path: Path) -> None:
    _, bad = _read(tmp_path / "nope.txt")
    assert bad[0].reason == "no such file or folder"
