"""Every rule matches its own example, and no rule matches its near-misses."""

from __future__ import annotations

import pytest

from scrutiny_cli.parse import document  # noqa: F401  (imports every stage, so every rule)
from scrutiny_cli.parse.rules import NEAR_MISSES, RULES, Rule
from scrutiny_cli.read.text import fold

BY_NAME = {r.name: r for r in RULES}


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_rule_matches_its_example(rule: Rule) -> None:
    assert rule.search(fold(rule.example)), f"{rule.name} does not match {rule.example!r}"


@pytest.mark.parametrize(("name", "text"), NEAR_MISSES)
def test_near_miss_does_not_match(name: str, text: str) -> None:
    assert not BY_NAME[name].search(fold(text)), f"{name} wrongly matches {text!r}"


def test_rule_names_are_unique() -> None:
    assert len(BY_NAME) == len(RULES)


def test_every_stage_has_rules() -> None:
    assert {r.kind for r in RULES} >= {"page", "header", "segment", "resolution", "action", "ref"}
