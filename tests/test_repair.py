"""Characters a page lost in conversion, put back only where the page shows the loss."""

from __future__ import annotations

from scrutiny_cli.parse.repair import repaired


def test_windows_text_read_as_mac_roman_is_read_as_written() -> None:
    text = (
        "3.††Dispensations:†† none required.\n"
        "4.††The Councilís response was noted.†† ìGood newsî, said the Chair.\n"
    )
    assert repaired(text) == (
        "3.  Dispensations:   none required.\n"
        "4.  The Council’s response was noted.   “Good news”, said the Chair.\n"
    )


def test_letters_of_welsh_names_are_kept_without_the_signs_of_mac_roman() -> None:
    text = "Cllr Siôn Dafydd thanked Mrs Ffîon Jones. The report was noted.\n"
    assert repaired(text) == text


def test_sentences_run_together_are_set_apart_where_the_page_runs_many() -> None:
    text = (
        "Two members of the public were present.Neither wished to speak.He answered "
        "questions.A copy will be circulated.\n"
    )
    assert repaired(text) == (
        "Two members of the public were present. Neither wished to speak. He answered "
        "questions. A copy will be circulated.\n"
    )


def test_one_stop_before_a_capital_is_left_alone() -> None:
    text = "The map of St.Mary Street was tabled. It was noted.\n"
    assert repaired(text) == text


def test_one_stop_run_into_a_word_that_only_opens_a_sentence_is_set_apart() -> None:
    text = "It had been in the press.The committee agreed to take it at the next meeting.\n"
    assert repaired(text) == (
        "It had been in the press. The committee agreed to take it at the next meeting.\n"
    )


def test_minutes_numbers_split_after_their_slash_are_joined_where_the_page_prints_them_whole() -> (
    None
):
    page = "12/69 Public Session\nNone.\n12/ 70 Apologies\nCllr Dyer.\n12/ 71 Declarations\nNone."
    assert repaired(page) == (
        "12/69 Public Session\nNone.\n12/70 Apologies\nCllr Dyer.\n12/71 Declarations\nNone."
    )


def test_a_count_split_like_a_number_is_left_alone() -> None:
    page = "Present\n10/ 12 Members present\n12/69 Public Session\nNone."
    assert repaired(page) == page


def test_headings_in_capitals_run_on_after_the_paragraph_before_stand_on_their_own() -> None:
    page = (
        "In attendance: the Clerk and one member of the public. APOLOGIES FOR ABSENCE\n"
        "Apologies were received from Cllr Ash (Ill). DECLARATIONS OF INTEREST\n"
        "Cllr Birch declared an interest in the grant. PUBLIC PARTICIPATION\n\n"
        "A presentation was given by the Health Trust.\n"
    )
    assert repaired(page) == (
        "In attendance: the Clerk and one member of the public.\n\nAPOLOGIES FOR ABSENCE\n"
        "Apologies were received from Cllr Ash (Ill).\n\nDECLARATIONS OF INTEREST\n"
        "Cllr Birch declared an interest in the grant.\n\nPUBLIC PARTICIPATION\n\n"
        "A presentation was given by the Health Trust.\n"
    )


def test_the_next_minutes_heading_closed_by_a_colon_run_on_stands_on_its_own() -> None:
    page = (
        "1.Apologies: Cllr Ash\n\n2.Minutes of the meeting held on 14 January were approved. "
        "3. Harbour Safety Report:\n\n  • There have been no incidents.\n\n4.Finance Report:\n\n"
        "The accounts were noted.\n\n7. Projects:\n\nWork goes on.\n"
    )
    assert repaired(page) == page.replace("approved. 3.", "approved.\n\n3.")
    # (not a number that does not follow the line's own, nor on a page whose headings run in)
    skipped = page.replace("approved. 3.", "approved. 5.")
    assert repaired(skipped) == skipped
    alone = "2.Minutes were approved. 3. Harbour Safety Report:\nNo incidents.\n"
    assert repaired(alone) == alone


def test_a_task_in_capitals_or_a_numbered_heading_is_no_heading_run_on() -> None:
    page = (
        "6. ACCEPTANCE OF MINUTES\nThe minutes were approved. CLERK TO CONFIRM BY RETURN\n"
        "7. MEMORIAL\nThe memorial was approved. CLERK TO WRITE TO THE MASON\n"
    )
    assert repaired(page) == page


def test_an_ordinals_letters_moved_away_from_its_day_are_dropped() -> None:
    """A converter set a date's superscript apart, leaving a gap between day and month:
    the stray letters go; a page with no such gap keeps its words."""
    page = (
        "WEXCOMBE COUNCIL rd MINUTES OF COMMUNITY COUNCIL MEETING ON 3  December 2013\n"
        "th ITEM 4 (261) The minutes of the meeting on 5  November were approved.\n"
    )
    without = page.replace("rd ", "").replace("th ", "")
    assert repaired(page) == repaired(without)
    assert " rd " not in repaired(page) and "th ITEM" not in repaired(page)
    clean = "The path by the 3rd field, th e gate, was mended on 3 December 2013.\n"
    assert repaired(clean) == clean


def test_a_rule_glued_to_the_next_minutes_number_parts_them() -> None:
    """ "... public. ------275/18 Apologies": the rule ends the paragraph; a rule that stands
    alone, or dashes before words, stay as they are."""
    text = "2 members of the public. ------275/18 Apologies for absence. None.\n"
    assert repaired(text) == "2 members of the public.\n\n275/18 Apologies for absence. None.\n"
    kept = "Signed ----------------- Chairman\n------\nCost £15 ---- agreed.\n"
    assert repaired(kept) == kept


def test_a_councils_name_whose_words_ran_together_is_set_apart() -> None:
    """ "Cyngor CymunedWexllanCommunity Council": the name's words, their spaces lost; a
    name that joins capitals of its own, "MacGregor", or a sentence, stays."""
    text = "Cyngor CymunedWexllanCommunity Council\n\nMinutes of the meeting held on 3 May 2024.\n"
    assert repaired(text).startswith("Cyngor Cymuned Wexllan Community Council\n")
    kept = "Cllr MacGregor and Cllr McDonald attended the meeting of the Council\n"
    assert repaired(kept) == kept


def test_a_lists_numbers_kept_behind_its_bullets_lose_the_bullets() -> None:
    text = (
        "• 1) Welcome\nThe Chair welcomed everyone.\n"
        "• 2) Apologies for absence\nCllr Hale sent apologies.\n"
        "• 3) Playing field\nThe Clerk to obtain quotes for the gate.\n"
    )
    assert repaired(text) == text.replace("• ", "")


def test_bulleted_numbers_beside_a_pages_own_numbers_or_out_of_order_keep_their_bullets() -> None:
    inside = (
        "4. Highways\nThe Clerk reported:\n"
        "• 1) Potholes on Mill Lane\n• 2) Gully cleaning\n• 3) Signs at Wyvern Cross\n"
    )
    assert repaired(inside) == inside
    jumbled = "• 1) Welcome\nHello.\n• 3) Finance\nPaid.\n• 2) Planning\nNone.\n"
    assert repaired(jumbled) == jumbled


def test_headings_glued_to_their_text_are_set_apart_where_the_page_shows_it_thrice() -> None:
    page = (
        "Declaration of InterestCllr Hale declared an interest.\n"
        "3. Chair's Announcements• Our new Chair had little to report.\n"
        "4. Public QuestionsRobin Birch again queried the vote.\n"
    )
    assert repaired(page) == (
        "Declaration of Interest Cllr Hale declared an interest.\n"
        "3. Chair's Announcements • Our new Chair had little to report.\n"
        "4. Public Questions Robin Birch again queried the vote.\n"
    )
    once = "WhatsApp group set up for volunteers.\n4. Public QuestionsRobin asked.\n"
    assert repaired(once) == once
