"""A council's own printed forms of a minute's number, read wherever they stand with no word
before them: "(Cab.12.7.2017/6)" (body, date and number), "298/PF" (number and committee
code), and the Northern Irish note under a heading, "(REF: M/66;SC/41 )". Kept as data with
an example each and near-misses, as in ref_rules.py.
"""

from __future__ import annotations

from .rules import M, near_miss, rule

# The type letters that end a planning application's number ("3/19/1519/FUL"): full,
# householder, outline, listed building, reserved matters, advertisement, trees, variation,
# change of use, lawful use, prior approval.
PLANNING_TYPES = (
    r"(?:FULL?|HH|HHD|HOU|HSE|OUT|LBC|REM|ADV|TPO|TCA|VAR|COU"
    r"|CLE|CLP|CLEU|CLPU|NMA|PNH|DOC|DEM|AGR)"
)
# Other councils' own forms: "(Cab.12.7.2017/6)" (body, date, number), "298/PF" (number and
# committee code; not a year and an Act's initials, "[PCC of C 2001/LGA 2000]", nor a
# planning application's number cut short in a parish's list, "a. 1659/HH 60 Birch Green").
OWN_FORM_REF = rule(
    "own-form-ref",
    r"(?=[A-Z\d])"  # (the first character, looked at first; see rules.py)
    r"(?<!/)\b(?P<ref>[A-Z][a-z]{1,5}\.\d{1,2}\.\d{1,2}\.\d{4}/\d{1,3}"
    r"|(?!(?:19|20)\d\d/)\d{1,4}/(?!" + PLANNING_TYPES + r"\b)[A-Z]{2,4})\b",
    "ref",
    "Overview & Scrutiny Committee Work Programme (Cab.12.7.2017/6)",
    flags=M,
)
near_miss(
    "own-form-ref",
    "DECLARATIONS OF INTERESTS [PCC of C 2001/LGA 2000]",
    "a. 1659/HH 60 Birch Green: No comments.",
    "d. 1638/FUL 49 Birch Green",
)
# A note of the earlier minutes an item follows, under its heading, as Northern Irish
# councils print it: "(REF: M/66;SC/41 )", the Council's minute 66 and a committee's 41.
REF_NOTE = rule(
    "ref-note",
    r"\(\s*REF(?:ERENCES?|S)?\s*:\s*(?P<refs>[A-Z]{1,4}/\d{1,4}[a-z]?"
    r"(?:\s*[;,]\s*[A-Z]{1,4}/\d{1,4}[a-z]?)*)\s*\)",
    "ref",
    "(REF: M/66;SC/41 )",
    flags=0,
)
near_miss("ref-note", "(Ref: 21/00345/FUL)")
