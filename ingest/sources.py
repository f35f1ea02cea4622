"""Reading inputs: text files, folders of them, and JSON Lines with metadata. Bad input is named, not fatal.

Each yielded item is an `ArticleInput` or an `InputError` that names the input (file, or file:line), so
that the pipeline ingests every good article and reports every bad one.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

from graph_schema.errors import InputError
from ingest.extract import ArticleInput

ARTICLE_SUFFIXES = {".txt", ".jsonl"}


def _decode(path: Path, data: bytes, max_bytes: int) -> str:
    if len(data) > max_bytes:
        raise InputError(str(path), f"file is {len(data):,} bytes, over the {max_bytes:,}-byte limit for one article")
    if b"\x00" in data:
        raise InputError(str(path), "binary file (contains NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(str(path), f"not UTF-8 text (invalid byte at offset {exc.start})") from None
    if not text.strip():
        raise InputError(str(path), "empty file")
    return text


def _published(value: object, where: str) -> dt.date | None:
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        raise InputError(where, f"'published' is not an ISO date: {value!r}") from None


def _from_jsonl(path: Path, max_bytes: int, *, explicit: bool) -> Iterator[ArticleInput | InputError]:
    try:
        raw = path.read_bytes()
        if b"\x00" in raw:
            raise InputError(str(path), "binary file (contains NUL bytes), not JSON Lines")
        lines = raw.decode("utf-8-sig").splitlines()
    except UnicodeDecodeError as exc:
        yield InputError(str(path), f"not UTF-8 text (invalid byte at offset {exc.start})")
        return
    except InputError as exc:
        yield exc
        return
    except OSError as exc:
        yield InputError(str(path), f"cannot read: {exc.strerror}")
        return
    parsed: list[tuple[int, object]] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            parsed.append((number, json.loads(line)))
        except json.JSONDecodeError as exc:
            parsed.append((number, InputError(f"{path}:{number}", f"malformed JSON ({exc.msg} at column {exc.colno})")))
    well_formed = not any(isinstance(obj, InputError) for _, obj in parsed)
    if not explicit and well_formed and not any(isinstance(obj, dict) and "text" in obj for _, obj in parsed):
        return  # a folder's annotation or metadata file (e.g. gold.jsonl), not articles
    for number, obj in parsed:
        where = f"{path}:{number}"
        if isinstance(obj, InputError):
            yield obj
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            yield InputError(where, "each line must be a JSON object with a string 'text' field")
            continue
        text = obj["text"]
        if not text.strip():
            yield InputError(where, "empty 'text'")
            continue
        if len(text.encode("utf-8")) > max_bytes:
            yield InputError(where, f"'text' is over the {max_bytes:,}-byte limit for one article")
            continue
        try:
            published = _published(obj.get("published"), where)
        except InputError as exc:
            yield exc
            continue
        yield ArticleInput(
            text=text,
            source=str(obj.get("url") or where),
            name=str(obj.get("id") or f"{path.stem}-{number}"),
            url=obj.get("url"),
            title=obj.get("title"),
            outlet=obj.get("outlet"),
            published=published,
            language=obj.get("language"),
        )


def read_inputs(paths: list[Path], max_bytes: int) -> Iterator[ArticleInput | InputError]:
    """Every article in the given files and folders (recursively, sorted), or an error naming the bad input."""
    for path in paths:
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
            for file in files:
                yield from _read_file(file, max_bytes, explicit=False)
        elif path.is_file():
            yield from _read_file(path, max_bytes, explicit=True)
        else:
            yield InputError(str(path), "no such file or folder")


def _read_file(path: Path, max_bytes: int, *, explicit: bool) -> Iterator[ArticleInput | InputError]:
    if path.suffix.lower() == ".jsonl":
        yield from _from_jsonl(path, max_bytes, explicit=explicit)
        return
    try:
        text = _decode(path, path.read_bytes(), max_bytes)
    except InputError as exc:
        yield exc
        return
    except OSError as exc:
        yield InputError(str(path), f"cannot read: {exc.strerror}")
        return
    yield ArticleInput(text=text, source=str(path), name=path.stem)
