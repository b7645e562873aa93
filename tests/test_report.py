"""`scrutiny report`: the tracker's rules, and its rows as of a date."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from scrutiny_cli import query_report, report, report_model, report_render, report_status, store
from scrutiny_cli.read.text import fold
from scrutiny_cli.report_rules import (
    RAG_RULES,
    RECOMMENDATION_RULES,
    RECOMMENDATION_WORDS,
    REPORT_NEAR_MISSES,
    REPORT_RULES,
    RULE_WORDS,
    Facts,
    rag,
    recommendation_to,
)
from scrutiny_cli.shape import RECOMMENDING_WORDS
from tests.helpers import invoke

# --- Rules -----------------------------------------------------------------------------------

BY_NAME = {r.name: r for r in REPORT_RULES}


@pytest.mark.parametrize("rule", REPORT_RULES, ids=lambda r: r.name)
def test_rule_matches_its_example(rule) -> None:  # type: ignore[no-untyped-def]
    assert rule.search(fold(rule.example))


@pytest.mark.parametrize(("name", "text"), REPORT_NEAR_MISSES)
def test_rule_does_not_match_its_near_misses(name: str, text: str) -> None:
    assert not BY_NAME[name].search(fold(text))


@pytest.mark.parametrize("rule", RECOMMENDATION_RULES, ids=lambda r: r.name)
def test_a_rule_is_tried_on_every_text_it_can_match(rule) -> None:  # type: ignore[no-untyped-def]
    assert any(w in rule.example.lower() for w in RULE_WORDS[rule.name])
    assert set(RULE_WORDS[rule.name]) <= set(RECOMMENDATION_WORDS)


def test_the_index_of_recommending_resolutions_holds_the_rules_words() -> None:
    """The partial index the tracker reads recommendations through (migration 013) holds
    the resolutions with the rules' words: other words need a migration to make it anew."""
    assert RECOMMENDATION_WORDS == RECOMMENDING_WORDS


RECOMMENDED_TO = [
    ("Recommends to Cabinet that the youth services budget be protected.", "Cabinet"),
    ("the revised schedule of fees and charges be recommended to Council for approval.", "Council"),
    ("That the Committee recommend to full Council that the scheme be adopted", "full Council"),
    ("the Executive that the parking charges review be deferred", "Executive"),
    (
        "recommends to the Leader of the Council that the review be published",
        "Leader of the Council",
    ),
    (
        "the Committee recommends that the Cabinet Member for Environment introduce weekly food waste collections.",
        "Cabinet Member for Environment",
    ),
    (
        "the Board request that the Chair write to the Cabinet Member for Housing asking that the vacant enforcement posts be prioritised",
        "Cabinet Member for Housing",
    ),
    ("request that the Chair write to the Integrated Care Board seeking assurance", None),
    ("notes the draft strategy and supports its submission to Cabinet.", None),
    ("Notes the report.", None),
]


@pytest.mark.parametrize(("text", "to"), RECOMMENDED_TO)
def test_who_a_resolution_recommends_to(text: str, to: str | None) -> None:
    assert recommendation_to(text) == to


@pytest.mark.parametrize("rule", RAG_RULES, ids=lambda r: r.reason)
def test_each_rag_rule_rates_its_example(rule) -> None:  # type: ignore[no-untyped-def]
    assert rag(rule.example) == (rule.rating, rule.reason)


def test_overdue_wins_over_an_update() -> None:
    assert rag(Facts("open", True, False, True, False, True))[0] == "Red"


# --- Dates and keys --------------------------------------------------------------------------

TODAY = date(2024, 6, 1)
DUE = [
    # (due date, overdue on 1 June 2024, due within 30 days)
    ("2024-05-31", True, True),
    ("2024-06-01", False, True),
    ("2024-07-01", False, True),
    ("2024-07-02", False, False),
    ("2024-05", True, True),
    ("2024-06", False, True),
    ("2024-08", False, False),
    ("2023", True, True),
    ("2024", False, True),
    ("2025", False, False),
    (None, False, False),
]


@pytest.mark.parametrize(("due", "late", "soon"), DUE)
def test_due_dates_at_their_precision(due: str | None, late: bool, soon: bool) -> None:
    assert report.overdue(due, TODAY) is late
    assert report.due_soon(due, TODAY) is soon


def test_short_keys_are_unique_starts_of_at_least_five_characters() -> None:
    keys = ["pfajwlzwey", "pfajwxaaaa", "abcdefghij", "zzzzz00000"]
    short = report.short_keys(keys)
    assert short == {
        "pfajwlzwey": "pfajwl",
        "pfajwxaaaa": "pfajwx",
        "abcdefghij": "abcde",
        "zzzzz00000": "zzzzz",
    }


def test_evidence_splits_into_minute_date_and_words() -> None:
    found = report_status.split_evidence(
        "20/22 (2023-01-12): Further to Minute 14/22 it was not yet done."
    )
    assert found == report_model.Update(
        "20/22", "2023-01-12", "Further to Minute 14/22 it was not yet done."
    )


def test_a_decision_is_in_force_from_its_day_until_a_reset() -> None:
    log = [
        {
            "key": "k1",
            "status": "closed",
            "note": "by email",
            "set_at": "2024-02-02T10:00:00+00:00",
        },
        {"key": "k1", "status": "reset", "note": None, "set_at": "2024-03-01T10:00:00+00:00"},
        {
            "key": "k2",
            "status": "open",
            "note": "not enough",
            "set_at": "2024-02-05T09:00:00+00:00",
        },
    ]
    assert report_status.overrides_in_force(log, "2024-02-01") == {}
    assert set(report_status.overrides_in_force(log, "2024-02-10")) == {"k1", "k2"}
    assert set(report_status.overrides_in_force(log, "2024-03-01")) == {"k2"}


# --- The sample archive as of a date ---------------------------------------------------------


def _tracker(archive: Path, as_of: str, committee: str | None = None) -> report_model.Tracker:
    db = store.connect(archive, read_only=True)
    return report.build(query_report.report_rows(db, committee, None, as_of), as_of)


def _by_key(tracker: report_model.Tracker) -> dict[str, report_model.Line]:
    return {line.key: line for line in tracker.lines}


def test_as_of_a_meeting_its_own_minutes_do_not_count_yet(sample_archive: Path) -> None:
    before = _tracker(sample_archive, "2024-01-16")
    after = _tracker(sample_archive, "2024-01-17")
    # 16/23 of 16 January 2024 reported the evaluation circulated (g7a7mgn327).
    assert _by_key(before)["g7a7mgn327"].status == "open"
    assert "g7a7mgn327" not in _by_key(after)
    assert [c.key for c in after.closed] == ["3qtkmc3atb", "g7a7mgn327"]
    assert [c.key for c in before.closed] == ["3qtkmc3atb"]
    assert "epm6k56bqu" not in _by_key(before)  # asked on 16 January itself


def test_status_as_of_the_last_minutes_is_what_the_archive_holds(sample_archive: Path) -> None:
    db = store.connect(sample_archive, read_only=True)
    data = query_report.report_rows(db, None, None, "2100-01-01")
    # Worked out again from the citations (as for a tracker of an earlier date) ...
    cited = data.cited(a["item_id"] for a in data.actions)
    inferred = report_status.inferred(data.actions, cited, "2100-01-01", {})
    # ... and as stored, for today's tracker: the same statuses and evidence.
    for a in data.actions:
        stored = report_status.stored(a, "2100-01-01")
        assert stored is not None
        assert inferred[a["id"]] == stored, a["key"]


def test_the_rows_of_the_sample_tracker(sample_archive: Path) -> None:
    tracker = _tracker(sample_archive, "2024-06-01", "Housing")
    lines = _by_key(tracker)
    assert lines["urxse4ijs2"].rag_reason == "overdue"
    assert lines["urxse4ijs2"].days_outstanding == (TODAY - date(2022, 10, 4)).days
    assert lines["wrysqzjcz6"].rag == "Amber"  # due June 2024
    assert lines["ucvvf3i2uj"].rag == "Green" and lines["ucvvf3i2uj"].status == "addressed"
    assert lines["ucvvf3i2uj"].update == report_model.Update(
        "44/22", "2023-02-07",
        "Further to minute 28/22 the Board considered a further report of the Director of "
        "Housing on progress against the damp and mould action plan.",
    )  # fmt: skip
    assert [g.date for g in tracker.groups] == sorted(g.date for g in tracker.groups)
    assert tracker.committees == ["Housing and Communities Scrutiny Board"]
    assert str(tracker.summary).startswith("16 open (3 overdue), 5 addressed awaiting")
    [rec] = tracker.recommendations
    assert (rec.minute_ref, rec.to, rec.response_due) == (
        "46/22",
        "Cabinet Member for Housing",
        "2023-04-07",
    )
    assert rec.flagged and rec.response is None


# --- A terminal's screenful ---------------------------------------------------------------


@pytest.mark.parametrize("as_of", ["2023-02-08", "2024-01-17", "2024-06-01"])
@pytest.mark.parametrize("keep", [1, 2, 5, 40])
def test_a_screenful_of_the_tracker_is_the_head_of_the_whole(
    sample_archive: Path, as_of: str, keep: int
) -> None:
    """Cut to `keep` rows a table, the tracker shows the whole one's first rows, counts
    the others, and its summary still counts every row."""
    whole, cut = _whole_and_cut(sample_archive, as_of, keep)
    assert whole.lines and whole.closed  # the sample has rows enough to cut
    text = report_render.markdown(cut)
    more = f"… {cut.more_outstanding:,} more outstanding actions"
    assert (more in text) == bool(cut.more_outstanding)
    assert report_render.markdown(whole).count("…") == 0


@pytest.mark.parametrize("committee", [None, "Housing"])
def test_a_screenful_counts_and_shows_the_actions_people_decided_on(
    archive_copy: Path, committee: str | None
) -> None:
    """The screenful counts the untouched open actions in the query and fetches only the
    first: an untouched action closed by hand, one whose minute closed it reopened, and one
    reopened then reset to the minutes' word are each counted and shown as the whole
    tracker has them."""
    later = "2100-01-01"  # a tracker after today's decisions
    before, _ = _whole_and_cut(archive_copy, later, 3, committee)
    first, second, closed = before.lines[0].key, before.lines[1].key, _closed_key(archive_copy)
    for args in (["close", first], ["reopen", second], ["reset", second], ["reopen", closed]):
        assert invoke(archive_copy, "actions", *args).exit_code == 0
    for keep in (1, 3, 40):
        whole, cut = _whole_and_cut(archive_copy, later, keep, committee)
        lines, earlier = _by_key(whole), _by_key(before)
        assert first not in lines and lines[closed].status == "open"
        assert lines[second].status == earlier[second].status
        assert len(whole.lines) == len(before.lines)  # one closed, one reopened
        assert cut.lines[0].key == second


def test_a_screenful_reads_a_decision_in_force_then_and_reset_since(archive_copy: Path) -> None:
    """An action closed by hand in 2024 and reset to the minutes' word since is stored as
    the minutes left it (open, on no minute's word), yet a tracker of mid-2024 shows it
    closed then: the screenful must not count it among the untouched open actions."""
    as_of = "2024-06-01"
    before, _ = _whole_and_cut(archive_copy, as_of, 3)
    key = next(line.key for line in before.lines if line.status == "open" and not line.update)
    for change in ("close", "reset"):
        assert invoke(archive_copy, "actions", change, key).exit_code == 0
    db = sqlite3.connect(archive_copy)
    with db:
        db.execute("update override_log set set_at = '2024-05-01' where status = 'closed'")
    db.close()
    whole, _ = _whole_and_cut(archive_copy, as_of, 3)
    assert key not in _by_key(whole)
    assert whole.summary.open == before.summary.open - 1


def _whole_and_cut(
    archive: Path, as_of: str, keep: int, committee: str | None = None
) -> tuple[report_model.Tracker, report_model.Tracker]:
    """The whole tracker and the one cut to `keep` rows a table, checked to agree."""
    db = store.connect(archive, read_only=True)
    whole = report.build(query_report.report_rows(db, committee, None, as_of), as_of, chart=False)
    rows = query_report.report_rows(db, committee, None, as_of, keep=keep)
    cut = report.build(rows, as_of, chart=False, keep=keep)
    db.conn.close()
    assert cut.summary == whole.summary
    assert cut.lines == whole.lines[:keep]
    assert cut.closed == whole.closed[:keep]
    assert cut.recommendations == whole.recommendations[:keep]
    assert cut.more_outstanding == len(whole.lines) - len(cut.lines)
    assert cut.more_closed == len(whole.closed) - len(cut.closed)
    assert cut.more_recommendations == len(whole.recommendations) - len(cut.recommendations)
    return whole, cut


def _closed_key(archive: Path) -> str:
    """An action the minutes closed (in Housing, where the tests above look)."""
    db = store.connect(archive, read_only=True)
    [key] = db.execute(
        "select a.key from actions a join items i on i.id = a.item_id join meetings m on "
        "m.id = i.meeting_id where a.status = 'closed' and m.committee like '%Housing%' limit 1"
    ).fetchone()
    db.conn.close()
    return str(key)


def test_a_cut_tracker_asks_for_the_short_keys_of_the_rows_shown_only() -> None:
    """Without the query's look for crowded keys, the neighbours of each row shown are
    asked for (and of no other row), and make its short key."""
    asked: list[list[str]] = []

    def neighbours(keys):  # type: ignore[no-untyped-def]
        asked.append(list(keys))
        return {k: ("abcdezzzzz", None) if k == "abcdefghij" else (None, None) for k in keys}

    def action(n: int, key: str) -> dict[str, object]:
        return {
            "id": n, "key": key, "item_id": n, "resolution_id": None, "text": f"Task {n}",
            "owner": None, "due_date": None, "due_text": None, "status": "open",
            "status_evidence": None, "status_by": None, "minute_ref": f"{n}/24",
            "committee": "Wyvern Board", "committee_key": "wyvern board",
            "meeting_date": "2024-01-10", "item_position": n, "position": 0, "crowded": None,
        }  # fmt: skip

    meetings = [{"id": 1, "committee": "Wyvern Board", "committee_key": "wyvern board",
                 "date": "2024-01-10"}]  # fmt: skip
    keys = ["abcdefghij", "qrstuvwxyz", "mnopqrstuv"]
    data = query_report.ReportRows(
        meetings=meetings, actions=[action(n, k) for n, k in enumerate(keys)],
        neighbours=neighbours,
    )  # fmt: skip
    cut = report.build(data, "2024-06-01", chart=False, keep=2)
    assert asked == [["abcdefghij", "qrstuvwxyz"]]
    assert [line.short_key for line in cut.lines] == ["abcdef", "qrstu"]
    assert cut.more_outstanding == 1 and cut.summary.open == 3
    with pytest.raises(ValueError):
        report.build(data, "2024-06-01", keep=2)  # the chart counts every row


# --- Recommendations to the executive, and their answers -------------------------------------


def _minutes(day: str, items: str) -> str:
    """Formal minutes of the Wyvern Overview and Scrutiny Committee on a day."""
    return (
        "\n\nWyvern Borough Council\n"
        "Minutes of the Meeting of Overview and Scrutiny Committee\n"
        f"held at 6.00 pm on {day}\n\nPresent:\n\nMembers: Councillor K Osei (Chair)\n\n" + items
    )


BUDGET = _minutes(
    "Thursday, 1 February 2024",
    """5. Budget Proposals 2024/25

RESOLVED that the Committee:

1) Notes the report.
2) Recommends to Cabinet that the proposed reduction in library opening hours be withdrawn.

6. Fees and Charges

RESOLVED that the revised schedule of fees and charges be recommended to Council for approval.
""",
)
RESPONSE = _minutes(
    "Thursday, 14 March 2024",
    """10. Cabinet Response

Further to minute 5/23 the Committee considered the Cabinet's response to its recommendations on the budget proposals.

RESOLVED that the response be noted.
""",
)


@pytest.fixture(scope="module")
def budget_archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from scrutiny_cli.ingest import ingest

    folder = tmp_path_factory.mktemp("budget")
    (folder / "2024-02-01.txt").write_text(BUDGET, encoding="utf-8")
    (folder / "2024-03-14.txt").write_text(RESPONSE, encoding="utf-8")
    path = folder / "budget.db"
    db = store.connect(path)
    ingest(db, [folder])
    db.conn.close()
    return path


def test_a_recommendation_awaits_its_answer_for_two_months(budget_archive: Path) -> None:
    recs = _tracker(budget_archive, "2024-03-14").recommendations
    assert [(r.minute_ref, r.to, r.response_due, r.state) for r in recs] == [
        ("5/23", "Cabinet", "2024-04-01", "awaiting response"),
        ("6/23", "Council", "2024-04-01", "awaiting response"),
    ]


def test_an_answer_recorded_since_the_last_meeting_is_shown(budget_archive: Path) -> None:
    recs = _tracker(budget_archive, "2024-04-20").recommendations
    cabinet, council = recs
    assert cabinet.state == "response recorded"
    assert cabinet.response is not None and cabinet.response.ref == "10/23"
    assert council.state == "no response recorded" and council.flagged
