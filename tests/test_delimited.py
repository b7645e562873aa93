"""CSV and TSV are written a block at a time, byte for byte as the csv module writes the
same cells: formulas escaped, search marks as **, quoted only where a cell must be."""

from __future__ import annotations

import csv
import io
import sqlite3
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from scrutiny_cli.delimited import write_delimited
from scrutiny_cli.output import FORMULA_STARTS, MARK_END, MARK_START, Format, write_rows
from scrutiny_cli.rows import Rows, query_rows

# Every character the writer treats apart, and a few it must not.
AWKWARD = "ab ,\"\r\n\t\x00=+-@'é" + MARK_START + MARK_END + "".join(FORMULA_STARTS)
CELLS = st.one_of(
    st.none(),
    st.integers(-10, 10),
    st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(),
    st.text(alphabet=AWKWARD, max_size=8),
)


def by_csv_module(columns: list[str], rows: list[tuple[Any, ...]], tsv: bool, escape: bool) -> str:
    """What writing the rows with the csv module gives, each text cell made as CSV makes
    it: marks as **, and with escape a formula-like text after an apostrophe."""

    def cell(value: Any) -> Any:
        if isinstance(value, str):
            value = (
                value.replace(MARK_START, "**").replace(MARK_END, "**")
                if MARK_START in value
                else value
            )
            if escape and value.startswith(FORMULA_STARTS):
                return "'" + value
        return value

    stream = io.StringIO()
    writer = csv.writer(stream, dialect="excel-tab" if tsv else "excel")
    writer.writerow(columns)
    writer.writerows([cell(v) for v in row] for row in rows)
    return stream.getvalue()


@settings(max_examples=400, deadline=None)
@given(
    width=st.integers(1, 4),
    data=st.data(),
    tsv=st.booleans(),
    escape=st.booleans(),
    block=st.integers(1, 3),
)
def test_blocks_are_written_as_the_csv_module_writes(
    width: int, data: st.DataObject, tsv: bool, escape: bool, block: int
) -> None:
    rows = data.draw(st.lists(st.tuples(*[CELLS] * width), max_size=6))
    columns = [f"c{i}" for i in range(width)]
    stream = io.StringIO()
    blocks = [rows[i : i + block] for i in range(0, len(rows), block)]
    starts = FORMULA_STARTS if escape else ()
    write_delimited(stream, columns, blocks, "\t" if tsv else ",", starts)
    assert stream.getvalue() == by_csv_module(columns, rows, tsv, escape)


def _rows() -> Rows:
    conn = sqlite3.connect(":memory:")
    conn.execute("create table t (a, b, flag)")
    conn.executemany(
        "insert into t values (?, ?, ?)",
        [(i, f"=x{i}" if i % 3 else f'a, "b"\n{i}', i % 2) for i in range(2500)],
    )
    return query_rows(
        (conn.execute(sql) for sql in ("select * from t", "select * from t where a < 5")),
        types={"flag": bool},
    )


def test_a_query_s_rows_are_written_as_its_dicts_are() -> None:
    dicts = list(_rows())
    assert dicts[1] == {"a": 1, "b": "=x1", "flag": True} and len(dicts) == 2505
    for fmt in (Format.csv, Format.tsv):
        for columns in (["a", "b", "flag"], ["flag", "a"], ["b"], ["a", "missing"]):
            fast, slow = io.StringIO(), io.StringIO()
            write_rows(_rows(), columns, fmt, stream=fast)
            write_rows(iter(dicts), columns, fmt, stream=slow)
            assert fast.getvalue() == slow.getvalue()
    escaped = io.StringIO()
    write_rows(_rows(), ["b"], Format.csv, stream=escaped)
    formulas = sum(d["b"].startswith("=") for d in dicts)
    assert formulas > 1000 and escaped.getvalue().count("'=x") == formulas
