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


def _sentences_we_hold() -> list[str]:
    """Every sentence of the project's own minutes: the sample archive and golden pages."""
    from pathlib import Path

    from scrutiny_cli.parse import sentences
    from scrutiny_cli.read.text import read_text

    root = Path(__file__).resolve().parent.parent
    files = [*root.glob("sample_data/**/*.txt"), *root.glob("tests/golden/**/*.txt")]
    return [fold(s) for f in files for s in sentences.split(read_text(f.read_bytes()))]


def test_a_gate_lets_through_whatever_its_rule_matches() -> None:
    from scrutiny_cli.parse.requests import CUE_GATES

    texts = [fold(r.example) for r in RULES] + _sentences_we_hold()
    for name, gate in CUE_GATES.items():
        matched = [t for t in texts if BY_NAME[name].search(t)]
        assert len(matched) >= 5, f"too few sentences to check the {name} gate"
        missed = [t for t in matched if not gate.search(t)]
        assert not missed, f"the {name} gate stops {missed[0]!r}, which the rule matches"


def test_the_words_a_cue_needs_are_in_whatever_it_matches() -> None:
    import re

    from scrutiny_cli.parse.cue_gates import CUE_NEEDS
    from scrutiny_cli.parse.cues import NARRATIVE_CUES

    texts = [fold(r.example) for r in RULES] + _sentences_we_hold()
    for rule, _origin in NARRATIVE_CUES:
        for text in (t for t in texts if rule.search(t)):
            words = set(re.findall(r"[a-z]+", text.lower()))
            assert not CUE_NEEDS[rule.name].isdisjoint(words), f"{rule.name}: {text!r}"
