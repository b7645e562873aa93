"""Small bar charts as inline SVG for the HTML tracker: a few rects and text, no script and
no dependency, so the file works offline, prints, and reads aloud (title, description and
every value written beside its bar)."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from .report_model import Bar

WIDTH = 500
LABEL_WIDTH = 230  # room for "2023-10-12 Children and Young People"
BAR_HEIGHT = 11
ROW_GAP = 8
TOP = 34  # room for the legend
VALUE_ROOM = 30  # right of the longest bar, for its value

# (series name, fill colour): dark enough for white paper and for grey-scale printing.
RAISED = ("asked", "#1f4e79")
ANSWERED = ("closed or reported back", "#7fb3d5")
OPEN = ("open actions", "#1f4e79")


def meetings_chart(bars: Sequence[Bar]) -> str:
    """Actions asked and answered at each meeting, a pair of bars a meeting."""
    rows = [(b.label, [b.raised, b.answered]) for b in bars]
    return bar_chart(
        "Actions asked and answered, meeting by meeting",
        "For each meeting: how many actions it asked for, and how many earlier actions "
        "its minutes closed or answered with a report.",
        rows,
        [RAISED, ANSWERED],
    )


def ages_chart(ages: Sequence[tuple[str, int]]) -> str:
    """Open actions by how long ago they were asked."""
    return bar_chart(
        "Age of open actions",
        "How many open actions were asked within each span of time before this tracker.",
        [(label, [n]) for label, n in ages],
        [OPEN],
    )


def bar_chart(
    title: str, desc: str, rows: Sequence[tuple[str, list[int]]], series: Sequence[tuple[str, str]]
) -> str:
    """A horizontal bar chart: a label a row, a bar a series, each value written out."""
    per_row = len(series) * BAR_HEIGHT + ROW_GAP
    height = TOP + len(rows) * per_row + 4
    most = max((v for _, values in rows for v in values), default=0) or 1
    room = WIDTH - LABEL_WIDTH - VALUE_ROOM
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" '
        f'viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}" '
        f'font-family="Arial, Helvetica, sans-serif" font-size="11">',
        f"<title>{escape(title)}</title><desc>{escape(desc)}</desc>",
        *_legend(series),
    ]
    for n, (label, values) in enumerate(rows):
        y = TOP + n * per_row
        middle = y + len(series) * BAR_HEIGHT / 2 + 4
        parts.append(
            f'<text x="{LABEL_WIDTH - 6}" y="{middle:.0f}" text-anchor="end">{escape(label)}</text>'
        )
        for k, (value, (name, colour)) in enumerate(zip(values, series, strict=True)):
            top = y + k * BAR_HEIGHT
            width = round(room * value / most)
            parts.append(
                f'<rect x="{LABEL_WIDTH}" y="{top}" width="{width}" height="{BAR_HEIGHT - 1}" '
                f'fill="{colour}"><title>{escape(f"{label}: {value} {name}")}</title></rect>'
                f'<text x="{LABEL_WIDTH + width + 4}" y="{top + BAR_HEIGHT - 2}">{value}</text>'
            )
    parts.append("</svg>")
    return "".join(parts)


def _legend(series: Sequence[tuple[str, str]]) -> list[str]:
    out, x = [], LABEL_WIDTH
    for name, colour in series:
        out.append(
            f'<rect x="{x}" y="8" width="12" height="12" fill="{colour}"/>'
            f'<text x="{x + 16}" y="18">{escape(name)}</text>'
        )
        x += 16 + 7 * len(name) + 20
    return out
