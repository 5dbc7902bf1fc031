"""Test cases of the safety net's families, written as family -> language -> texts, turned
into pytest parameters named for where they stand ("coerce-de-1"), for the family test
modules (tests/test_triage_assault.py, _coercion, _plain)."""

from __future__ import annotations

import pytest


def family_cases(table: dict[str, dict[str, tuple[str, ...]]]) -> list[pytest.param]:  # type: ignore[valid-type]
    return [
        pytest.param(text, id=f"{family}-{lang}-{i}")
        for family, by_lang in table.items()
        for lang, texts in by_lang.items()
        for i, text in enumerate(texts)
    ]
