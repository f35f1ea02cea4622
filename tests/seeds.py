"""Where the shared seed corpus is: ../shared/corpus/seeds beside the checkout (CI puts it there)."""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"
CORPUS = ROOT / "corpus"


def seed_gold() -> dict[str, dict]:
    lines = (SEEDS / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    return {g["id"]: g for g in (json.loads(line) for line in lines if line.strip())}


def seed_path(prefix: str) -> Path:
    return next(SEEDS.glob(f"{prefix}_*.txt"))
