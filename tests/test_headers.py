"""A meeting's facts from the header forms councils print, one case each."""

from __future__ import annotations

import pytest

from scrutiny_cli.parse.document import parse
from scrutiny_cli.parse.venues import clean_venue, place_after
from scrutiny_cli.read.text import read_text

BODY = "\n\n1. Apologies\n\nNone.\n\n2. Minutes\n\nRESOLVED that the minutes be approved.\n"

# (header, (committee, date, start time, venue))
CASES = [
    (
        "Meeting documents\n\nArea 3 Planning Committee\nThursday, 28th February, 2008 7.30 pm"
        "\n\nCivic Suite, Wyvern House, Ashford",
        ("Area 3 Planning Committee", "2008-02-28", "19:30", "Civic Suite, Wyvern House, Ashford"),
    ),  # (a committee's name with an area's figure a word of its own, over its date)
    (
        "Ordinary Council Meeting – 11 March 2025\n- 1 Welcome and Apologies for Absence\n- 2 "
        "Declarations of Interest\n- 3 County and District Councillors’ Report\n- 4 Minutes\n"
        "- 5 Planning\n- 6 Finance\n- 7 Reports\n- 8 Litter Pick\n- 9 Emergency Planning\n"
        "- 10 Councillor Vacancy\n- 11 Correspondence\n- 12 Date of Next Meeting\n- 13 "
        "Chairman’s Remarks\nWexcombe Parish Council\nMinutes of the Ordinary Meeting held on "
        "Tuesday 11 March 2025 at 7.30 pm at Woodah Farm\nPresent: Cllr W Ash (Chairman)",
        ("Wexcombe Parish Council", "2025-03-11", "19:30", "Woodah Farm"),
    ),  # (the minutes' header under the page's contents, listed from 1 below its title)
    (
        "Wexllan Community Council\n\nCyngor Bro Wexllan\n\nA meeting was held on June 6th 2017 "
        "at Wexllan Memorial Hall\n\nCllr G Ash (Chair)",
        ("Wexllan Community Council", "2017-06-06", None, "Wexllan Memorial Hall"),
    ),  # (the council's Welsh name under its English one: the English names it)
    # (a council's name in English, "with" in it, then in Welsh, flattened onto one line with
    # the header sentence and the first item, which approves earlier minutes)
    (
        "Wexcombe with Leighton Community Council Cyngor Cymuned Wexcombe gyda Thre’r-Llai "
        "Minutes of the meeting held on 24th May 2018 At Wexcombe Community Centre PRESENT: Cllr "
        "R Ash (RA) 580 MINUTES OF THE MEETING held on 26th April 2018 were agreed.",
        (
            "Wexcombe with Leighton Community Council",
            "2018-05-24",
            None,
            "Wexcombe Community Centre",
        ),
    ),
    # (a title with its date first, a dash, then a parish's own meeting)
    (
        "Minutes 08 April 2024 – Annual Parish Meeting\n\nPresent: Trish Ash (Parish Council "
        "Chair), six parishioners",
        ("Annual Parish Meeting", "2024-04-08", None, None),
    ),
    # (a site's title naming only the meeting's kind yields to the minutes' header)
    (
        "Minutes 4th April 2019 – Extraordinary meeting\n\nMinutes of an Extraordinary meeting "
        "of the Parish Council\nOn Tuesday 23rd April 2019\nAt Wexcombe Millennium Hall at "
        "19:30\n\nPresent: Cllr R Ash, Chairman",
        ("Parish Council", "2019-04-23", "19:30", "Wexcombe Millennium Hall"),
    ),
    # (a partnership's name alone over "HELD:" and the date)
    (
        "WEXCOMBE COMMUNITY SAFETY PARTNERSHIP\n\nHELD: 3rd May 2017 Commenced: 6.00 pm\n\n"
        "Finished: 7.20 pm\n\nPRESENT:\n\nDavid Ash - WBC (CSP Chairman)",
        ("Wexcombe Community Safety Partnership", "2017-05-03", "18:00", None),
    ),
    # (the public's session heading alone at the top names no body)
    (
        "February 2021 Minutes\nPublic Forum\n3 members of the public were present.\n"
        "Councillors: J Ash (Vice Chair), N Birch",
        (None, None, None, None),
    ),
    # (the body named before "Meeting", after "At the", held pursuant to notice)
    (
        "At the Council Meeting held, pursuant to notice on Monday 18th April 2016 at 7.15 pm in "
        "the Council Chamber, the Town Hall, the following members were present: -\n\nCllr. M. "
        "Ash\n\nCllr. C. Birch",
        ("Council", "2016-04-18", "19:15", "the Council Chamber, the Town Hall"),
    ),
    # (a meeting held every two months: its kind is no part of the body's name)
    (
        "Draft Minutes of Wexcombe Community Council Bi Monthly Meeting Held Remotely on "
        "Tuesday 12th January 2021, 7.00pm",
        ("Wexcombe Community Council", "2021-01-12", "19:00", None),
    ),
    # (a lettered part's heading that names an earlier meeting is no header)
    (
        "FRIDAY, 13 NOVEMBER2015at6.45 p.m.\n\nPresent: M Ash, G Birch\n\nRESOLVED to note the "
        "apologies.\n\n(a)Minute of Meeting held on 28 August 2015\n\nThe Minute was approved."
        "\n\n(b)Minute of Meeting held on 19 June 2015\n\nThe Minute was approved.",
        (None, "2015-11-13", "18:45", None),
    ),
    # (a building's name and its address alone between the meeting's name and its date)
    (
        "WEXCOMBE HILLS CONSERVATORS\n\nMEETING OF THE BOARD\n\nPriory Lodge Hall Avenue Road "
        "Wexcombe\n\nThursday 10 November 2011, 7.00 pm\n\nPresent: Mrs S Ash, Mr C Birch",
        ("Board", "2011-11-10", "19:00", "Priory Lodge Hall Avenue Road Wexcombe"),
    ),
    (  # the page's title names the body short; its header sentence names it in full
        "Policing Board Minutes 6 May 2021\nTotal Page:16\nNORTH WYVERN POLICING BOARD MINUTES OF "
        "THE MEETING OF THE NORTH WYVERN POLICING BOARD HELD ON THURSDAY 6 MAY 2021 AT 9.30 AM IN "
        "WATERSIDE TOWER",
        ("North Wyvern Policing Board", "2021-05-06", "09:30", "WATERSIDE TOWER"),
    ),
    (  # the hour, then the place, on the line under the date
        "Joint Audit Committee Meeting\n\nFriday 22nd September 2017\n\n09:00, FF33, Wyvern Park",
        ("Joint Audit Committee", "2017-09-22", "09:00", "FF33, Wyvern Park"),
    ),
    (  # labelled fields each over its value, the place with its papers' link after it
        "Wyvern Council Minutes\n\nDate:\nThursday 29 March 2018\nTime:\n10.30am\nPlace:\n"
        "Council Offices, English Street, Wyvern (Reports)",
        ("Wyvern Council", "2018-03-29", "10:30", "Council Offices, English Street, Wyvern"),
    ),
    (  # the place, then a dash before the hour, on the line after the header
        "Wexcombe Parish Council Meeting 10th January 2019\nSt Julian’s Church, Church Lane - "
        "7:30pm",
        ("Wexcombe Parish Council", "2019-01-10", "19:30", "St Julian’s Church, Church Lane"),
    ),
    (  # the same in capitals, the body's name above the meeting's kind
        "WEXCOMBE COMMUNITY COUNCIL\nANNUAL GENERAL MEETING\nFARR COMMUNITY HALL\n"
        "MONDAY 23 JUNE 2014\n7.30pm",
        ("Wexcombe Community Council", "2014-06-23", "19:30", "FARR COMMUNITY HALL"),
    ),
    (
        "WEXCOMBE PARISH COUNCIL\n\nVillage Hall Committee\n\nThursday 10 November 2011, 7.00 "
        "pm\n\nPresent: Mrs S Ash, Mr C Birch",
        ("Village Hall Committee", "2011-11-10", "19:00", None),
    ),
    # (the agenda's summons and list above the minutes' own sentence, on one page)
    (
        "Footpaths Committee Meeting\nNOTICE IS HEREBY GIVEN that a meeting of the Footpaths "
        "Committee will be held on Wednesday January 8th, 2020 at Wexcombe Community Centre, at "
        "7pm.\n1. Apologies\n2. Election of Chair and Vice Chair\n3. Minutes of the meeting "
        "held on September 4th, 2019\n4. Walks leaflets\n5. Footpath reports\n6. Maintenance "
        "schedule\n7. Reported footpath issues\n8. Remedial works to Footpath 15\n9. "
        "Correspondence\n10. Any Other Business\n11. Date of next meeting\nA. Ash, Clerk to the "
        "Council – 20/12/2019\nA meeting of the Footpaths Committee of Wexcombe Parish Council "
        "was held on Wednesday January 8th, 2020 at Wexcombe Community Centre at 7.00pm.",
        ("Footpaths Committee", "2020-01-08", "19:00", "Wexcombe Community Centre"),
    ),
    # ("of" left out before the meeting's words)
    (
        "Minutes the Meeting of the Parish Council held at the Wexcombe Hall on Wednesday 3rd "
        "November 2010 at 8.00 p.m.\nPresent: Messrs Ash (chairman) and Birch",
        ("Parish Council", "2010-11-03", "20:00", "the Wexcombe Hall"),
    ),
    # (the body named before "Minutes", "Held" at once after it, under a page's title)
    (
        "Neighbourhood Development Plan 3rd September 2014\n\nSteering Group Minutes Held on "
        "Wednesday 3rd September 2014 at Wexcombe Village Hall at 7pm\n\nPRESENT: Cllr F Ash",
        ("Steering Group", "2014-09-03", "19:00", "Wexcombe Village Hall"),
    ),
    # (the words that present the minutes before them; "that was held")
    (
        "The following are the minutes of the Council Meeting that was held on Tuesday, 16th "
        "September 2014 in the Resource Centre, Wexcombe, commencing at 7.48pm.",
        ("Council", "2014-09-16", "19:48", "the Resource Centre, Wexcombe"),
    ),
    # (when the meeting was called for, its hour first)
    (
        "WEXCOMBE PARISH COUNCIL The Parish Offices, Cordell Road\n\nFull Parish Council Minutes "
        "of Meeting\n\nMeeting called for: 7:30pm, Thursday 4th February 2021\n\nLocation: "
        "Village Hall.\n\nCouncillors present: I. Ash, R. Birch",
        ("Full Parish Council", "2021-02-04", "19:30", "Village Hall"),
    ),
    # (a title's hour after its date, then how it met)
    (
        "WEXCOMBE LOCAL HIGHWAYS PANEL MINUTES - 28th January 2021 11.30am Virtual Meeting (not "
        "held in public)\n\nChairman: Councillor R Ash (Chairman)",
        (
            "Wexcombe Local Highways Panel",
            "2021-01-28",
            "11:30",
            "Virtual Meeting (not held in public)",
        ),
    ),
    # (a site's labels with a space before each colon; the places the council serves under its
    # name; the earlier minutes' date in the first item's heading is theirs)
    (
        "Wexcombe Community Council\n\nAsh – Birch – Cole – Dale – Elm\n\nMeeting held on : "
        "Tuesday 20th April 2021\n\nTime : 8.00pm\n\nVenue : Zoom\n\nPresent : Ann Ash, Tim "
        "Birch\n\nApproval of previous minutes 16th March 2021\n\nMinutes approved.",
        ("Wexcombe Community Council", "2021-04-20", "20:00", "Zoom"),
    ),
    # (the meeting's number, an ordinal in a title's odd capitals, names no body)
    (
        "WEXCOMBE PARISH COUNCIL Minutes of the 1044Th Meeting Held on 5 July 2017 at 7:00 Pm "
        "in the URC Hall",
        ("Wexcombe Parish Council", "2017-07-05", "19:00", "the URC Hall"),
    ),
    # (nor its kind; and the first item's agenda words run on end the venue)
    (
        "WEXCOMBE PARISH COUNCIL\nMinutes of the Annual Open Meeting held on Thursday 2 April "
        "2009 at 7.00pm in the Memorial Hall\nTo consider and if accurate, approve the minutes "
        "of the meeting held on 3 April 2008.",
        ("Wexcombe Parish Council", "2009-04-02", "19:00", "the Memorial Hall"),
    ),
    # (a flattened table's action column heading run onto the header's row)
    (
        "Minutes of Meeting on 5th March 2013\n\nVenue and time :\nThe meeting was held at "
        "Wexcombe Memorial Hall at 7.30 p.m. / ACTION\nPresent :\nCouncillors – Iain Ash (IA)",
        (None, "2013-03-05", "19:30", "Wexcombe Memorial Hall"),
    ),
    # (a header stacked a line to a fact: the building, then the hour)
    (
        "Draft Minutes\nCommunity Council Meeting\nMonday 5 September 2016\nWexcombe Church "
        "meeting room\n7.30pm\nIn attendance:\nTom Ash (Chair)",
        ("Community Council", "2016-09-05", "19:30", "Wexcombe Church meeting room"),
    ),
    # (the paper's reference before the header sentence)
    (
        "R/06/16 Minutes of a meeting of the Resources Committee of Wexcombe Town Council held "
        "on 27th February 2017 in the Council Chamber, Mill Meadow, Wexcombe at 7pm.\n\n"
        "Present: Cllr. T. Ash",
        (
            "Resources Committee",
            "2017-02-27",
            "19:00",
            "the Council Chamber, Mill Meadow, Wexcombe",
        ),
    ),
    # (the date it was printed, in figures, before the letterhead and the header sentence)
    (
        "17.06.10 WEXCOMBE TOWN COUNCIL TOWN COUNCIL MEETING 17th June 2010 Minutes of the "
        "meeting of Wexcombe Town Council, held at the Town Hall, 34 High Street, Wexcombe, "
        "Commencing at 7.30pm.",
        ("Wexcombe Town Council", "2010-06-17", "19:30", "the Town Hall, 34 High Street, Wexcombe"),
    ),
    # (a minute book's lettered page and running head, the whole page one flattened line,
    # under a document site's title)
    (
        "Meetings, Agendas, and Minutes\nA 147 Council SPECIAL MEETING OF WEXCOMBE CITY COUNCIL "
        "Held in the City Hall on Thursday, 21st June, 2012 at the hour of 6.00 o’clock p.m., "
        "pursuant to Notice. Members present: The Lord Mayor (Alderman Ash) (Chairman); "
        "Aldermen Birch and Cole. Summons The Chief Executive submitted the summons.",
        ("Wexcombe City Council", "2012-06-21", "18:00", "the City Hall"),
    ),
    # (a sentence about the meeting flattened onto the end of the venue's line)
    (
        "Minutes of the Wexcombe Parish Council meeting held on Thursday July 23 2020 at "
        "Gunnerside Village Hall The Wexcombe Parish Council meeting was held on Thursday.",
        ("Wexcombe Parish Council", "2020-07-23", None, "Gunnerside Village Hall"),
    ),
    # (the minutes' words after the body's name and a dash)
    (
        "Wexton Community Council – Minutes of Meeting 17th December 2018",
        ("Wexton Community Council", "2018-12-17", None, None),
    ),
    # (a long name of capitalised words between "Minutes" and "meeting"; a day cut short)
    (
        "Minutes Wexton Group Parish Action Plan Working Party meeting held at Dairy House at "
        "7 pm, Tues. 28th June, 2016\nPresent. Ann Ash (chair)",
        ("Wexton Group Parish Action Plan Working Party", "2016-06-28", "19:00", "Dairy House"),
    ),
    # (the date line under the name, after "for")
    (
        "Wexton Community Council Meeting Minutes\nfor Tuesday 6th June 2023, at 7.30pm in "
        "Lesser Hall",
        ("Wexton Community Council", "2023-06-06", "19:30", "Lesser Hall"),
    ),
    # (the minutes' "Proceedings" at a meeting of the body named above)
    (
        "Wexton Town Council\nProceedings at a meeting held on 18 April 2018.\nPresent: Cllrs "
        "Ash (Mayor), Birch",
        ("Wexton Town Council", "2018-04-18", None, None),
    ),
    # (a label for both the date and the time of the meeting)
    (
        "Minutes of Meeting held at The Bungalow at Wexton Lodge\n\nDate & time of Meeting: "
        "Monday 6th February 2017 at 6pm\n\nPresent: Cllrs Ash, Birch",
        (None, "2017-02-06", "18:00", "The Bungalow at Wexton Lodge"),
    ),
    # (a generic kind, then the body's full name on a line of its own)
    (
        "Minutes of Steering Group meeting held on 09 December 2014\n\nWexton Parish\n"
        "Neighbourhood Planning Steering Group\n\nMinutes of a Meeting held at the Village "
        "Hall, Wexton\non 9 December 2014 at 7.15 pm\n\nPresent: Ann Ash",
        (
            "Neighbourhood Planning Steering Group",
            "2014-12-09",
            "19:15",
            "the Village Hall, Wexton",
        ),
    ),
    # ("the Committee" after its full name, which closes a letterhead's block)
    (
        "WEXTON PARISH COUNCIL Clerk to the Council Ms Ann Ash Lobb Cottage, Wexton. RH20 3JF "
        "Tel: 07776000000 Website: www.wextonparish.org.uk Wexton Parish Council Open Spaces "
        "(Recreation, Allotments and Footpaths) Committee MINUTES of the Committee Meeting "
        "held on Monday 20th July 2015 at Wexton Village Hall PRESENT: Cllrs Ash, Birch",
        (
            "Open Spaces (Recreation, Allotments and Footpaths) Committee",
            "2015-07-20",
            None,
            "Wexton Village Hall",
        ),
    ),
    # (a site's page title, the committee's noun in lower case)
    (
        "Christmas lights committee 30 November 2022\n\nChristmas lights committee Uploaded "
        "on December 6, 2022",
        ("Christmas lights committee", "2022-11-30", None, None),
    ),
    # (how it met after the body's name, with no "held")
    (
        "Minutes of the meeting of Wexton Parish Council Virtually by Zoom on Tuesday 15th "
        "December 2020 at 7.30 pm",
        ("Wexton Parish Council", "2020-12-15", "19:30", "Virtually by Zoom"),
    ),
    # (a page's number before a header in capitals, its attendance run on)
    (
        "WEXTON PARISH COUNCIL\n\n13\n1 WEXTON PARISH COUNCIL MINUTES 10 th February 2020 "
        "Present: Cllr Ash, Cllr Birch",
        ("Wexton Parish Council", "2020-02-10", None, None),
    ),
    # (a page flattened onto one line, the minutes' title after a site's contact block)
    (
        "Wexton Parish Council www.wextonpc.org Clerk to the Council : Paul Ash The Old "
        "Bakehouse | Wexton | NN7 4EP clerk@wextonpc.org Minutes of meeting of Wexton Parish "
        "Council 19:00 on Thursday 5 th July 2018 Wexton Village Institute 49. ATTENDANCE & "
        "APOLOGIES Councillors Cllr Ash (Chairman) Cllr Birch Cllr Cole were present. 50. "
        "APPROVAL OF MINUTES The minutes of the meeting held on 7 June 2018 were approved. 51. "
        "FINANCE The accounts were noted.",
        ("Wexton Parish Council", "2018-07-05", "19:00", "Wexton Village Institute"),
    ),
    # (the body's name over a title that names none, "Notes from the meeting of:", over the
    # date)
    (
        "Wexton Neighbourhood Plan Steering Group\nNotes from the meeting of:\nMonday 16 March "
        "2015\nParish Office, Wexton Community Centre\nPresent:\nLee Ash",
        (
            "Wexton Neighbourhood Plan Steering Group",
            "2015-03-16",
            None,
            "Parish Office, Wexton Community Centre",
        ),
    ),
    (
        "Wexton Neighbourhood Plan Steering Group\nMinutes of the meeting of:\nMonday 16 "
        "March 2015\nParish Office, Wexton Community Centre\nPresent:\nLee Ash",
        (
            "Wexton Neighbourhood Plan Steering Group",
            "2015-03-16",
            None,
            "Parish Office, Wexton Community Centre",
        ),
    ),
    # (a place's own "on", and how the meeting was held after the place)
    (
        "Minutes of the Wexton Town Council held on Thursday 15th September 2016 at the Youth "
        "Club, Stratford on Avon at 7pm\n\n1. Apologies\n\nNone.",
        ("Wexton Town Council", "2016-09-15", "19:00", "the Youth Club, Stratford on Avon"),
    ),
    (
        "Draft Minutes of the Planning Committee Meeting Held at Wexton Authority HQ, Grantown "
        "on Spey Hybrid on 9 August 2024 at 11.00 am\n\n1. Apologies\n\nNone.",
        ("Planning Committee", "2024-08-09", "11:00", "Wexton Authority HQ, Grantown on Spey"),
    ),
    # (a council's own body named with its possessive)
    (
        "Minutes of the meeting of Wexton Parish Council’s Allotment Sub-Committee held on "
        "Monday 4 March 2024 at 7pm in the Village Hall\n\n1. Apologies\n\nNone.",
        ("Allotment Sub-Committee", "2024-03-04", "19:00", "the Village Hall"),
    ),
    # (the body's noun alone, its possessive's apostrophe lost)
    (
        "MINUTES of the Councils meeting held at Wexton Memorial Hall, on Monday, 27 November, "
        "2017, at 7.00 p.m.\n\nPRESENT Mr R Ash (Chair)",
        ("Council", "2017-11-27", "19:00", "Wexton Memorial Hall"),
    ),
    # (the meeting an adjourned one: which meeting it was, not the body's name)
    (
        "At the meeting of the adjourned FULL COUNCIL held at the Wexton Centre, on Tuesday, "
        "8th January 2013 at 6.30pm.\n\n1. Apologies\n\nNone.",
        ("Full Council", "2013-01-08", "18:30", "the Wexton Centre"),
    ),
    # (the attendance run on after the header's date, time and venue on its line)
    (
        "Meeting on Monday 22nd April 2013 At 8.00pm in the Village Hall Minutes Present: Cllr "
        "D Ash, Cllr A Birch\n\n1. Apologies\n\nNone.",
        (None, "2013-04-22", "20:00", "the Village Hall"),
    ),
    # (a time whose minutes' digits a PDF set apart)
    (
        "Minutes of the Parks Committee Meeting held on\nThursday 7 th April 2011 in the "
        "Pavilion, Wexton, at 7. 3 0 pm\nPresent: Cllr W Ash (Chair)",
        ("Parks Committee", "2011-04-07", "19:30", "the Pavilion, Wexton"),
    ),
    # (a form's field named as a venue's is: "Location of Meeting:")
    (
        "Wexton Parish Council\n\nLocation of Meeting: The Village Hall\n\nDate of Meeting: 12 "
        "March 2018",
        ("Wexton Parish Council", "2018-03-12", None, "The Village Hall"),
    ),
    # (a flattened header whose attendance runs on after the venue, its first post unlabelled)
    (
        "WEXDUFF COMMUNITY COUNCIL Minutes of the meeting held on 11th April 2017 at Wexduff Hall "
        "Chairman Mr J Ash Vice Chairman Mr S Birch Treasurer Mrs L Cole Secretary Mrs S Dale",
        ("Wexduff Community Council", "2017-04-11", None, "Wexduff Hall"),
    ),
    # (a flattened header whose members, labelled, run on after the venue and a time range)
    (
        "Wexford Health Trust Minutes of the Board Meeting in Public Tuesday 25 April 2017 10:15 "
        "– 12:30 The Ark Conference Centre, Mill Drive, Wexton, WX24 9NN Members: Ann Ash Ben "
        "Birch",
        ("Board", "2017-04-25", "10:15", "The Ark Conference Centre, Mill Drive, Wexton, WX24 9NN"),
    ),
    # (a Welsh header sentence of another form, "Minutes of a meeting of ... held in ... at
    # ... o'clock", under its page's title in Welsh)
    (
        "Cofnodion cyfarfod Cyngor Cymuned Wexllan – 07/10/24\n\nCOFNODION O GYFARFOD CYNGOR "
        "CYMUNED WEXLLAN A GYNHALIWYD YN YR HEN LYFRGELL, WEXLLAN AM 7.30 O’R GLOCH 07.10.24",
        ("Cyngor Cymuned Wexllan", "2024-10-07", "19:30", "YR HEN LYFRGELL, WEXLLAN"),
    ),
    (
        "Cofnodion o gyfarfod Cyngor Cymuned Wexllan a gynhaliwyd yn Neuadd y Pentref am 7.00 "
        "o'r gloch ar 12 Mawrth 2024",
        ("Cyngor Cymuned Wexllan", "2024-03-12", "19:00", "Neuadd y Pentref"),
    ),
    # (a Welsh ModernGov page: the day's name, the venue's label and its directions link)
    (
        "Cyngor Sir Wexmon - Dydd Iau, 9fed Hydref, 2014 2.00 o'r gloch\n\nLleoliad: Siambr y "
        "Cyngor - Neuadd y Dref. Cyfarwyddiadau\n\nCyswllt: Gwasanaethau Democrataidd",
        ("Cyngor Sir Wexmon", "2014-10-09", "14:00", "Siambr y Cyngor - Neuadd y Dref"),
    ),
    # (a document site's file name over a pack's stamp and the header sentence)
    (
        "Wx-Ecpf-21.01.16-Item 2.Pdf\n\nITEM 2 WEXMOOR NATIONAL PARK AUTHORITY WEXMOOR "
        "CONSULTATIVE AND PARISH FORUM MINUTES of the meeting of the Wexmoor Consultative and "
        "Parish Forum held on Thursday 19 November 2015 at 10.30am at Wexmoor House, Ashbridge.",
        (
            "Wexmoor Consultative and Parish Forum",
            "2015-11-19",
            "10:30",
            "Wexmoor House, Ashbridge",
        ),
    ),
    # (a title's "Meeting:" before its date, a date in figures after "Meeting", and how the
    # meeting met in brackets inside the title)
    (
        "Wexbridge Steering Group Meeting: 15th May 2020\n\nDraft Minutes",
        ("Wexbridge Steering Group", "2020-05-15", None, None),
    ),
    (
        "Neighbourhood Plan Sub Committee Meeting 24.11.16",
        ("Neighbourhood Plan Sub Committee", "2016-11-24", None, None),
    ),
    (
        "Wexbridge Plan Steering Committee (Virtual) Meeting: 15th May 2020",
        ("Wexbridge Plan Steering Committee", "2020-05-15", None, None),
    ),
    # a summons on the meeting's own page: its place where its day is the meeting's
    (
        "Meeting Summary\nLicensing Committee\n17 Jul 2025 - 18:30 to 18:53\n\nMembers are "
        "invited to a Meeting of the Licensing Committee\n\nto be held in the Wyvern Room, "
        "Wexcombe House, Ashford Wyvern\n\non Monday, 17 July 2025 at 6:30pm",
        (
            "Licensing Committee",
            "2025-07-17",
            "18:30",
            "the Wyvern Room, Wexcombe House, Ashford Wyvern",
        ),
    ),
    (
        "Meeting Summary\nLicensing Committee\n17 Jul 2025 - 18:30 to 18:53\n\nMembers are "
        "invited to a Meeting of the Licensing Committee\n\nto be held in the Wyvern Room, "
        "Wexcombe House, Ashford Wyvern\n\non Monday, 18 September 2025 at 6:30pm",
        ("Licensing Committee", "2025-07-17", "18:30", None),
    ),
    # (below the page's menu of its tabs, past the dozen lines a header is read in)
    (
        "Meeting Details\n\nMeeting Summary\nLicensing Committee\n17 Jul 2025 - 18:30 to 18:53"
        "\n  • Documents\n  • Attendance\n  • Visitors\n  • Declarations of Interests\n\n"
        "Documents\n\nAgenda\n\nMeeting Details\nMeetingDetails\n\nMembers are invited to a "
        "Meeting of the Licensing Committee\n\nto be held in the Wyvern Room, Wexcombe House, "
        "Ashford Wyvern\n\non Monday, 17 July 2025 at 6:30pm",
        (
            "Licensing Committee",
            "2025-07-17",
            "18:30",
            "the Wyvern Room, Wexcombe House, Ashford Wyvern",
        ),
    ),
    # a letterhead of who holds the posts names no body
    (
        "Chairman: Mr Tom Ash Clerk: Rev’d J Birch\n\nMinutes of the Meeting held at 7.00pm on "
        "Tuesday 20th February 2025",
        (None, "2025-02-20", "19:00", None),
    ),
    # a date's ordinal a converter moved after the place, its figure left on the date
    (
        "Wexcombe Parish Council MINUTES OF THE FULL COUNCIL MEETING HELD IN THE PARISH ROOMS, "
        "WEXCOMBE st ON THURSDAY, 1 MAY 2025 @ 7.15pm",
        ("Full Council", "2025-05-01", "19:15", "THE PARISH ROOMS, WEXCOMBE"),
    ),
    # the minutes' paragraphs numbered from their header sentence
    (
        "(1) The July meeting of the above named community council was held at Wexcombe "
        "Village Hall on Tuesday 14th July 2025 at 6:30pm. The Chairman presided.",
        (None, "2025-07-14", "18:30", "Wexcombe Village Hall"),
    ),
    # a web page's title with its date first, the body's name, if any, before "minutes"
    ("14 March 2023 minutes", (None, "2023-03-14", None, None)),
    ("14 March 2023 DRAFT Council minutes", ("Council", "2023-03-14", None, None)),
    ("25.1.24 Minutes", (None, "2024-01-25", None, None)),  # (its date in figures)
    (
        "Minutes of the Meeting of the Wyvern Parish Council held on Monday 1st February 2021"
        "\n\nheld using Zoom at 7pm.",
        ("Wyvern Parish Council", "2021-02-01", "19:00", "using Zoom"),
    ),  # (held "using" its platform, on the line below)
    (
        "Minutes of the ANNUAL GENERAL MEETING HELD by Zoom electronic communication due to "
        "Covid-19 – 26 May 2020",
        (None, "2020-05-26", None, "by Zoom electronic communication"),
    ),  # (the date after a dash closing the line)
    (
        "Confirmed Minutes Title of Meeting: Board Meeting (Business) Date of Meeting: 14 May "
        "2014 Board Members: Ann Ash Bob Birch",
        ("Board", "2014-05-14", None, None),
    ),  # (a form's "Title of Meeting:" field, flattened onto one line)
    (
        "Meeting Notes Template\n\n     Wyvern Board meeting\n\n\nMeeting Title: Wyvern "
        "Safeguarding Children Board Meeting\n\n    Date: 25 July 2007\n\n    Time: 1pm 3pm\n\n"
        "    Location: Wyvern Councils\n",
        ("Wyvern Safeguarding Children Board", "2007-07-25", "13:00", "Wyvern Councils"),
    ),  # (or "Meeting Title:", over a running title's shorter name)
    (
        "Meeting Title: Wyvern Board Meeting\n\n    thDate: 25 July 2007\n\n    Time: 1pm\n",
        ("Wyvern Board", "2007-07-25", "13:00", None),
    ),  # (the date's superscript glued to the label on the line below)
    (
        "Wyvern Parish Council Allotment Working Group Meeting\nHeld on 23 June 2022 at 7.30pm in "
        "Old Forge\nMr. B Ash (Chairman BA), Mrs. S Birch (SB)",
        ("Wyvern Parish Council Allotment Working Group", "2022-06-23", "19:30", "Old Forge"),
    ),  # (who came run on after the place, cut at its first name's stop)
    (
        "Meeting of the Wyvern National Park Partnership Monday 18 May 2009 Park Office, Moss "
        "Lane, Kendal",
        ("Wyvern National Park Partnership", "2009-05-18", None, "Park Office, Moss Lane, Kendal"),
    ),  # (a partnership's day after its name, then a building and its address)
    (
        "Meeting of the Wyvern Parish Council Monday 18 May 2009 Wexcombe Town Council",
        ("Wyvern Parish Council", None, None, None),
    ),  # (not another body's name after the day)
    ("03/10/2022 Steering Group Minutes", ("Steering Group", "2022-10-03", None, None)),
    (
        "14th March 2023 – Amenities Committee Minutes",
        ("Amenities Committee", "2023-03-14", None, None),
    ),
    # (a header sentence below it says more)
    (
        "14 March 2023 Minutes\n\nMinutes of the Burial Committee Meeting of Wexcombe Parish "
        "Council held at The Old School, Mill Lane, on Tuesday 14 March 2023.",
        ("Burial Committee", "2023-03-14", None, "The Old School, Mill Lane"),
    ),
    # a colon after "held on", the post's date above
    (
        "August 20th, 2021\n\nMinutes of the Parish Council Meeting held on: Thursday 15th July "
        "2021 at the Baptist Chapel Hall, Preston Road, Wexcombe",
        ("Parish Council", "2021-07-15", None, "the Baptist Chapel Hall, Preston Road, Wexcombe"),
    ),
    # the next meeting's agenda printed above the minutes, its date posted under it: the
    # minutes' own title below the agenda's numbered lines gives the meeting
    (
        "Agenda for meeting to be held at 7:30 pm on 23rd February 2022 in the Wexford Hall\n\n"
        "3rd February 2022\n\n1. In attendance/ apologies for absence\n2. Declarations of "
        "interest\n3. Police Report\n4. Minutes of the last meeting\n5. Matters arising from "
        "the minutes\n6. Treasurer's Report\n7. Correspondence\n8. Planning Applications\n"
        "9. Any other competent business\n\nNext Meeting: 7:30 pm Wednesday 23rd March 2022.\n\n"
        "DRAFT- Minutes of Meeting held on Wednesday 26th January 2022 at the Wexford Hall, "
        "Port Ash\n\n3rd February 2022",
        (None, "2022-01-26", None, "the Wexford Hall, Port Ash"),
    ),
    # a title stacked a phrase a line: the body, its date, and its building alone; a line of
    # two words under the date may be a topic ("Village Hall"), no place
    (
        "Amenities and Leisure Committee\nTuesday 13th March 2018\nWexford Coldfield Town Hall",
        ("Amenities and Leisure Committee", "2018-03-13", None, "Wexford Coldfield Town Hall"),
    ),
    (
        "Amenities and Leisure Committee\nTuesday 13th March 2018\nVillage Hall",
        ("Amenities and Leisure Committee", "2018-03-13", None, None),
    ),
    # the minutes "of the full Council meeting", a word in lower case before the body's name;
    # not those of the last meeting, which an item approves
    (
        "Wexcombe Town Council\n\nThe minutes of the full Council meeting held on 19 January "
        "2015\nin Wexcombe Town Hall Chamber starting at 7.15pm.",
        ("full Council", "2015-01-19", "19:15", "Wexcombe Town Hall Chamber"),
    ),
    (
        "The minutes of the last Council meeting held on 19 January 2015 in the Town Hall.",
        ("Council", None, None, None),  # (the body the text names; no date, no place)
    ),
    # a page's title, its date, then a building after a comma
    (
        "Parish Council Meeting Minutes: 27th November 2018, Wexcombe Village Hall",
        ("Parish Council", "2018-11-27", None, "Wexcombe Village Hall"),
    ),
    # the meeting told as what there was, those present on the next line
    (
        "There was a remote meeting of Wexcombe Parish Council on Thursday 21st January 2021 at "
        "7.30pm held on ZOOM\nMembers Present: Parish Councillors Ann Ash (Chairman); Bob Birch.",
        ("Wexcombe Parish Council", "2021-01-21", "19:30", "on ZOOM"),
    ),
    # a dash after "Minutes", the meeting's words, its date, hour and platform
    (
        "December 2020 DRAFT Minutes\nDraft Minutes – Parish Council meeting 1st December 2020, "
        "7pm, via Zoom (online)",
        ("Parish Council", "2020-12-01", "19:00", "via Zoom"),
    ),
    # the meeting's words, then its place and its date, with no "held" or "at"
    (
        "MINUTES OF THE FIRE AUTHORITY MEETING The Conference Centre, Fire and Rescue Service "
        "Headquarters, Wexcombe 11 FEBRUARY 2013 11.00 – 12.15",
        (
            "Fire Authority",
            "2013-02-11",
            "11:00",
            "The Conference Centre, Fire and Rescue Service Headquarters, Wexcombe",
        ),
    ),
    # no "held": the body's name runs on into its place, then the day
    (
        "DRAFT DRAFT Minutes of the Ordinary Meeting of the Wexcombe & Fenmarsh Joint Burial "
        "Committee Parish Pavilion, Recreation Ground, Station Road, Wexcombe Wednesday 4th "
        "November 2015 20.00 hrs.",
        (
            "Wexcombe & Fenmarsh Joint Burial Committee",
            "2015-11-04",
            "20:00",
            "Parish Pavilion, Recreation Ground, Station Road, Wexcombe",
        ),
    ),
    # a day and month with no year: undated, but where and when it started are still read
    (
        "WEXCOMBE COMMUNITY COUNCIL\n\nGENERAL MEETING MONDAY 6 NOVEMBER\n\nHeld in the Board "
        "Room, Mill Workspace at 7 p.m.",
        ("Wexcombe Community Council", None, "19:00", "the Board Room, Mill Workspace"),
    ),
    # minutes "for" a body, the page's word mistyped
    (
        "Approved MInutes for the Steering Group Meeting – 10th September 2020\n\n"
        "Date: 10th September 2020 Time: 9:30am Venue: Virtual via Zoom",
        ("Steering Group", "2020-09-10", "09:30", "Virtual via Zoom"),
    ),
    # the hour first, before who opened the meeting
    (
        "Minutes of a Recreation Committee meeting held remotely on Tuesday 9 March 2021.\n\n"
        "At 7.01pm the Chairman opened the meeting and welcomed the members.",
        ("Recreation Committee", "2021-03-09", "19:01", None),
    ),
    (
        "Minutes of a Recreation Committee meeting held on Tuesday 9 March 2021.\n\n"
        "At 19.30 the meeting was opened by the Chairman.",
        ("Recreation Committee", "2021-03-09", "19:30", None),
    ),
    # the full council's meeting of its council is the full council's, as a committee's is
    (
        "TOWN COUNCIL\n\nMinutes of a Full Council Meeting of Wexcombe Town Council, held in the "
        "Council Chamber, Town Hall, Wexcombe, on Tuesday, 3rd December 2019 at 7.00pm.",
        (
            "Full Council",
            "2019-12-03",
            "19:00",
            "the Council Chamber, Town Hall, Wexcombe",
        ),
    ),
    # a room's note in brackets inside the venue's name, its address after
    (
        "MINUTES of the meeting of Wexcombe Town Council held in Room GW03 (Ground Floor West "
        "03), Council One Stop Shop, Mill Avenue, Wexcombe on Thursday 10 th July 2014 at "
        "6.30 pm.",
        (
            "Wexcombe Town Council",
            "2014-07-10",
            "18:30",
            "Room GW03 (Ground Floor West 03), Council One Stop Shop, Mill Avenue, Wexcombe",
        ),
    ),
    # the law it met under is no part of its place
    (
        "Wexcombe Parish Council\nDRAFT Minutes of the meeting held on Monday 15 March 2021 at "
        "7.30pm online via Zoom as permitted in The Local Authorities and Police and Crime "
        "Panels (Coronavirus) Regulations 2020",
        ("Wexcombe Parish Council", "2021-03-15", "19:30", "online via Zoom"),
    ),
    # a committee's name before the date in the page's title is no place
    (
        "Planning and Development, February 27th 2017\nWEXCOMBE TOWN COUNCIL Planning and "
        "Development Committee Minutes Minutes of the Meeting of the Planning and Development "
        "Committee held on the 27th February 2017 in the Council Chamber, Wexcombe",
        ("Planning and Development Committee", "2017-02-27", None, "the Council Chamber, Wexcombe"),
    ),
    # the Scottish "Minute" before a body's name with no "of"; a draft's note in brackets
    # after "minutes"; a body named before "meeting"; how it met after the body's name; a
    # day's name in capitals on the line under the name; a year run into its month and the
    # word after it
    (
        "Page 1482.\n\nMinute Planning Committee Wednesday, 13 December 2017, 10:30.",
        ("Planning Committee", "2017-12-13", "10:30", None),
    ),
    (
        "The draft minutes (until signed) of the Wexcombe Town Council meeting held on Monday "
        "14th August 2017, in the Meridian Centre, Wexcombe.",
        ("Wexcombe Town Council", "2017-08-14", None, "the Meridian Centre, Wexcombe"),
    ),
    (
        "MINUTES of a MEETING of the TOWN COUNCIL via video link held on FRIDAY, 25 SEPTEMBER "
        "2020 at 10.00 am",
        ("Town Council", "2020-09-25", "10:00", "via video link"),  # (how it met, the venue)
    ),
    (
        "MINUTES OF THE ANNUAL GENERAL MEETING OF WEXCOMBE TOWN COUNCIL\nMONDAY 18th MAY 2015 "
        "AT THE GUILDHALL WEXCOMBE",
        ("Wexcombe Town Council", "2015-05-18", None, "THE GUILDHALL WEXCOMBE"),
    ),
    (
        "MINUTES OF A MEETING OF WEXCOMBE TOWN COUNCIL HELD ON WEDNESDAY 26th JULY2017AT 7.30PM "
        "IN THE PENSIONERS HALL",
        ("Wexcombe Town Council", "2017-07-26", "19:30", "THE PENSIONERS HALL"),
    ),
    # the meeting of those who met, under their body's letterhead; a meeting's own number
    # after the body's name
    (
        "WEXCOMBE HARBOUR TRUST\nMinute of Directors’ Meeting held on Thursday 9 March 2017\n"
        "in the Harbour Stores, Wexcombe, at 18.45\nPresent: A. Ash (Chair); B. Birch",
        ("Wexcombe Harbour Trust", "2017-03-09", "18:45", "the Harbour Stores, Wexcombe"),
    ),
    (
        "MEETING OF THE HARBOUR COMMISSIONERS 10/20\n\nHELD AT THE LONG ROOM, WEXCOMBE\n\n"
        "ON THURSDAY 15th OCTOBER 2020 AT 7.00PM",
        ("Harbour Commissioners", "2020-10-15", "19:00", "THE LONG ROOM, WEXCOMBE"),
    ),
    # a header sentence after a document's title or a letterhead on its line (not after a
    # list of names: the header starts afresh there)
    (
        "Minutes 060717.Pdf At a Meeting of Wexcombe Town Council held at the Pater Hall, "
        "Wexcombe on Thursday 6th July 2017 PRESENT: Councillors J Ash, G Birch",
        ("Wexcombe Town Council", "2017-07-06", None, "the Pater Hall, Wexcombe"),
    ),
    (
        "Wyvern Borough Council WYVERN BOROUGH COUNCIL At the Annual Meeting of the Council "
        "held at the Municipal Buildings, Wyvern, on Monday 12 May 2014 at 6.30 p.m. Present: "
        "The Mayor in the Chair",
        ("Council", "2014-05-12", "18:30", "the Municipal Buildings, Wyvern"),
    ),
    (
        "Wexcombe Parish Council Including the communities of Wexcombe, Heath Hill and Redhill "
        "Minutes of a the Parish Council Meeting held in Wexcombe Village Hall on the 10 "
        "September 2015 at 7.30pm.",
        ("Parish Council", "2015-09-10", "19:30", "Wexcombe Village Hall"),
    ),
    (
        "Wyvern Port Health Authority\n7 th December 2010\n(The meeting was held in the "
        "Guildhall, Wyvern)\nCouncillors Brady, Bush and Moore\nCouncillors Barker, Fudge, M "
        "Uzzell\nMinute Report Business No No 1435 MINUTES OF THE MEETING HELD ON 21ST "
        "September 2010",
        ("Wyvern Port Health Authority", "2010-12-07", None, "the Guildhall, Wyvern"),
    ),
    # a site's link over the header names no body, as a committee's name over it does
    (
        "Return the Index page\n\n\n\nMinutes of Meeting 19th September 2012",
        (None, "2012-09-19", None, None),
    ),
    (
        "Licensing Sub-committee\n\nMinutes of the meeting held on 19th September 2012",
        ("Licensing Sub-committee", "2012-09-19", None, None),
    ),
    # a body's name, then how its minutes stand, in capitals or not
    (
        "WEXCOMBE COMMUNITY COUNCIL APPROVED MINUTES of MEETING 20th July 2020 Village Hall.",
        ("Wexcombe Community Council", "2020-07-20", None, None),
    ),
    (
        "Wexcombe Parish Council Draft Minutes of Meeting 20th July 2020",
        ("Wexcombe Parish Council", "2020-07-20", None, None),
    ),
    (
        "Minutes of the Remote Monthly Meeting of Council held on Tuesday, 23 June, 2020 at "
        "5:32 pm PRESENT IN The Right Worshipful the Mayor CHAMBER: Councillor N Trimble",
        ("Council", "2020-06-23", "17:32", None),  # the attendance list, run in, is no venue
    ),
    (
        "Minutes of a meeting of the South Hams Executive held on\n\nThursday, 7 March "
        "2024Thursday, 7th March, 2024 at 10.00 am at the Council Chamber - Follaton House",
        ("South Hams Executive", "2024-03-07", "10:00", "the Council Chamber - Follaton House"),
    ),
    (
        "CORPORATE PARENTING PANEL– 29 October 2024\n\nMINUTES of the meeting held in the "
        "Wexe Room.",
        ("Corporate Parenting Panel", "2024-10-29", None, "the Wexe Room"),
    ),
    (
        "WEXMUIR COMMUNITY COUNCIL\n\nMINUTES OF GENERAL MEETING\n\nMONDAY 8 JULY 2024",
        ("Wexmuir Community Council", "2024-07-08", None, None),
    ),
    (
        "Wexbrook Community Council MINUTES\n\nTuesday 4 May 2021",
        ("Wexbrook Community Council", "2021-05-04", None, None),
    ),
    (
        "WYVERNHOLM COMMUNITY COUNCIL\n\nMinutes of a meeting of the above Council held on Monday "
        "26th March 2018 at 7.00pm in Wyvernholm Village Hall.",
        ("Wyvernholm Community Council", "2018-03-26", "19:00", "Wyvernholm Village Hall"),
    ),
    (
        "The Executive, Committee Room, Council Offices, Wexcombe and virtually via ZOOM, The "
        "Executive - Thursday, 23rd May, 2024 10.00 am",
        ("Executive", "2024-05-23", "10:00", None),
    ),  # (a meeting's title naming the body, its place, and the body again)
    (
        "Virtual Meeting, Overview and Scrutiny Management Committee - Tuesday 9th June 2020 "
        "4.00 pm",
        ("Overview and Scrutiny Management Committee", "2020-06-09", "16:00", None),
    ),
    (
        "Ashmere Parish Council A.G.M. - 8th May 2018",
        ("Ashmere Parish Council", "2018-05-08", None, None),
    ),
    (
        # (a meeting open to the public is the body's meeting, not a body of its own)
        "AGREED MINUTES for the\nWyvernholm Community Council public meeting\nheld in Church "
        "Hall, Wyvernholm\non Tuesday 19th March 2019",
        ("Wyvernholm Community Council", "2019-03-19", None, "Church Hall, Wyvernholm"),
    ),
    (
        "Minutes of the Ashmere Town Council Open Meeting held on 4th June 2019 at 7pm",
        ("Ashmere Town Council", "2019-06-04", "19:00", None),
    ),
    (
        # (the day named at once after the body's noun, no "on")
        "Ordinary Meeting of the Parish Council Wednesday 7 February 2018 at 7.00 pm Ashmere "
        "Village Hall",
        ("Parish Council", "2018-02-07", "19:00", "Ashmere Village Hall"),
    ),
    (
        "Meeting of Wexbury Town Council, Tuesday 6 March 2018",
        ("Wexbury Town Council", "2018-03-06", None, None),
    ),
    (
        # (a draft's stamp, no brackets, between the letterhead and the header)
        "ASHMERE PARISH COUNCIL Draft Minutes Subject to the Approval at the next Meeting "
        "Ordinary Meeting of the Parish Council Wednesday 7 February 2018 at 7.00 pm Ashmere "
        "Village Hall",
        ("Parish Council", "2018-02-07", "19:00", "Ashmere Village Hall"),
    ),
    (
        "Wexbury and Ashbrook Parish Council – Ordinary Meeting Tuesday 3rd April 2018, "
        "7.30pm Wexbury Village Hall",
        (
            "Wexbury and Ashbrook Parish Council",
            "2018-04-03",
            "19:30",
            "Wexbury Village Hall",
        ),
    ),
    (
        "Planning Committee - Thursday, 2nd July, 2020 6.00 pm, NEW",
        ("Planning Committee", "2020-07-02", "18:00", None),  # a listing's mark, no place
    ),
    (
        # (the place's parts a dash apart, the attendance run on after it)
        "DRAFT MINUTES Ashby Parish Council 05 Nov 2018, 7.30pm Village Hall - Ashby PRESENT: "
        "Cllr Quinn Cllr Mason",
        ("Ashby Parish Council", "2018-11-05", "19:30", "Village Hall - Ashby"),
    ),
    (
        # (a page's title naming only the body's kind, the full name below it)
        "Governing body meeting – 3 March, 2022\nPage Contents\nWyvern CCG Governing Body "
        "Meeting in Public\nHeld on 3rd March 2022 via Microsoft Teams\nPresent:\nDr A Ash",
        ("Wyvern CCG Governing Body", "2022-03-03", None, "via Microsoft Teams"),
    ),
    (
        "Housing Committee\nTuesday, 2nd July, 2019 7.30 pm, MOVED",
        ("Housing Committee", "2019-07-02", "19:30", None),  # the mark after the hour, alone
    ),
    (
        "Housing Committee\nWednesday, 1st April, 2020, CANCELLED",
        ("Housing Committee", "2020-04-01", None, None),  # (or after the year)
    ),
    (
        "MEETING OF POLICE AND CRIME PANEL\n\nThursday 25 October 2012 East Herts District "
        "Council Wallfields,",
        ("Police and Crime Panel", "2012-10-25", None, "East Herts District Council Wallfields"),
    ),
    (
        "PLANNING COMMITTEE\nThursday 25 October 2012 at 7pm, Council Chamber, Town Hall",
        ("Planning Committee", "2012-10-25", "19:00", "Council Chamber, Town Hall"),
    ),
    (
        "Licensing Committee\nHeld on Monday, 3 March 2014 at 7pm in the Town Hall, Wyvern",
        ("Licensing Committee", "2014-03-03", "19:00", "the Town Hall, Wyvern"),
    ),
    (
        "Licensing Committee\nMonday 3 March 2014 Planning Committee",
        # another body's name after the date is no place (the name alone atop is the body)
        ("Licensing Committee", None, None, None),
    ),
    (
        "Minutes of the Planning Committee held remotely via Zoom on 14.01.25 at 7pm",
        ("Planning Committee", "2025-01-14", "19:00", "remotely via Zoom"),
    ),
    (
        # (the platform with its article, on the header's line or the next)
        "Minutes of a meeting of the Parish Council held on Monday 5 October 2020\n"
        "held remotely by the Zoom Meeting Platform",
        ("Parish Council", "2020-10-05", None, "remotely by the Zoom Meeting Platform"),
    ),
    (
        # (the time and how the meeting was held, a blank line under the header)
        "Wyvern Community Council Meeting held on Wednesday 16th June 2021\n\n"
        "Commencing at 7.15 pm and conducted by Zoom videoconference",
        ("Wyvern Community Council", "2021-06-16", "19:15", "by Zoom videoconference"),
    ),
    (
        "A meeting of Wyvern Parish Council was held online via Zoom videoconferencing on June "
        "17th, 2020, at 7.30pm.",
        ("Wyvern Parish Council", "2020-06-17", "19:30", "online via Zoom videoconferencing"),
    ),
    (
        "Notes of the Environment Scrutiny Panel meeting held on 3rd March 2025 at 6.30pm in "
        "the Council Chamber",
        ("Environment Scrutiny Panel", "2025-03-03", "18:30", "the Council Chamber"),
    ),
    (
        "Environment Scrutiny Panel\nNotes of the meeting held on 3 March 2025 at 6.30pm",
        ("Environment Scrutiny Panel", "2025-03-03", "18:30", None),
    ),
    (
        "Minutes of the Parish Council Meeting, 3rd March 2025",
        ("Parish Council", "2025-03-03", None, None),  # the header is not a venue
    ),
    (
        "Town House, Aberdeen, 6 September 2022. 10.30 am.",
        (None, "2022-09-06", "10:30", "Town House, Aberdeen"),
    ),
    (
        "Ordinary Meeting of the Council held in the Chapel School Room, on Wednesday 30th "
        "July, 2008 at 7pm.",
        ("Council", "2008-07-30", "19:00", "the Chapel School Room"),
    ),
    (
        "Wyvern Community Council Meeting held on Wednesday 16th June 2021\nCommencing at 7.15 pm",
        ("Wyvern Community Council", "2021-06-16", "19:15", None),
    ),
    (
        "MINUTES OF THE PROCEEDINGS OF THE COUNCIL MEETING HELD\n\nON MONDAY 8 MARCH 2004 AT "
        "7.00 PM",
        ("Council", "2004-03-08", "19:00", None),  # a header broken over a blank line
    ),
    (
        "Corporate Scrutiny Panel – 30 January 2014",
        ("Corporate Scrutiny Panel", "2014-01-30", None, None),
    ),
    (
        "Wyvern Parish Council - 8th January 2019",
        ("Wyvern Parish Council", "2019-01-08", None, None),
    ),
    (
        "WYVERN PARISH COUNCIL Draft Minutes of the Ordinary Meeting held on Wednesday 5th "
        "June 2019 at 7.00pm in Wyvern Village Hall",
        ("Wyvern Parish Council", "2019-06-05", "19:00", "Wyvern Village Hall"),
    ),
    (
        "D R A F T MINUTES OF WYVERN PARISH COUNCIL MEETING\nHELD AT WYVERN VILLAGE HALL at "
        "7.30 pm\nTHURSDAY 7 AUGUST 2014",
        ("Wyvern Parish Council", "2014-08-07", "19:30", "WYVERN VILLAGE HALL"),
    ),
    (
        "Minutes of the Meeting held on Tuesday 27th March 2018\nat Wyvern Village Hall\n"
        "Cllr M Connell (Chairman)\nCllr D Cavill",
        (None, "2018-03-27", None, "Wyvern Village Hall"),  # the names are not the venue
    ),
    (
        "Wyvern Parish Council - 3rd\nSeptember 2019",
        ("Wyvern Parish Council", "2019-09-03", None, None),  # the date broken over a line
    ),
    (
        "Wyvern and Salem Community Council held their meeting at 7.30pm on the 8th January "
        "2020 at the Reading Room, Cwmifor.",
        ("Wyvern and Salem Community Council", "2020-01-08", "19:30", "the Reading Room, Cwmifor"),
    ),
    (
        "Minutes of First Meeting of Community Council on 29th October 2019",
        ("Community Council", "2019-10-29", None, None),  # "First" is no name
    ),
    (
        "Provisional Minutes of Meeting held on Monday 11th June, 2001",
        (None, "2001-06-11", None, None),
    ),
    (
        "Draft Minutes\n\nD R A F T Minutes of the Meeting of the Council\nOn Monday 11th June "
        "2018\nAt Wyvern Village Hall at 19:30",
        ("Council", "2018-06-11", "19:30", "Wyvern Village Hall"),  # the page's title is no name
    ),
    (
        "Venue: Guildhall\n\n125. Minutes of Previous Planning Committee\nThe minutes were "
        "approved.",
        ("Planning Committee", None, None, "Guildhall"),  # its previous minutes name the body
    ),
    (
        "MINUTES OF THE WYVERN PARISH COUNCIL MEETING\n\nHELD IN THE VILLAGE HALL\n\nON 28th "
        "September 2023",
        ("Wyvern Parish Council", "2023-09-28", None, "THE VILLAGE HALL"),  # over blank lines
    ),
    (
        "WYVERN COMMUNITY COUNCIL\nGENERAL MEETING MONDAY 8 JULY 2024",
        ("Wyvern Community Council", "2024-07-08", None, None),
    ),
    (
        "Wyvern Community Council\nMinutes of a Meeting held on Tuesday 4 May 2021 via Zoom",
        ("Wyvern Community Council", "2021-05-04", None, "via Zoom"),  # the council is the body
    ),
    (
        "Moved from 9th October 2018, Cabinet - Tuesday, 2nd October, 2018 2.00 pm",
        ("Cabinet", "2018-10-02", "14:00", None),
    ),
    (
        "Venue: Town Hall\n\n31.\n\nMinutes pdf icon PDF 168 KB\n\nMinutes of the ordinary "
        "meeting of Council on 11 July 2011.",
        ("Council", None, None, "Town Hall"),  # its date is the previous meeting's, not this one's
    ),
    (
        "At a MEETING of the WEXBRIDGE CITY COUNCIL held at Wexbridge on 24th February, 2020.",
        ("Wexbridge City Council", "2020-02-24", None, "Wexbridge"),  # the Scottish form
    ),
    (
        "Minutes of the meeting of the Development Committee held in the\nCouncil Chamber, "
        "Town Hall, Wexbridge on Monday, 10 October\n2011 at 7.30pm.",
        (
            "Development Committee",
            "2011-10-10",
            "19:30",
            "the Council Chamber, Town Hall, Wexbridge",
        ),
    ),  # (the date's year starts a line, as an item's number would)
    (
        "Minutes of Meeting of: Council\n\nDate and Time: Thursday 28 July 2016 at 7.03 pm\n\n"
        "Location: Council Chamber, The Town Hall, Wexbridge",
        ("Council", "2016-07-28", "19:03", "Council Chamber, The Town Hall, Wexbridge"),
    ),
    (
        "Draft Minutes for approval WEXBRIDGE COMMUNITY COUNCIL Minutes of meeting held on "
        "Tuesday 16th October 2018 at 7.30pm in Wexbridge Hall Present: A Smith, B Jones",
        ("Wexbridge Community Council", "2018-10-16", "19:30", "Wexbridge Hall"),
    ),  # (a document site's words before the name, the names after the venue)
    (
        "CYNGOR TREF WEXBRIDGE TOWN COUNCIL Ordinary Meeting of the Council held at the Welfare "
        "Hall on Thursday 6th February 2020 at 6.30 p.m.",
        ("Council", "2020-02-06", "18:30", "the Welfare Hall"),  # a letterhead on the line
    ),
    (
        "ITEM 3 WEXBRIDGE ACCESS FORUM MINUTES of a meeting of the Wexbridge Local Access Forum "
        "held on Thursday 9 October 2014 at 6.30pm at Village Hall. PRESENT A Smith B Jones",
        ("Wexbridge Local Access Forum", "2014-10-09", "18:30", "Village Hall"),
    ),  # (an agenda pack's stamp before the page's first words)
    (
        "WEXBRIDGE VALLEY CABINET Friday 2nd July 2021 at 10am",
        ("Wexbridge Valley Cabinet", "2021-07-02", "10:00", None),
    ),  # (a body's name in capitals, then the date, with no dash between)
    (
        "Draft Resources and Policy Committee Minutes – 24 April 2017",
        ("Resources and Policy Committee", "2017-04-24", None, None),
    ),  # (the document's state is no part of the name)
    (
        "Amended Draft Minutes of Meeting 7.30pm Monday 12th November 2018",
        (None, "2018-11-12", "19:30", None),
    ),  # (nor, before "Minutes of", the name of a body: this page names none)
    (
        "Minutes of the Parish Council\nDate: 3 May 2022\nMeeting Location: Wexbridge Village "
        "Hall, with public online attendance link: http://www.wexbridge.org.uk/meeting/",
        ("Parish Council", "2022-05-03", None, "Wexbridge Village Hall"),
    ),  # (a form's "Meeting Location:", without how the public joins from afar)
    (
        "Minutes of the Parish Council\nDate: 3 May 2022\nVenue: Link House, Bridge Street",
        ("Parish Council", "2022-05-03", None, "Link House, Bridge Street"),
    ),
    (
        "Minutes of the Parish Council\nDate: 3 May 2022\nVenue: The Pavilion and Link Room, "
        "Recreation Ground",
        ("Parish Council", "2022-05-03", None, "The Pavilion and Link Room, Recreation Ground"),
    ),  # (a place named "Link" is no link to join by)
    (
        "Minutes of the Annual Parish Meeting held on 3 May 2022\nAnnual Parish Meeting Venue: "
        "Village Hall",
        ("Annual Parish Meeting", "2022-05-03", None, "Village Hall"),
    ),  # (a venue's label after the meeting's kind on its line)
    (
        "Minutes of the Parish Council\nDate: 3 May 2022\nMeeting Location: To be confirmed",
        ("Parish Council", "2022-05-03", None, None),
    ),  # (a place not yet known is none)
    (
        "Approved Minutes of Planning Committee 7.30pm Monday 12th November 2018",
        ("Planning Committee", "2018-11-12", "19:30", None),
    ),
    (
        "Minutes for Wexbridge Scrutiny Committee meeting, Nov 30 2009, 6.00PM official page",
        ("Wexbridge Scrutiny Committee", "2009-11-30", "18:00", None),
    ),  # (a mirror site's title line)
    (
        "Minutes of the meeting of the Finance Committee held on 3 March 2020 in the Council "
        "Chamber, 137 London Road, Wexbridge, Kent. TN4 0ND.",
        (
            "Finance Committee",
            "2020-03-03",
            None,
            "the Council Chamber, 137 London Road, Wexbridge, Kent. TN4 0ND",
        ),
    ),  # (a stop before the postcode does not end the venue)
    (
        "Item 5 Minutes of the meeting held on 3 February 2025",
        (None, None, None, None),
    ),  # (but an item approving earlier minutes, which names no body, is no header)
    (
        "3 WEXBRIDGE AND DISTRICT TRANSPORT PARTNERSHIP Minute of the Meeting of the Wexbridge "
        "and District Transport Partnership held in the Balmoral Suite, Queens Hotel, Wexbridge "
        "on Tuesday 23 June 2009 at 10.30am.",
        (
            "Wexbridge and District Transport Partnership",
            "2009-06-23",
            "10:30",
            "the Balmoral Suite, Queens Hotel, Wexbridge",
        ),
    ),  # (the page's number, then its letterhead, then the header)
    (
        "37 THE WEXBRIDGE COUNCIL MINUTE OF MEETING OF THE ENVIRONMENTAL SERVICES COMMITTEE "
        "12 FEBRUARY 2003 COUNCIL HEADQUARTERS, WEXBRIDGE PRESENT Councillors A Smith, B Jones",
        ("Environmental Services Committee", "2003-02-12", None, "COUNCIL HEADQUARTERS, WEXBRIDGE"),
    ),  # (a letterhead before MINUTE in capitals; the place ends where the attendance begins)
    (
        "MINUTE of MEETING of the ROADS COMMITTEE held in the Town and County Hall, Wexbridge "
        "on Thursday 11 October 2001 at 4.25 pm.",
        ("Roads Committee", "2001-10-11", "16:25", "the Town and County Hall, Wexbridge"),
    ),  # ("and" in the venue does not end the words the time is read from)
    (
        "Minutes of the Parish Council Meeting held on Monday the 3rd August 2020 at 7pm in the "
        "Village Hall",
        ("Parish Council", "2020-08-03", "19:00", "the Village Hall"),
    ),
    (
        "Minutes of the meeting of the Council held on 4 June 2017 in the Council Chamber, The "
        "Braid, 1-29 Bridge Street,\n\nIn the Chair: Councillor A Wales",
        ("Council", "2017-06-04", None, "the Council Chamber, The Braid, 1-29 Bridge Street"),
    ),
    (
        "Minutes - 20 July 2021\n\nMinutes of Wyvern Parish Council Extraordinary Meeting "
        "22/07/21 7pm Hare & Hounds, Wyvern",
        ("Wyvern Parish Council", "2021-07-22", "19:00", "Hare & Hounds, Wyvern"),
    ),  # (the page's title yields to the header; the place alone after the time)
    (
        "MINUTE of MEETING of the COUNCIL held within Council Chambers, Wexbridge Civic Centre, "
        "on 8 March 2011.",
        ("Council", "2011-03-08", None, "Council Chambers, Wexbridge Civic Centre"),
    ),
    (
        "Agenda and minutes\n\nWexbridge and City of Fenmarsh Fire and Rescue Authority - "
        "Policy and Strategy\nFriday, 24th July, 2015 10.00 am",
        (
            "Wexbridge and City of Fenmarsh Fire and Rescue Authority - Policy and Strategy",
            "2015-07-24",
            "10:00",
            None,
        ),
    ),  # (a name of thirteen words)
    (
        "Minutes of the Annual Parish Meeting held on Wednesday 9 May, 2018",
        ("Annual Parish Meeting", "2018-05-09", None, None),  # a parish meeting is a body
    ),
    (
        "Minutes of the Parish Council held on Wednesday 9 May, 2018\nPresent: Cllr G Hotchkin"
        "\nCllr G Hotchkin opened the meeting at 7pm.",
        ("Parish Council", "2018-05-09", "19:00", None),
    ),
    (
        "Minutes of the Parish Council held on Wednesday 9 May, 2018\nPresent: Cllr G Hotchkin"
        "\nThe Chairman opened the Council meeting at 7.25pm.",
        ("Parish Council", "2018-05-09", "19:25", None),
    ),
    (
        "Minutes of the Wexbridge Community Council Special General Meeting held on Tuesday 3 "
        "May 2022 at 7pm",
        ("Wexbridge Community Council", "2022-05-03", "19:00", None),
    ),
    (
        "Wednesday, April 17, 2013\n\nParish Council Minutes 7th March 2013\n\nMinutes of the "
        "meeting held in the village hall\nThursday 7th March 2013",
        ("Parish Council", "2013-03-07", None, "the village hall"),
    ),  # (a post's date, alone above, yields to the header's; its title names the body)
    (
        "Minutes of the Meeting of November 8th 2017",
        (None, "2017-11-08", None, None),  # the month first, after "of": no body's name
    ),
    (
        "Minutes\n\nof the Meeting of the\n\nPlanning & Regulatory Committee\n\nWednesday, 11th "
        "May 2016\n\nheld at the Town Hall, Wexbridge.",
        ("Planning & Regulatory Committee", "2016-05-11", None, "the Town Hall, Wexbridge"),
    ),
    (
        "WYVERN COMMUNITY COUNCIL\n\nGENERAL MEETING MONDAY 3 JUNE 2024\n\nHeld in the Board "
        "Room, Elderpark Workspace at 7 p.m.",
        ("Wyvern Community Council", "2024-06-03", "19:00", "the Board Room, Elderpark Workspace"),
    ),  # (the place and time on a line of their own under the date)
    (
        "A meeting was held on June 7th 2016 at Wyvern Memorial Hall",
        (None, "2016-06-07", None, "Wyvern Memorial Hall"),
    ),
    (
        "The Parish Council Meeting was held on 31 July 2017 at 7.30pm in the Village Hall. "
        "Cllr. J Ash welcomed the following Parish Councillors – P Birch, D Cedar.",
        ("Parish Council", "2017-07-31", "19:30", "the Village Hall"),
    ),  # (the body's name before "Meeting was held")
    (
        "Wexcombe Parish Council meeting was held on Thursday 12th January 2023 at 8 p.m. in the "
        "Parish Hall",
        ("Wexcombe Parish Council", "2023-01-12", "20:00", "the Parish Hall"),
    ),
    (
        "MINUTES OF PLANNING COMMITTEE MEETING HELD ON TUESDAY 21 JUNE 2011 AT 09.30 HOURS IN "
        "THE MEETING ROOM, SOUTH EFFORD HOUSE, LYMINGTON Present: Members: Pat Ash (Chairman)",
        (
            "Planning Committee",
            "2011-06-21",
            "09:30",
            "THE MEETING ROOM, SOUTH EFFORD HOUSE, LYMINGTON",
        ),
    ),  # ("in the Meeting Room" is a place, where "in the meeting" is not)
    (
        "Minutes of Wexcombe Community Council Meeting Tuesday 22nd September 2020 7.00pm Online "
        "Zoom Meeting CC Members Present: - Jan Ash, Lloyd Birch",
        ("Wexcombe Community Council", "2020-09-22", "19:00", "Online Zoom Meeting"),
    ),  # (the place ends where the community council's members start)
    (
        "Minutes of the Meeting of Wexcombe Community Council on Monday 13th February 2017\n"
        "Wexcombe Community Centre at 19.30",
        ("Wexcombe Community Council", "2017-02-13", "19:30", "Wexcombe Community Centre"),
    ),  # (the place, then the time, under the date)
    (
        "CYNGOR CYMUNED WEXCOMBE COMMUNITY COUNCIL MINUTES OF THE MEETING HELD AT WEXCOMBE HALL "
        "ON THURSDAY 20th MARCH 2014 AT 6.30P.M.",
        ("Wexcombe Community Council", "2014-03-20", "18:30", "WEXCOMBE HALL"),
    ),  # (a Welsh council's name in both languages: the English half)
    (
        "Minutes of the meeting of Wexcombe Community Council (WCC) held on 12 February 2015 at "
        "the Church Hall",
        ("Wexcombe Community Council", "2015-02-12", None, "the Church Hall"),
    ),  # (without its initials)
    (
        "Wexcombe District Council\nAREA PLANNING COMMITTEE (SOUTH)\n\nMinutes of the meeting "
        "held on 3 May 2023 at 7pm in the Guildhall",
        ("Area Planning Committee (South)", "2023-05-03", "19:00", "the Guildhall"),
    ),  # (a bracket that is no initials stays)
    (
        "Cyngor Tref Abergwyfern :: Wyvernmouth Town Council\n\nMinutes of the meeting held on 3 May "
        "2023 at 7pm in the Guildhall",
        ("Wyvernmouth Town Council", "2023-05-03", "19:00", "the Guildhall"),
    ),
    (
        "Minutes of the Annual Parish Council Meeting held at the School on Wednesday 11th May "
        "2011, starting at 7.15pm",
        ("Parish Council", "2011-05-11", "19:15", "the School"),
    ),  # (a council's annual meeting is the council's; the Annual Parish Meeting is a body)
    (
        "MINUTES OF THE ANNUAL WYVERN PARISH COUNCIL Meeting held on Thursday 22nd May 2025 at "
        "7.30pm at Wyvern Village Hall",
        ("Wyvern Parish Council", "2025-05-22", "19:30", "Wyvern Village Hall"),
    ),  # (so is the annual meeting of a council named in full)
    (
        "Minutes of the Special Finance Sub-Committee Ash Parish Council held on 22 May 2025 at "
        "7pm in the Guildhall",
        (
            "Special Finance Sub-Committee Ash Parish Council",
            "2025-05-22",
            "19:00",
            "the Guildhall",
        ),
    ),  # (but not a committee's or a parish meeting's, named before the council)
    (
        "Minutes of the Special Wyvern Town Council Meeting held on 22 May 2025 at 7pm in the "
        "Guildhall",
        ("Wyvern Town Council", "2025-05-22", "19:00", "the Guildhall"),
    ),
    (
        "COWES TOWN COUNCIL Minutes of the Twenty seventh Annual Town Meeting held in the "
        "Community Hall, Cowes on Wednesday 20 th April, 2011 at 7.00 p.m.",
        ("Annual Town Meeting", "2011-04-20", "19:00", "the Community Hall, Cowes"),
    ),  # (its ordinal is no part of the name)
    (
        "Minutes of the Annual Parish Meeting held at the School on Wednesday 11th May 2011",
        ("Annual Parish Meeting", "2011-05-11", None, "the School"),
    ),
    (
        "CYNGOR TREF TOWN COUNCIL\n\nOrdinary Meeting of the Council held at the Welfare Hall "
        "on Thursday 6th June 2019 at 6.30p.m.",
        ("Council", "2019-06-06", "18:30", "the Welfare Hall"),
    ),  # (a letterhead of the two words alone names no council)
    (
        "Wexcombe a village in North Wyvern, England\n\nWexcombe Parish Council\n\nMinutes of "
        "the Meeting Held on Tuesday 9th June 2015\n\nat 8pm at Wexcombe Village Hall",
        ("Wexcombe Parish Council", "2015-06-09", "20:00", "Wexcombe Village Hall"),
    ),  # (a web site's strapline over the council's name is no body)
    (
        "Wexcombe Parish Council\nClerk / RFO: Jane Ash (01246 850042)\nMinutes of the Meeting "
        "Held\n2:00pm 15th October 2020\nThe Allotment Site",
        ("Wexcombe Parish Council", "2020-10-15", "14:00", "The Allotment Site"),
    ),  # (nor the clerk's line, with the post's second title and a telephone number)
    (
        "Planning Minutes 6th March 2013\nMinutes of the Meeting of the Planning Committee\n"
        "held at\nThe Guildhall, Wexford\non\nWednesday, 6th March 2013 at 6.30pm",
        ("Planning Committee", "2013-03-06", "18:30", "The Guildhall, Wexford"),
    ),  # (a web page's title names only the subject: the header sentence adds its kind)
    (
        "A Parish Council meeting was held on 3 May 2023 at 7pm in the Reading Room",
        ("Parish Council", "2023-05-03", "19:00", "the Reading Room"),
    ),  # (with "A", or no article at all)
    (
        "Page 1357.\nMinute General Meeting of the Council Tuesday, 8 December 2020, 10:30.\n"
        "Microsoft Teams.",
        ("Council", "2020-12-08", "10:30", "Microsoft Teams"),
    ),  # (a Scottish "Minute" before the meeting's name, the day's name ending the body's;
    # the platform alone on the line after it, where the header gave the hour)
    (
        "WEXBRIDGE INTERNAL DRAINAGE BOARD\nAt a Meeting of the Wexbridge Internal Drainage "
        "Board hosted at the Board's Offices, March on Tuesday the 14th April 2020\nPRESENT",
        ("Wexbridge Internal Drainage Board", "2020-04-14", None, "the Board's Offices, March"),
    ),  # ("hosted at" for "held at")
    (
        "MINUTES OF PARISH COUNCIL\nHELD IN THE VILLAGE HALL KITCHEN\nDate: Wednesday 4th April "
        "2007\nPresent: Cllrs: Ash (Chairman), Birch",
        ("Parish Council", "2007-04-04", None, "THE VILLAGE HALL KITCHEN"),
    ),  # (the place's line between the name and the date names no body)
    (
        "12929. CONFIRMED minutes of an ordinary meeting of the Wexbridge Parish Council held on"
        "\nMonday 4th October 2021 at 7pm at The Village Institute, Spring Bank.",
        ("Wexbridge Parish Council", "2021-10-04", "19:00", "The Village Institute, Spring Bank"),
    ),  # (broken after "held on")
    (
        "Parish Council Minutes - January 2014\n  • Minutes of meeting held 8th January 2014 in "
        "the Supper Room, Public Hall - 7.30pm\n    Present : Dr Ash",
        ("Parish Council", "2014-01-08", "19:30", "the Supper Room, Public Hall"),
    ),  # (the time after a dash ends the place; the body's name over it, the title set aside)
    (
        "Weston under Wexbridge Parish Council Ordinary Parish Council Meeting\nWednesday 26th "
        "June 2013 Weston under Wexbridge Village Hall 7 pm\nPresent: Cllr Miss B Ash (Chairman)",
        (
            "Weston under Wexbridge Parish Council",
            "2013-06-26",
            "19:00",
            "Weston under Wexbridge Village Hall",
        ),
    ),  # (the kind of meeting after the body's name; a place's small words after the date)
    (
        "MINUTES\nof the proceedings of the Board at a Meeting held at the Board's Offices, "
        "Boston on Wednesday 18 September 2013.",
        ("Board", "2013-09-18", None, "the Board's Offices, Boston"),
    ),  # ("at a" before "Meeting" is no part of the body's name)
    (
        "Site Map | Contact? | Info? | Diary? | Home |\nMinutes of Meeting held at Wexbridge "
        "Primary School on May 15, 2001\n1 |",
        (None, "2001-05-15", None, "Wexbridge Primary School"),
    ),  # (a site's menu above the header names no body)
    (
        "NOTICE OF DECISIONS AGREED AT THE WJC MEETING HELD ON 28 JUNE 2019\n\nPRESENT:",
        ("WJC", "2019-06-28", None, None),
    ),  # (a notice of the decisions a body agreed names the body)
    (
        "Cyngor Cymuned WEXBRIDGE Community Council Ashford, The Bank, Newtown, SY16 2AB "
        "www.wexbridge.net Minutes of the online Council Meeting held on Monday, 7th September "
        "2020, at 7:00pm PRESENT: Cllr. Ash",
        ("Council", "2020-09-07", "19:00", None),
    ),  # (the header sentence after a letterhead's address and web site; "online" no name's)
    (
        "MINUTES of a meeting of the Wexbridge Borough Council, duly convened and held at the "
        "Council Chamber, at 6.30 pm on Wednesday, 10 December 2014",
        ("Wexbridge Borough Council", "2014-12-10", "18:30", "the Council Chamber"),
    ),  # ("duly convened and" is the meeting's)
    (
        "Borough of Wexbridge Borough of Wexbridge. At a Monthly Meeting of the Town Council of "
        "the Borough of Wexbridge, duly convened and held at the Municipal Offices, on Monday, "
        "the 6th December, 1915, at 3 p.m. Present: THE MAYOR in the chair.",
        (
            "Town Council of the Borough of Wexbridge",
            "1915-12-06",
            "15:00",
            "the Municipal Offices",
        ),
    ),  # (a running title before it on its line; "duly convened" the meeting's words)
    (
        "Minutes of the Parish Council and Annual General Meeting held on 11th May 2009 in "
        "the Supper Room of the Parish Hall at 7.45pm",
        ("Parish Council", "2009-05-11", "19:45", "the Supper Room of the Parish Hall"),
    ),  # (two meetings held together: the body's is the first)
    (
        "WEXBRIDGE NATIONAL PARK AUTHORITY\n\nPLANNING COMMITTEE 11 July 2011\n\nPresent: Ash",
        ("Planning Committee", "2011-07-11", None, None),
    ),  # (a name in capitals ending in its body's noun, then the date, no dash between)
    (
        "PLANNING COMMITTEE 11 July 2011\n\nHeld at Cowdray Hall, at 10:30am\n\nPresent: Ash",
        ("Planning Committee", "2011-07-11", "10:30", "Cowdray Hall"),
    ),  # (the place and time on the line under it, after "Held at")
    (
        "WEXBRIDGE COMMUNITY COUNCIL MINUTES Tuesday August 13th 2013, at 8pm, Wexbridge "
        "Village Hall Present: Nigel Ash (NA) (Chair)",
        ("Wexbridge Community Council", "2013-08-13", "20:00", "Wexbridge Village Hall"),
    ),  # (and "MINUTES" between them on a page flattened onto a line)
    (
        "Minutes of the meeting of the Parish Council held at 8pm on Tuesday 13th Janaury 2009\n"
        "in the village hall\nIn attendance: Cllrs Ash, Birch",
        ("Parish Council", "2009-01-13", "20:00", "the village hall"),
    ),  # (a month's name as it is often mistyped; the attendance ends the place)
    (
        "Minutes of the Parish Council Meeting held on 9 April 2019\nAt the Leisure Centre, "
        "Wexbridge\nCommenced 19.15\nConcluded 20.00",
        ("Parish Council", "2019-04-09", "19:15", "the Leisure Centre, Wexbridge"),
    ),  # ("Commenced" ends the place)
    (
        "37-2017/18 MINUTES OF THE MEETING OF WEXBRIDGE TOWN COUNCIL HELD AT THE GALTRES CENTRE "
        "AT 7.00 PM ON TUESDAY SEPTEMBER 19th 2017",
        ("Wexbridge Town Council", "2017-09-19", "19:00", "THE GALTRES CENTRE"),
    ),  # (the minute book's page and year before the header)
    (
        "M I N U T E S\nOf the meeting of Wexbridge Town Council held on Thursday 12th June "
        "2014, in the Council Chamber, Town Hall at 7:30pm.",
        ("Wexbridge Town Council", "2014-06-12", "19:30", "the Council Chamber, Town Hall"),
    ),  # (a title with its letters spaced out)
    (
        "WEXBRIDGE ROYD TOWN COUNCIL MEETING of the TOWN COUNCIL held WEDNESDAY 18 th FEBRUARY 2009",
        ("Town Council", "2009-02-18", None, None),
    ),
    (
        "Agenda Item No. 7 WEXBRIDGE INTERNAL DRAINAGE BOARD A meeting of the Board was held at "
        "Brookland Village Hall, on Wednesday 18th June 2014 at 2.00 pm.",
        ("Wexbridge Internal Drainage Board", "2014-06-18", "14:00", "Brookland Village Hall"),
    ),  # (an agenda pack's stamp with "No.")
    (
        "MINUTES\n\nof the\n\nPLANNING COMMITTEE\n\nheld on 26th June, 2012",
        ("Planning Committee", "2012-06-26", None, None),
    ),  # (a header sentence over four short lines)
    (
        "Wyvern Parish Council Minutes: Monday 2nd September 2019",
        ("Wyvern Parish Council", "2019-09-02", None, None),
    ),
    (
        "WEXBRIDGE HARBOUR COMMISSIONERS\nMINUTES – Thursday, 17 January 2019, at 7.00 pm, "
        "Wexbridge Sailing Club",
        ("Wexbridge Harbour Commissioners", "2019-01-17", "19:00", "Wexbridge Sailing Club"),
    ),  # (a body's name with no word of a body's in it, over "MINUTES – <date>")
    (
        "Wexbridge Licensing Committee Minutes 4 March 2019",
        ("Wexbridge Licensing Committee", "2019-03-04", None, None),
    ),  # (a name, "Minutes" and a date, with no dash between)
    (
        "CORPORATE PARENTING BOARD\nMinutes from the Meeting 27thJuly 2010",
        ("Corporate Parenting Board", "2010-07-27", None, None),
    ),
    (
        "Wyvern Parish Council\nMinutes: 15 March 2019",
        ("Wyvern Parish Council", "2019-03-15", None, None),
    ),
    (
        "Full Council\n\nThursday 9 July 2020 - 19:00 at Online Meeting via ZOOM",
        ("Full Council", "2020-07-09", "19:00", "Online Meeting via ZOOM"),
    ),  # (a meeting held online names its place)
    (
        "Full Council\n\nThursday 9 July 2020 - 19:00 via Zoom",
        ("Full Council", "2020-07-09", "19:00", "via Zoom"),
    ),
    (
        "Audit & Standards Committee Minutes\n\nDate: Wednesday 23 February 2022       Time: "
        "06:00 PM       Location: Council Chamber       Contact: clerk@example.org",
        ("Audit & Standards Committee", "2022-02-23", "18:00", "Council Chamber"),
    ),  # (a table's row of labelled cells run onto one line)
    (
        "Licensing Committee\nThursday, 15th September, 2005\n07.30 p.m.\nThe Town Hall",
        ("Licensing Committee", "2005-09-15", "19:30", None),
    ),  # (the time alone on the line below the date)
    (
        "WYVERN PARISH COUNCIL\n\nMinutes of the Parish Council Meeting held on Monday 11th "
        "March 2024\n\n7.30pm in the Memorial Hall",
        ("Parish Council", "2024-03-11", "19:30", "the Memorial Hall"),
    ),  # (the time and place alone on the line below the header)
    (
        "Draft Minutes of Meeting held on Thursday 12th January 2023\n\n"
        "   Fenmarsh Village Institute at 19.30",
        (None, "2023-01-12", "19:30", "Fenmarsh Village Institute"),
    ),  # (the place, then the time)
    (
        "Minutes of Parish Council 22 November 2023\n\nTHOSE ATTENDING:\n\nCllr K Wren",
        ("Parish Council", "2023-11-22", None, None),
    ),  # (the body, then the date at once)
    (
        "Wexbridge Community Council – Draft Minutes of Latest Meeting\n\nMeeting 7.30pm "
        "Monday 3rd December 2018\n\n1. Sederunt: Chair Ann Reid",
        ("Wexbridge Community Council", "2018-12-03", "19:30", None),
    ),  # (the page's title after the name over the date)
    (
        "Community Council Draft Minutes – March 2017\n\nMONDAY 6 MARCH 2017\n\nAt a "
        "meeting of WEXBRIDGE COMMUNITY COUNCIL held in the Board Room, Mill House, at 7.00pm",
        ("Wexbridge Community Council", "2017-03-06", "19:00", "the Board Room, Mill House"),
    ),  # (a name cut from the title yields to the header sentence's)
    (
        "Wexbridge Fire Authority25 May 2012\n25MAY 2012\nApologies for absence were received.",
        ("Wexbridge Fire Authority", "2012-05-25", None, None),
    ),  # (the body's name run into the date after it, no dash between)
    (
        "Minutes of the Meeting of the Wexbridge Parish Council Monday 27th July at 7.00pm\n\n"
        "Held in the Village Hall\n\nPRESENT Cllrs Ash (Chair), Reed",
        ("Wexbridge Parish Council", None, "19:00", "the Village Hall"),
    ),  # (the day, with no year, after the name: no part of it)
    (
        "Minutes of the Meeting of the Council Monday 27th July at 7.00pm\n\nPRESENT Cllrs Ash "
        "(Chair), Reed",
        ("Council", None, "19:00", None),
    ),  # (the same with no place under it)
    (
        "Minutes Full Parish Council Meeting Held Monday 12 October 2020 Via Zoom.\n\nPresent: "
        "Cllr Ash (Chair)",
        ("Full Parish Council", "2020-10-12", None, "Via Zoom"),
    ),  # (no "of" after "Minutes", and the date's day right after "Held")
    (
        "MINUTES OF THE MEETING OF THE FINANCE & GENERAL PURPOSES COMMITTEE OF THE COUNCIL HELD "
        "ON MONDAY 19th OCTOBER 2015 IN THE MILL ROOM AT 7.30PM",
        ("Finance & General Purposes Committee", "2015-10-19", "19:30", "THE MILL ROOM"),
    ),  # (a committee's parent council after its name)
    (
        "A meeting of the Wexbridge Parish Council was held on Monday the 8th day of APRIL 2013 at "
        "the Methodist Chapel, Bell Street - commencing 7.30pm.",
        ("Wexbridge Parish Council", "2013-04-08", "19:30", "the Methodist Chapel, Bell Street"),
    ),  # (the formal "8th day of April")
    (
        "Minutes of meeting of Wexbridge Parish Council held on Monday 8th August 2016commencing "
        "7pm in Wexbridge Memorial Hall,\n\nThose Present:J Grey (Chairman), V Wilson",
        ("Wexbridge Parish Council", "2016-08-08", "19:00", "Wexbridge Memorial Hall"),
    ),  # (the year run into the word after it; "Those Present" ends the place)
    (
        "Wexbridge Parish Council\n\nMeeting held on 4th January 2012 at Mill House, Halford at "
        "7.30 pm",
        ("Wexbridge Parish Council", "2012-01-04", "19:30", "Mill House, Halford"),
    ),  # ("Meeting held on" alone, the body named above it)
    (
        "Meeting held at The Curveat 11.00am on Monday,4th April 2016\nCouncillor Sue Ash (Chair)",
        (None, "2016-04-04", "11:00", "The Curve"),
    ),  # (the time after the place, "at" glued to it)
    (
        "WEXBRIDGE PARISH COUNCIL 17 SEPTEMBER 2019 AT VILLAGE HALL, THE STREET, WEXBRIDGE\n\n"
        "Present: Parish Cllr Robin Ash",
        ("Wexbridge Parish Council", "2019-09-17", None, "VILLAGE HALL, THE STREET, WEXBRIDGE"),
    ),  # (a name in capitals, the date, then the place after "AT")
    (
        "Minutes of the meeting of Wexbridge Parish Council held remotely through Zoom on Monday "
        "9 November 2020 at 7.30pm",
        ("Wexbridge Parish Council", "2020-11-09", "19:30", "remotely through Zoom"),
    ),  # (how it was held, before its platform)
    (
        "FULL COUNCIL\n\nAgenda Item\n4\nFULL COUNCIL\nMinutes of a meeting of Wexbridge District "
        "Council held on 26 September 2012 at the\nCouncil Offices, Holt Road, Wexbridge at 6.00 pm.",
        (
            "Wexbridge District Council",
            "2012-09-26",
            "18:00",
            "the Council Offices, Holt Road, Wexbridge",
        ),
    ),  # (an agenda pack's stamp, "Agenda Item" over its number, on the minutes it carries)
    (
        "DRAFT Minutes of the Meeting of Wexbridge Parish Council\nIn Wexbridge Village Hall on "
        "Monday 22nd July at 7.30pm\nPresent: Cllr Ash (Chair)",
        ("Wexbridge Parish Council", None, "19:30", "Wexbridge Village Hall"),
    ),  # (the place, with a capital, and a day with no year on the line under the name)
    (
        "Minutes of the Joint Planning Committee and Full Parish Council Meeting held\non "
        "Tuesday 7th April at 7.00pm\nPresent: Cllr Ash (Chair)",
        ("Joint Planning Committee and Full Parish Council", None, "19:00", None),
    ),  # (held "on" a day with no year: its time stands)
    (
        "Minutes of the Parish Council Meeting\nOn Tuesday the Clerk attended training at 10am "
        "at the County Hall.",
        ("Parish Council", None, None, None),
    ),  # (but a sentence opening "On Tuesday" is none of the header's)
    (
        "Minutes of the Parish Council Meeting held on Monday 6th April 2020 at 7.00pm, hosted "
        "by the Conference Centre staff",
        ("Parish Council", "2020-04-06", "19:00", None),
    ),  # ("by the" a platform only where one is named)
    (
        "Windfarm Committee Meeting 11th August 2025 Minutes",
        ("Windfarm Committee", "2025-08-11", None, None),
    ),  # (a page's title with "Minutes" after the date, no dash before it)
    (
        "Approved Extraordinary Wexbridge Wind Farm Fund Meeting 12th August 2024 Minutes\n\n"
        "Minutes of the Extraordinary Grants Committee meeting held on 12th August 2024 at 7pm",
        ("Grants Committee", "2024-08-12", "19:00", None),
    ),  # (and yields to the header sentence under it)
    (
        "WEXBRIDGE AND DISTRICT COMMUNITY COUNCIL BUSINESS MEETING MINUTES 7:00 to 9:30pm, 13th "
        "August 2019 Invercarron Resource Centre,",
        (
            "Wexbridge and District Community Council",
            "2019-08-13",
            "19:00",
            "Invercarron Resource Centre",
        ),
    ),  # (the hours before the date, the place after it)
    (
        "WEXTON PARISH COUNCIL Minutes of the Parish Annual General Meeting for Wexton Parish "
        "Council Monday 18th May 2015 Wexton Hall 7.30pm.",
        ("Wexton Parish Council", "2015-05-18", "19:30", "Wexton Hall"),
    ),  # (a meeting "for" a body named in full is that body's)
    (
        "Board of Trustees MINUTES of the MAY MEETING 27 May 2015 1pm - 4pm",
        ("Board of Trustees", "2015-05-27", "13:00", None),
    ),  # (a month's name before "MEETING" says when it met; the name before is the body)
    (
        "Wexbridge Parish Council Meeting 7 to 9pm, 12 May 2019 The Old School",
        ("Wexbridge Parish Council", "2019-05-12", "19:00", "The Old School"),
    ),  # (the hours' start takes their end's "pm"; a place names a building)
    (
        "Minutes of the Parish Council meeting held on Tuesday 14 May 2019 at 7pm\n\n3. Planning"
        "\nNone.\n\n4. Date of next meeting\nParish Council Meeting 7.30pm, 11 June 2019 Village "
        "Hall",
        ("Parish Council", "2019-05-14", "19:00", None),
    ),  # (a name and a date under an item's heading are the item's, not the page's title)
    (
        "WEXBRIDGE TOWN COUNCIL: the agenda papers and the date of the next meeting are on the "
        "website, with the reports of officers\n\nRegular Council Meeting - Tuesday, November "
        "14, 2017",
        ("Regular Council", "2017-11-14", None, None),
    ),  # (but a long line naming the next meeting is no heading)
    (
        "Footpaths Committee Meeting\n\nMonday 22nd April 2013\n\nAt7.30pm in the Village Hall\n\n"
        "Present: Cllr A Ash",
        ("Footpaths Committee", "2013-04-22", "19:30", "the Village Hall"),
    ),  # ("At" with a capital, run into the time)
    (
        "WEXBRIDGE INTERNAL DRAINAGE BOARD\n\nMINUTES\n\nof the proceedings of the Board at a "
        "Meeting held at the Board's Offices, 47 Mill Street, Wexbridge on Wednesday 18 September "
        "2013.",
        (
            "Wexbridge Internal Drainage Board",
            "2013-09-18",
            None,
            "the Board's Offices, 47 Mill Street, Wexbridge",
        ),
    ),  # ("the Board" of the header sentence is the letterhead's, named in full)
    (
        "Cofnodion o gyfarfod Cyngor Cymuned Wexbridge - 12/04/23\n\nPRESENNOL\n\nCllr. Eurig "
        "Hughes (Chair)\n\nCOFNODION\n\nMinutes of the meeting held on February 22nd, 2023 were "
        "received as accurate.",
        ("Cyngor Cymuned Wexbridge", "2023-04-12", None, None),
    ),  # (Welsh minutes' title, a date in figures; earlier minutes received are no header)
    (
        "MINUTES of FULL COUNCIL ORDINARY BUSINESS MEETING on Tuesday 19th December 2017, 7.30pm "
        "at Wexbridge Community Hall.",
        ("Full Council", "2017-12-19", "19:30", "Wexbridge Community Hall"),
    ),  # (the kind of meeting after the body's name, in capitals)
    (
        "WYVERN PARISH COMMISSIONERS Monthly Board Meeting. Held at 7.15pm Wednesday 25th "
        "October 2017 at the Parish Hall.",
        ("Wyvern Parish Commissioners", "2017-10-25", "19:15", "the Parish Hall"),
    ),  # (and after the Isle of Man's commissioners)
    (
        "Agenda and Meeting Minutes- 10.01.2019\nTo be held on Thursday 10th January 2019",
        (None, "2019-01-10", None, None),
    ),  # (a page's title names no body)
    (
        "MONTHLY COUNCIL MEETING 1 SEPTEMBER 2009\nMinutes of meeting held in the Council Offices, "
        "7 Mill Street, Wexbridge at 7.35 pm on the above date.",
        ("Council", "2009-09-01", "19:35", "the Council Offices, 7 Mill Street, Wexbridge"),
    ),  # (the name and "MEETING" in capitals, then the date; "on the above date" below)
    (
        "MONTHLY COUNCIL MEETING 1 SEPTEMBER 2009 Minutes of meeting held in the Council Offices, "
        "7 Mill Street, Wexbridge at 7.35 pm on the above date.",
        ("Council", "2009-09-01", "19:35", "the Council Offices, 7 Mill Street, Wexbridge"),
    ),  # (the same on one line: the title's date is "the above date")
    (
        "Council meeting – 1st April 2019 Minutes of the meeting of Wexbridge Parish Council as "
        "above, held in the Parish Rooms, 17 Vicarage Rd, St. Agnes, 19:15.",
        (
            "Wexbridge Parish Council",
            "2019-04-01",
            "19:15",
            "the Parish Rooms, 17 Vicarage Rd, St. Agnes",
        ),
    ),  # ("as above": the title's date; a stop after "St" ends no place, a time after a comma does)
    (
        "Wexbridge Community Council.\nMinutes  for the Monthly Meeting on Monday, 10th "
        "Sept.2018\nat 7.30pm in the Burgh Chambers, Wexbridge Town Hall.",
        (
            "Wexbridge Community Council",
            "2018-09-10",
            "19:30",
            "the Burgh Chambers, Wexbridge Town Hall",
        ),
    ),  # (a year glued to its month's stop: "Sept.2018")
    (
        "Item 2 Wexbridge Planning Committee\n\nPublic Minutes of the meeting held at The Old "
        "Vicarage, Wexbridge on Thursday 16 April 2015.",
        ("Wexbridge Planning Committee", "2015-04-16", None, "The Old Vicarage, Wexbridge"),
    ),  # (an agenda pack's "Item 2" over the minutes it holds is no part of the name)
    (
        "Page 1 (1) The monthly meeting of the Council was held on Tuesday 8th January 2019 at "
        "6:30pm in Canolfan Wexbridge; the Chairperson, Cllr Ann Ash, presided.",
        ("Council", "2019-01-08", "18:30", "Canolfan Wexbridge"),
    ),  # ("The ... meeting of <body> was held" opening a sentence, as "A meeting of" does)
    (
        "Minutes of the meeting of Wexbridge Town Council held on 5 May 2020 at 7.30pm in "
        "Committee Room B. Councillors attending: Ash, Birch.",
        ("Wexbridge Town Council", "2020-05-05", "19:30", "Committee Room B"),
    ),  # (a room's letter and its stop end the place; only a run of initials goes on)
    (
        "CYNGOR CYMUNED WEXBRIDGE COMMUNITY COUNCIL Minutes of the meeting of the Wexbridge "
        "Community Council held at Wexbridge C.P. School on Monday, 13th March, 2017, at 7.00.p.m.",
        ("Wexbridge Community Council", "2017-03-13", "19:00", "Wexbridge C.P. School"),
    ),  # (an initial's stop ends no place)
    (
        "Licensing Committee\nFriday, 24th January, 2014 10.00 am\n\nJubilee Room, Civic Centre, "
        "Wexbridge\n\nAttendance Details",
        ("Licensing Committee", "2014-01-24", "10:00", "Jubilee Room, Civic Centre, Wexbridge"),
    ),  # (the place alone on the line under the date)
    (
        "Wexbridge Port Health Authority\n7th December 2010\n(The meeting was held in the "
        "Guildhall, Wexbridge)\nCouncillors Brady, Bush",
        ("Wexbridge Port Health Authority", "2010-12-07", None, "the Guildhall, Wexbridge"),
    ),  # (where it was held, in brackets under the date)
    (
        "Clerk to the Parish Council Mrs S Endersby Wexbridge Green Telephone/Fax: 01883 744209 "
        "MINUTES for the Meeting of Wexbridge Parish Council held on Monday 4 February 2019 at "
        "7.30pm at St Stephens Church, South Wexbridge",
        (
            "Wexbridge Parish Council",
            "2019-02-04",
            "19:30",
            "St Stephens Church, South Wexbridge",
        ),
    ),  # (after a letterhead ending in its telephone number)
    (
        "Minutes of the meeting held in the Community Centre, Wexbridge,2 November 2010\nPresent: "
        "Carroll Finnie (Chair)",
        (None, "2010-11-02", None, "the Community Centre, Wexbridge"),
    ),  # (the date run onto the place after its comma)
    (
        "21 JULY 2011 Minutes of a meeting of the DEVELOPMENT COMMITTEE held in the Council "
        "Chamber, Council Offices, Wexbridge at 9.30 am when there were present: Councillors Ash",
        (
            "Development Committee",
            "2011-07-21",
            "09:30",
            "the Council Chamber, Council Offices, Wexbridge",
        ),
    ),  # (the date alone before the header sentence)
    (
        "File Type:pdf, Size:1020Kb\n63 (18-19) WEXBRIDGE TOWN COUNCIL Minutes of the meeting of "
        "the Town Council held on Monday 11 February 2019 at 7.00pm at Wexbridge Youth Centre, "
        "Lancaster Road, Wexbridge Present: Cllrs L Ash (Mayor)",
        (
            "Town Council",
            "2019-02-11",
            "19:00",
            "Wexbridge Youth Centre, Lancaster Road, Wexbridge",
        ),
    ),  # (a page number with the council's year in brackets before a letterhead)
    (
        "FRIDAY, 13 NOVEMBER2015at6.45 p.m.\n\nPresent: M Groat, M Thomson",
        (None, "2015-11-13", "18:45", None),
    ),  # (a month run into its year, the year into "at", "at" into the time)
    (
        "Minutes: Monday 8th January 2018at the Wexbridge Beach Hall, 7:15 pm\n\nPresent: "
        "Councillors M Groat, M Thomson",
        (None, "2018-01-08", "19:15", "the Wexbridge Beach Hall"),
    ),  # (the year run into "at" before the place)
    (
        "MEETINGOpen Space and Amenities Committee\n\nVENUE Parish Council Office, New Road, "
        "Wexbridge\n\nDATE Tuesday 28June 2016\n\nTIME 7 pm\n\nCouncillors: A Ash, C Birch",
        (
            "Open Space and Amenities Committee",
            "2016-06-28",
            "19:00",
            "Parish Council Office, New Road, Wexbridge",
        ),
    ),  # (a form's labels in capitals, no colon, one glued to its value; a day to its month)
    (
        "DATE OF NEXT MEETING\n\nMinutes of the Parish Council held on 3 May 2016",
        ("Parish Council", "2016-05-03", None, None),
    ),  # (a label's word opening a heading is no label)
    (
        "Monthly Minutes, November 9th 2021\n\nPresent: Alastair Ash, Eddie Birch",
        (None, "2021-11-09", None, None),
    ),  # (a page's title, the month before the day, after a comma)
    (
        "Print\n\nMINUTES OF THE OPEN SPACES COMMITTEE OF WEXBRIDGE PARISH\n\nCOUNCIL HELD IN "
        "THE COMMITTEE ROOM OF THE VILLAGE HALL ON 20\n\nJUNE 2005 AT 19.30\n\nPRESENT\n\n"
        "Mr J Ash",
        ("Open Spaces Committee", "2005-06-20", "19:30", "THE COMMITTEE ROOM OF THE VILLAGE HALL"),
    ),  # (a header in capitals broken over blank lines, its date after its day; a site's button)
    (
        "Wexbridge Community Council\n\nMINUTES OF THE MEETING OF\nTHE WEXBRIDGE COMMUNITY "
        "COUNCIL HELD IN THE BURGH CHAMBERS ON MONDAY 3RD\nJULY 2017 AT 19:00 HRS\n\n"
        "Present: Mr C Ash",
        ("Wexbridge Community Council", "2017-07-03", "19:00", "THE BURGH CHAMBERS"),
    ),  # (the date broken after its day, the day named)
    (
        "WEXBURY PARISH MEETING\n\nThese are the Minutes of the Annual General Meeting held on "
        "23rd May 2022 at 7:30pm at the Village Hall.\n\nPresent: Alastair Ash, Chairman",
        ("Wexbury Parish Meeting", "2022-05-23", "19:30", "the Village Hall"),
    ),  # (the words that present the minutes before them)
    (
        "MINUTES OF THE GENERAL COMMITTEE MEETING HELD AT\n8 ENNERDALE ROAD, WEXBRIDGE ON 27th "
        "JANUARY 2015 AT 2:00PM\nPRESENT:\nMr G Ash (Chairman)",
        ("General Committee", "2015-01-27", "14:00", "8 ENNERDALE ROAD, WEXBRIDGE"),
    ),  # (the place's house number opening the header's second line)
    (
        "Board 130308 for web site\n\n13 March 2008 7 pm\nThe Committee Room, The Council "
        "House, Wexbridge\nPresent:- Mrs S Ash, Mr R Birch",
        (None, "2008-03-13", "19:00", "The Committee Room, The Council House, Wexbridge"),
    ),  # (a room named for the bodies that meet in it is a place)
    (
        "Minute of Meeting of the Wexbridge Transport Partnership Board\n\nAberdeen, Wednesday, "
        "19 September 2018\n\nPresent: Councillor Sandra Ash (Chairperson)",
        ("Wexbridge Transport Partnership Board", "2018-09-19", None, "Aberdeen"),
    ),  # (a Scottish dateline: the town alone before its weekday)
    (
        "Planning Committee Minutes, 9th November 2021\n\nPresent: Alastair Ash",
        ("Planning Committee", "2021-11-09", None, None),
    ),
    (
        "PENSIONS ADVISORY PANEL\n\nDate: 21st April 2015 Chair Person: Ann Ash\nTime: 1.30pm "
        "Notes of meeting: Ben Birch\nVenue: Wexford Council\n160 High St, Wexford, WX1 2TZ\n\n"
        "Attendees: Ann Ash; Ben Birch",
        (
            "Pensions Advisory Panel",
            "2015-04-21",
            "13:30",
            "Wexford Council, 160 High St, Wexford, WX1 2TZ",
        ),
    ),  # (the place's street and postcode on the line below its label's)
    (
        "Minutes of the Meeting of Wexcombe Parish Council on Monday                      "
        "Action\n   28th November 2011 at 7.00 pm in The Memorial Hall, Green Lane, Wexcombe."
        "                By\n                                             Page No.12\nPresent: "
        "Chairman: Cllr C Ash.",
        (
            "Wexcombe Parish Council",
            "2011-11-28",
            "19:00",
            "The Memorial Hall, Green Lane, Wexcombe",
        ),
    ),  # (an action column's heads, "Action" / "By", a wide gap after the header's lines)
    (
        "MINUTES OF THE ORDINARY MEETING OF WEXBRIDGE PARISH COUNCIL Tuesday 2 March 2021 at "
        "7.30pm\n\nPRESENT : Councillors L Ash, C Birch.\n\nThis meeting was held via Zoom in "
        "accordance with the provisions of the Regulations 2020",
        ("Wexbridge Parish Council", "2021-03-02", "19:30", "via Zoom"),
    ),  # (a sentence saying how it was held online, its platform named)
    (
        "This meeting was held remotely by Zoom.\nPresent: Robert Ash, Chair; Ann Birch.",
        (None, None, None, "remotely by Zoom"),
    ),
    (
        "Full Council Meeting Minutes\n\nWednesday 2nd September 2020 at 7.30pm\n\nUnder the "
        "Regulations 2020, this meeting was held by video conference.\n\nPresent: Ann Birch",
        ("Full Council", "2020-09-02", "19:30", "by video conference"),
    ),
    (
        "Minutes of Meeting, Tuesday, 7th March 2023\n\nThe Parish Council met on Tuesday, 7th "
        "March in the Evangelical Hall, at 7.30pm\n\nChairman Siddall",
        (None, "2023-03-07", "19:30", "the Evangelical Hall"),
    ),  # (where and when the body met, its day printed again)
    (
        "Minutes of the meeting of Wexbridge Parish Council held on Tuesday 20th August 2019 at "
        "7.15pm in the Parish Council Office at 2 School Road, Wexbridge.",
        (
            "Wexbridge Parish Council",
            "2019-08-20",
            "19:15",
            "the Parish Council Office at 2 School Road, Wexbridge",
        ),
    ),  # (a street's number after "at" is the place's, not a time)
    (
        "» Home » Official » Community Council\n\n"
        + "\n\n".join(["Churches", "Services, activities", "Heritage", "History, outdoors"] * 4)
        + "\n\nMINUTES OF COMMUNITY COUNCIL MEETING - DRAFT\n\nTuesday 12th November 2024 at "
        "7.00pm, Wyvern Centre Community Room",
        ("Community Council", "2024-11-12", "19:00", "Wyvern Centre Community Room"),
    ),  # (a site's menu longer than a header before the minutes' own title)
    (
        "Wyvern Town Council MINUTES of the PLANNING MEETING HELD in the TOWN HALL 29 June 2011",
        ("Planning", "2011-06-29", None, "the TOWN HALL"),
    ),  # (the date straight after the venue ends it)
    (
        "Minutes of the Meeting of Fenmarsh Town Council held on 27 April 2021 at 6:30pm by "
        "Zoom Conference Call.",
        ("Fenmarsh Town Council", "2021-04-27", "18:30", "by Zoom Conference Call"),
    ),  # (held by a video call)
    (
        "Shared Services Joint Committee\n\nDate: Monday 19 January 2009 Time: 3.30pm Place: "
        "Wheel Room, Civic Centre, Leyland",
        (
            "Shared Services Joint Committee",
            "2009-01-19",
            "15:30",
            "Wheel Room, Civic Centre, Leyland",
        ),
    ),  # (labels a space apart on one line)
    (
        "MINUTES OF ASTON PARISH COUNCIL MEETING HELD AT THE HALL, ASTON MONDAY 13TH MAY 2019",
        ("Aston Parish Council", "2019-05-13", None, "THE HALL, ASTON"),
    ),  # (a place whose name ends in "on", the day after it)
    (
        "MINUTES OF THE MEETING OF ASTON PARISH COUNCIL HELD AT THE HALL, HIGH STREET, ASTON ON"
        "\n\n25 OCTOBER 2017",
        ("Aston Parish Council", "2017-10-25", None, "THE HALL, HIGH STREET, ASTON"),
    ),  # (the "on" before a date the next line holds)
    (
        "Minutes of Aston Community Council\nMeeting of Wed 23 October 2019 at\nSt Catherine’s "
        "Church Halls,\nBeaufort Road",
        ("Aston Community Council", "2019-10-23", None, "St Catherine’s Church Halls"),
    ),  # (the day it met is no body's name: "Meeting of Wed 23 October")
    (
        "Minutes PDF 88 KB MINUTES Meeting: Wyvern Assembly (Plenary) Date: Monday 24 February "
        "2020 Time: 10.00 am Place: Chamber, Wyvern Hall, Quay Walk, Wyvern, WY1 2AB Copies of "
        "the minutes may be found at: www.wyvern.gov.uk/assembly Present: Ann Ash AM (Chair) "
        "Ben Birch AM 1 Apologies for Absence (Item 1) 1.1 Apologies were received from Cy Cole.",
        (
            "Wyvern Assembly (Plenary)",
            "2020-02-24",
            "10:00",
            "Chamber, Wyvern Hall, Quay Walk, Wyvern, WY1 2AB",
        ),
    ),  # (a meeting's name labelled after the page's title, all on one line; a place to its postcode)
    (
        "Page 1 of 6\n\nMinutes Meeting Wyvern Airport Consultative Committee Held on Thursday "
        "24th November 2016 Time 1430 hrs Venue Imperial Room, Departures Building\n\n"
        "Attendees 1. Mr P Thorne (in the Chair)",
        (
            "Wyvern Airport Consultative Committee",
            "2016-11-24",
            "14:30",
            "Imperial Room, Departures Building",
        ),
    ),  # (a plain form's labels, their colons lost: "Meeting", "Held on", "Time", "Venue")
    (
        "MINUTES OF A MEETING OF THE CEMETERY COMMITTEE HELD ON WEDNESDAY 16TH MARCH 2011 AT "
        "7.05PM IN THE COUNCIL CHAMBER, ASH CENTRE, WYVERN Committee Members: Mrs J Ash "
        "(Chairman) B Birch Also present: the Clerk 3170. APOLOGIES None.",
        ("Cemetery Committee", "2011-03-16", "19:05", "THE COUNCIL CHAMBER, ASH CENTRE, WYVERN"),
    ),  # (the place ends where the committee's members are labelled)
    (
        "Wyvern Parish Council Minutes of the Meeting of Wyvern Parish Council held on "
        "Wednesday 20th May 2020 at 7:00pm via online video link Parish Councillors required "
        "to attend; Ann Ash (Chair), Ben Birch. Present; Ann Ash.",
        ("Wyvern Parish Council", "2020-05-20", "19:00", "via online video link"),
    ),  # (or where those summoned are listed)
    (
        "F&GP Minutes & Agenda – 2nd June 2021\n\nMinutes of a meeting of the FINANCE & GENERAL "
        "PURPOSES COMMITTEE held at 8.10pm on Wednesday 2 June 2021.\n\nPRESENT Cllr J Ash",
        ("Finance & General Purposes Committee", "2021-06-02", "20:10", None),
    ),  # (a page's title for both papers yields to the header sentence)
    (
        "GENERAL MEETING\nThe minutes of the general meeting held in the Boardroom, Town Hall,\n"
        "Quay Road, Wyvern on 18 April 2019 at 7:00pm.\nPresent Mrs Ash (Chairman)",
        (None, "2019-04-18", "19:00", "the Boardroom, Town Hall, Quay Road, Wyvern"),
    ),  # ("The minutes of ..." a header where it goes on only to where and when it met)
    (
        "The minutes of the meeting held in the Hall on 5 March 2019 were approved as a "
        "correct record.",
        (None, None, None, None),
    ),  # (never a decision on earlier minutes)
    (
        "Town Council , Minutes of the Meeting of the Planning Committee 6.00 PM 2nd June 2021 "
        "in the Market Hall\n\nCouncillors: Cllr. J. Ash (Chair)",
        ("Planning Committee", "2021-06-02", "18:00", "the Market Hall"),
    ),  # (where it met, after the date that ends a page's title)
    (
        "Wyvern Flood Committee\n\nWyvern Flood Committee\n\nMeeting No 2: Minutes\n\n"
        "Rhos, Wyvern Junction,\n\n10 September 2019\n\nPRESENT: Ann Ash (Chair)",
        ("Wyvern Flood Committee", "2019-09-10", None, None),
    ),  # (an address's parts over the date, a comma after each, name no body)
    (
        "Approved UNIVERSITY OF WYVERN SENATE Wednesday 20 January 2010 (2.00 pm – 4.50 pm) "
        "MINUTES (Unreserved) Chair Professor Ann Ash, Vice Chancellor Present Ms Birch",
        ("University of Wyvern Senate", "2010-01-20", "14:00", None),
    ),  # (a university's senate, its name in capitals before the date, as a council's is)
    (
        "Wyvern Parish Council Meeting Held on Thursday 5 May 2016 Time 7pm Venue Village Hall",
        ("Wyvern Parish Council", "2016-05-05", "19:00", "Village Hall"),
    ),  # (its "Meeting" after the body's name no label)
    (
        "Planning Committee\nThursday, 4th March, 2021 2.00 pm\nVenue: Council Chamber - Civic "
        "Centre, Wyvern Avenue, Wyvern WY1 2AE. This meeting will be livestreamed here: (Copy "
        "and paste the link in your browser)\nContact: Ann Ash",
        (
            "Planning Committee",
            "2021-03-04",
            "14:00",
            "Council Chamber - Civic Centre, Wyvern Avenue, Wyvern WY1 2AE",
        ),
    ),  # (a note after the postcode's stop is no part of the place)
    (
        "Children's Scrutiny Panel – 21 March 2011\n\nPRESENT: Councillor Wren in the chair.\n\n"
        "The panel met at Fen House, Wyvern.",
        ("Children's Scrutiny Panel", "2011-03-21", None, "Fen House, Wyvern"),
    ),  # (where the body says it met)
    (
        "Cost of Living Support Icon\n\nMinutes of a meeting held on 17th May, 2018.",
        (None, "2018-05-17", None, None),
    ),  # (a site's link whose picture was lost is no body's name)
    (
        "Agenda and decisions\n\nQ3 Budget Monitoring - Remote Meeting (the public may watch "
        "online), Wyvern Audit Committee\nTuesday, 17th November, 2020 1.00 pm",
        ("Wyvern Audit Committee", "2020-11-17", "13:00", None),
    ),  # (a meeting's own title before its body's name, as ModernGov heads it)
    (
        "Agenda and minutes\n\nBudget Setting Meeting, Council - Wednesday, 24th February, "
        "2021 6.30 pm",
        ("Council", "2021-02-24", "18:30", None),
    ),
    (
        "Agenda and minutes\n\n(Special), Corporate Parenting Panel - Wednesday 23 July 2014 "
        "7.30 pm",
        ("Corporate Parenting Panel", "2014-07-23", "19:30", None),
    ),  # (the meeting's kind in brackets before the body's name)
    (
        "Agenda and minutes\n\n**NB. Please note revised start time**, Council - Wednesday, "
        "7th July, 2021 6.00 pm",
        ("Council", "2021-07-07", "18:00", None),
    ),  # (a notice before the body's name)
    (
        "Meeting documents\n\nScrutiny for Housing, Children and Families Committee\n"
        "Monday, 25th July, 2022 1.00 pm",
        ("Scrutiny for Housing, Children and Families Committee", "2022-07-25", "13:00", None),
    ),  # (a name with a comma of its own, and no meeting named before it)
    (
        "Meeting: Wyvern Care Partnership Board\n\nMeeting Date: 13 May 2021",
        ("Wyvern Care Partnership Board", "2021-05-13", None, None),
    ),  # (a form's two fields)
    (
        'Download "Wyvern Parish Council"\n\nTranscription\n\n1 (These minutes are published'
        " subject to approval by the Parish Council) Wyvern Parish Council Minutes of a Meeting "
        "of Wyvern Parish Council held at 7.00pm on Monday 4 February 2008 at the Parish Council"
        " Chamber, Leicester Road",
        (
            "Wyvern Parish Council",
            "2008-02-04",
            "19:00",
            "the Parish Council Chamber, Leicester Road",
        ),
    ),  # (a page number and a notice in brackets before the header, below a site's furniture)
    (
        "wyvern parish council nd october 2008 at the tithe...\n\n23\n1 WYVERN PARISH COUNCIL "
        "Minutes of Parish Council Meeting held on 2 nd October 2008 at the Tithe Barn at 7.30pm",
        ("Parish Council", "2008-10-02", "19:30", "the Tithe Barn"),
    ),  # (a page number before a letterhead, under another page number)
    (
        "WYVERN PARISH COUNCIL\n\n11 September 2023 – 7pm\n\nMINUTES\n\nMeeting commenced at "
        "7pm.   Meeting was held at the Village Hall, Wyvern.",
        ("Wyvern Parish Council", "2023-09-11", "19:00", "the Village Hall, Wyvern"),
    ),  # (where the minutes say the meeting was held, after another sentence)
    (
        "Wexcott with Wyvern Parish Council Extra Ordinary meeting.\nHeld at Wexcott Memorial "
        "Hall at 19:45 on 21st March 2018",
        ("Wexcott with Wyvern Parish Council", "2018-03-21", "19:45", "Wexcott Memorial Hall"),
    ),  # (a name in mixed case before its meeting, the rest after the stop on the next line)
    (
        "Minutes of a Meeting of Wyvern Parish Council\n\nheld in The Old School on "
        "Tuesday12 June 2012 at 7.30pm.",
        ("Wyvern Parish Council", "2012-06-12", "19:30", "The Old School"),
    ),  # (a day's name run into its date)
    (
        "Wyvern Parish Council\n\nChair G M Rogers\n\nMINUTES TUES 9th May 2017 7 pm",
        ("Wyvern Parish Council", "2017-05-09", "19:00", None),
    ),  # (who holds a post is no body's name: the name is above)
    (
        "Minutes of Wyvern Parish Council Meeting held on 2 July 2020\n\nvia zoom",
        ("Wyvern Parish Council", "2020-07-02", None, "via zoom"),
    ),  # (the platform alone on the line after the header)
    (
        "2007.P.F.A.M.1\n\nTHE WYVERN COUNCIL - POLICY, FINANCE & ASSET MANAGEMENT COMMITTEE - "
        "\nGLENROTHES.\n\n2nd August, 2007\n\n10.00 a.m. - 1.25 p.m.",
        (
            "Policy, Finance & Asset Management Committee",
            "2007-08-02",
            "10:00",
            "Glenrothes",
        ),
    ),  # (the council, the body and the place, broken after a dash)
    (
        "Wyvern European Committee\n\nWednesday 23 June 1999\n\nThe meeting opened at 9.32 am.",
        ("Wyvern European Committee", "1999-06-23", "09:32", None),
    ),  # (the meeting opened at a time)
    (
        "Public Document Pack\nPlease ask for: Jo Bailey\nDate: 7 April 2015\nDear Councillor\n"
        "PLANNING COMMITTEE - WEDNESDAY, 8TH APRIL, 2015\nI am now able to enclose the minutes "
        "of the previous meeting.\nThis page is intentionally left blank\nAgenda Item 5\n1\n"
        "PLANNING COMMITTEE\nWednesday, 25 March 2015\nPresent: Councillor Soyke (Chairman)",
        ("Planning Committee", "2015-03-25", None, None),
    ),  # (an agenda pack's covering letter before the minutes it encloses)
    (
        "Meeting Minutes\n\nParish Council Meeting 3rd Sept 2019 – Minutes\n\nMINUTES of the "
        "meeting of WYVERN PARISH COUNCIL held on Tuesday 3rd September at 7pm in the Church "
        "Room.",
        ("Wyvern Parish Council", "2019-09-03", "19:00", "the Church Room"),
    ),  # (a page's title "... Meeting DATE – Minutes"; its header sentence has no year, and
    # names the body in full where the title gives only its kind)
    (
        "12 MARCH 2025 PLANNING COMMITTEE\n\n12 MARCH 2025\nMinutes of a meeting of the "
        "PLANNING COMMITTEE held in the Council Chamber,\nCouncil Offices, Mill Lane, Wyvern at "
        "9.30 am when there were present:\nCouncillors\nMrs A Ash (Chairman)",
        (
            "Planning Committee",
            "2025-03-12",
            "09:30",
            "the Council Chamber, Council Offices, Mill Lane, Wyvern",
        ),
    ),  # (a header sentence with no date, printed on the line above)
    (
        "Minutes of an extraordinary Council Meeting held via electronic media on Wednesday "
        "14th July 2021 at 7.30pm.",
        ("Council", "2021-07-14", "19:30", "via electronic media"),
    ),  # (the kind of meeting is no part of the body's name)
    (
        "Decisions published\n\n22/09/2025 - Local Government Reform ref: 310    "
        "Recommendations Approved\n\nDecision Maker: County Council\n\nMade at meeting: "
        "22/09/2025 - County Council\n\nDecision published: 23/09/2025",
        ("County Council", "2025-09-22", None, None),
    ),  # (a list of decisions published names the meeting each was made at)
    (
        "Children's Services Scrutiny Committee\nTuesday, 13 May 2025\n\nReturn to Agenda\n\n"
        "ITEM CH5\n\nCHILDREN'S SERVICES SCRUTINY COMMITTEE\n\nMINUTES of the meeting held on "
        "26 February 2025 commencing at 10.00 am "
        "and finishing at 1.12 pm",
        ("Children's Services Scrutiny Committee", "2025-02-26", "10:00", None),
    ),  # (the page's title and its minutes' header disagree: the header is used)
    (
        "minutes of the meeting of wyvern town council held on ...\n48\n1 Minutes of the "
        "Meeting of Wyvern Town Council held on Monday, 18 April 2016 at Wyvern Town Hall "
        "Present: Cllrs: D Adams (Chair), E Bell",
        ("Wyvern Town Council", "2016-04-18", None, "Wyvern Town Hall"),
    ),  # (a page number before the header sentence, under a search result's title)
    (
        "Minutes of Meeting held on Thursday 2nd March 2023 at Wyvern Bowls Club starting at "
        "7.30pm.",
        (None, "2023-03-02", "19:30", "Wyvern Bowls Club"),
    ),  # ("starting at" ends the venue as "commencing at" does)
    (
        "Meeting documents\n\nLicensing Committee (2005-2015)\nThursday, 15th September, "
        "2005 7.30 pm\n\nThursday, 15th September, 2005\n07.30 p.m.\nThe Town Hall, Castle "
        "Road, Wyvern\n\nAttendance Details",
        (
            "Licensing Committee",
            "2005-09-15",
            "19:30",
            "The Town Hall, Castle Road, Wyvern",
        ),
    ),  # (a legacy page: the years the committee sat after its name, no part of it; date,
    # time and place a line each, unlabelled)
    (
        "Minutes of the Council Meeting held at The Parish Hall, Victoria Place, Wyvern on "
        "Thursday 18th July 2019 at 7.30pm.",
        ("Council", "2019-07-18", "19:30", "The Parish Hall, Victoria Place, Wyvern"),
    ),  # (a street's "Place," is no label of the place after it; "2024 Venue, Church House" is)
    (
        "held in the COUNCIL CHAMBER, WYVERN on TUESDAY 20th May 2008 at 7.00pm",
        (None, "2008-05-20", "19:00", "the COUNCIL CHAMBER, WYVERN"),
    ),  # (a header sentence's rest, its first words lost)
    (
        "Wyvern Town Council\nheld in the Council Chamber, Wyvern on Tuesday 20th May 2008 at 7pm",
        ("Wyvern Town Council", "2008-05-20", "19:00", "the Council Chamber, Wyvern"),
    ),  # (or on the line above: the body's name)
    (
        "Minutes – 7 September 2021\n\nThe Minutes of Wyvern & Salem Community Council held at "
        "Salem Library at 7.00pm on Tuesday September 7th",
        ("Wyvern & Salem Community Council", "2021-09-07", "19:00", "Salem Library"),
    ),  # (the page's own title, "The Minutes of" a body's name, held ...)
    (
        "The Minutes of the meeting held on 7th September 2021 at the Library were approved.",
        (None, None, None, None),
    ),  # (a decision on earlier minutes: no header)
    (
        "DEVELOPMENT MANAGEMENT COMMITTEE 20th July 2011 Present: Councillor SL Hancock "
        "(Chairman) Mrs G Hayward and Mrs F Lanc, Messrs D Ellis, R Howells; Councillors JS "
        "Allen, JA Brinsden, RN Hancock, M James, RM Lewis, PJ Morgan, WL Raymond and M Williams.",
        ("Development Management Committee", "2011-07-20", None, None),
    ),  # (a flattened page: its header, then its attendance, on one line)
    (
        "WYVERN FIRE - North Lanarkshire...In the event of slippage later in the...\n\n16\n"
        "WYVERN FIRE BOARD Minutes of meeting held in the Council Offices, Hamilton on 12 "
        "October 2000 Convener: Councillor Joseph Shaw",
        ("Wyvern Fire Board", "2000-10-12", None, "the Council Offices, Hamilton"),
    ),  # (a page number over a letterhead and its header sentence, not an item's number)
    (
        "Wednesday 12 May 2010\n\nWYVERN PARISH COUNCIL\n\nApproved Minutes of the Annual Meeting "
        "held at 5.30pm on Wednesday 12 May 2010 in the Hall.",
        ("Wyvern Parish Council", "2010-05-12", "17:30", "the Hall"),
    ),  # (the council's name over the header sentence, its date over both)
    (
        "WYVERN PARISH COUNCIL\n\nMinutes of the Annual Meeting held at 5.30pm on Wednesday 12 "
        "May 2010\n\nin 1 Langley House, Wyvern Business Centre.",
        ("Wyvern Parish Council", "2010-05-12", "17:30", "1 Langley House, Wyvern Business Centre"),
    ),  # (a place whose name opens with its building's number)
    ("Notes 2nd September 2021", (None, "2021-09-02", None, None)),  # (the Clerk's notes)
    (
        "WYVERN TOWN COUNCIL\nMinutes of the Meeting of the Full Wyvern Town Council\nheld at 7pm "
        "on Monday 06 October 2003\nat the (New) Forest School, Bury Road, Wyvern",
        (
            "Full Wyvern Town Council",
            "2003-10-06",
            "19:00",
            "the (New) Forest School, Bury Road, Wyvern",
        ),
    ),  # (a word in brackets inside a place's name)
    (
        "Wyvern Parish Council, 8th July 2008\n\nWYVERN PARISH COUNCIL\n\nMEETING OF THE PARISH "
        "COUNCIL held at Wyvern Social Centre at 7.30 pm on Tuesday,\n\n8th July 2008",
        ("Parish Council", "2008-07-08", "19:30", "Wyvern Social Centre"),
    ),  # (a council's name before the date on the title line is no place)
    (
        "Minutes of a Meeting of the Wyvern Local Committee held on Monday, 25 November 2013 at "
        "10.30 am at County Offices,\nMr GD Cook (Chairman), Mrs A Ash",
        ("Wyvern Local Committee", "2013-11-25", "10:30", "County Offices"),
    ),  # (the attendance after the place's comma)
    (
        "A meeting of the Community Council took place on Thursday 31st March 2022 at 7.30pm by "
        "electronic media.",
        ("Community Council", "2022-03-31", "19:30", "by electronic media"),
    ),  # ("took place" for "was held"; a meeting held by electronic means)
    (
        "DRAFT Wyvern Hills Partnership Committee Minutes of the meeting at Quarry Offices, "
        "Gorge, Cheddar, BS27 3DQ 28th September 2011",
        (
            "Wyvern Hills Partnership Committee",
            "2011-09-28",
            None,
            "Quarry Offices, Gorge, Cheddar, BS27 3DQ",
        ),
    ),  # (the body's name in mixed case before "Minutes of" on the line; a postcode ends
    # the place)
    (
        "Secretary Ann Ash, Mill House, Wyvernbury WY1 5GT Tel 01224 734415 Email\n"
        "[email protected] Website Minutes For the meeting held on Monday 15th Aug 2016 at "
        "7.30pm in Lairhillock School, Wyvernshire.",
        (None, "2016-08-15", "19:30", "Lairhillock School, Wyvernshire"),
    ),  # (after a letterhead's contact labels and an address the web page hid)
    (
        "Community Council Meeting 7:00pm, Thursday 27th September 2012 at Wyvern Village Hall "
        "Meeting Room",
        ("Community Council", "2012-09-27", "19:00", "Wyvern Village Hall Meeting Room"),
    ),  # (the time before the date on the title line)
    (
        "MINUTES OF WYVERN PARISH COUNCIL MEETING HELD AT THE CHURCH MONDAY JANUARY 4th 2016",
        ("Wyvern Parish Council", "2016-01-04", None, "THE CHURCH"),
    ),  # (the day before its month ends the place)
    (
        "Wyvern Council\n\nAudit Committee\n\nA meeting of the Audit Committee will be held:\n"
        "Date: 22 October 2009\nTime: 19:15\nVenue: Cabinet Meeting Room",
        ("Audit Committee", "2009-10-22", "19:15", "Cabinet Meeting Room"),
    ),  # (an agenda's "will be held" is no part of the body's name)
    (
        "MINUTES OF PROCEEDINGS AT MEETING OF WYVERN CITY AND COUNTY\n\nCOUNCIL HELD IN THE "
        "COUNCIL CHAMBER, WYVERNBURY, AND\n\nONLINE, ON FRIDAY, 17TH NOVEMBER, 2023, AT 10.00 A.M.",
        (
            "Wyvern City and County Council",
            "2023-11-17",
            "10:00",
            "THE COUNCIL CHAMBER, WYVERNBURY, AND ONLINE",
        ),
    ),  # (a header sentence over a converter's blank lines, its body's name ending "HELD")
    (
        "MINUTES OF PROCEEDINGS AT SPECIAL MEETING OF THE\nMUNICIPAL DISTRICT OF WYVERN WEST HELD "
        "IN THE FIRE\nSTATION, WYVERNBURY, CO. WYVERN, ON WEDNESDAY 13th May,\n2015, AT 10.00 A.M.",
        (
            "Municipal District of Wyvern West",
            "2015-05-13",
            "10:00",
            "THE FIRE STATION, WYVERNBURY, CO. WYVERN",
        ),
    ),  # (a fourth line where the third ends in the date's month; "CO." a county's stop)
    (
        "Minutes of the Parish Council Meeting, Monday 1st March 2021\nPresent: Cllrs Smith, "
        "Jones\n\n1. Apologies\nNone.\n\n2. Play area\nA site meeting took place on 12 "
        "February 2021 at the Recreation Ground with the contractor.",
        ("Parish Council", "2021-03-01", None, None),
    ),  # (a site meeting the minutes report, and one that took place with no body named,
    # lend the meeting no place)
    (
        "WYVERN HERITAGE TRUST a registered charity: SC 012345\nBoard of Trustees meeting, "
        "Thursday 14th December 2023 at 11am at Wyvern Mill.\nMinutes\n1) Welcome:\nAll "
        "present.",
        ("Board of Trustees", "2023-12-14", "11:00", "Wyvern Mill"),
    ),  # ("meeting" in lower case before its comma and the day, as "Meeting" is read)
    (
        "Minutes of the committee meeting\nheld in The Wyvern Arms Function Room.\nWednesday "
        "22nd January\n2020. The meeting started at 7.30 pm.\n\n1. Welcome\nAll present.",
        (None, "2020-01-22", "19:30", "The Wyvern Arms Function Room"),
    ),  # (the place's sentence, then the date as one of its own, wrapped over its year)
    (
        "WYVERN LEISURE TRUST BOARD OF TRUSTEES MINUTES OF MEETING HELD ON TUESDAY 18 "
        "SEPTEMBER 2018 AT 1836 HOURS IN THE RECEPTION ROOM\n\n1. Welcome\nAll present.",
        ("Wyvern Leisure Trust Board of Trustees", "2018-09-18", "18:36", "THE RECEPTION ROOM"),
    ),  # (a charity's board "of Trustees" named before the header's words on its line)
    (
        "Mill Street Tenants Panel Wyvern Community Centre Minutes of meeting Tuesday 25th "
        "March 2014, 7pm – 9pm 1 Present 1.1 Residents Ann Ash (Chair)",
        ("Mill Street Tenants Panel", "2014-03-25", "19:00", "Wyvern Community Centre"),
    ),  # (the letterhead's place run on after the body's name, then the minutes' words)
    (
        "Old Mill Tenant and Residents Panel Wyvern Community Centre Minutes of meeting Tuesday "
        "25th March 2014, 7pm – 9pm 1 Present 1.1 Residents Ann Ash (Chair) 2 Minutes 2.1 The "
        "minutes of the meeting held on 4 March were agreed. 3 Repairs 3.1 The officer met the "
        "residents about the lifts and the Panel asked for a report.",
        ("Old Mill Tenant and Residents Panel", "2014-03-25", "19:00", "Wyvern Community Centre"),
    ),  # (the same read as a header sentence, on a page run onto one line)
    (
        "MINUTES Parish Council Meeting Wednesday 13th May 2020 ~ 7.30 pm",
        ("Parish Council", "2020-05-13", "19:30", None),
    ),  # (the page's title word before the body's name)
    (
        "Item: A1 Minutes of the Meetings held on 10 September 2008\n\n\nItem No 1\n\n\nAt a "
        "Meeting of the "
        "Highways Committee held at the County Hall, Durham on Wednesday 10 September 2008 at "
        "10.00 a.m.",
        ("Highways Committee", "2008-09-10", "10:00", "the County Hall, Durham"),
    ),  # ("the Meetings" is no body's name)
    (
        "Minutes of the Council Meeting,\n14th May 2024 Venue, Church House",
        ("Council", "2024-05-14", None, "Church House"),
    ),
    (
        "Draft Minutes of Full Council Meeting 3 September 2019\n\nMinutes of the Parish "
        "Council Meeting held on\n\nTuesday 3 September 2019 in the Church Room at 7.30pm",
        ("Full Council", "2019-09-03", "19:30", "the Church Room"),
    ),  # (not "Draft Minutes of Full Council" for the body's name)
    # Words a converter ran together or broke apart in a header
    (
        "CONFIRMED MINUTES OF THE MEETING OF THE WYVERN HEALTH BOARD, HELD onTHURSDAY 14 "
        "DECEMBER 2017 at the ASHBY SUITE, WYVERN",
        ("Wyvern Health Board", "2017-12-14", None, "the ASHBY SUITE, WYVERN"),
    ),
    (
        "Minutes of the Wyvern Health BoardDate of meeting: 11 April 2011\nTime of meeting: "
        "9.30am – 3.30pm\nVenue for meeting: Temple Hall, Ashby",
        ("Wyvern Health Board", "2011-04-11", "09:30", "Temple Hall, Ashby"),
    ),
    (
        "Minutes of the Annual Meeting of the Wyvern Health Board\nDate: 11 April 2011",
        ("Wyvern Health Board", "2011-04-11", None, None),
    ),
    (
        "Health & Wellbeing Board Minutes\n\nWednesday, 31st October, 2018\nJim Ash Conference "
        "Suite, Wyvern Central Library, Wyvern on Tees, WY18 1TU\nPlease note: all Minutes are "
        "subject to approval at the next Meeting",
        (
            "Health & Wellbeing Board",
            "2018-10-31",
            None,
            "Jim Ash Conference Suite, Wyvern Central Library, Wyvern on Tees, WY18 1TU",
        ),
    ),
    (
        "Minutes of the Wyvern Parish Council meeting held on Tuesday 5 March 2019 A Smith, B "
        "Jones, C Brown, D White, E Green, F Black, G Grey",
        ("Wyvern Parish Council", "2019-03-05", None, None),
    ),
    (
        "MINUTES OF A MEETING OF THE WYVERN TOWN COUNCIL HELD ON WEDNESDAY THE 26 th . "
        "SEPTEMBER 2018 at 6.30pm AT PRICES LANE COMMUNITY CENTRE",
        ("Wyvern Town Council", "2018-09-26", "18:30", "PRICES LANE COMMUNITY CENTRE"),
    ),
    (
        "Minute s of the Parish Council Meeting held on Wednesday 10th October 2012 at 7.15.p.m. "
        "in the Village Hall, .\n\nPRESENT: Councillor R Ash (RA) – Chairman",
        ("Parish Council", "2012-10-10", "19:15", "the Village Hall"),
    ),  # ("Minutes" parted by a converter)
    (
        "Minutes of the Full Council Meetingheld on\n\nMonday 25 April 2016at 7.00pm in the\n\n"
        "Council Chamber, Wyvern Sports & Social Centre",
        (
            "Full Council",
            "2016-04-25",
            "19:00",
            "the Council Chamber, Wyvern Sports & Social Centre",
        ),
    ),
    (
        "A Meeting of the Wyvern School Full Governing Board\n\nwas held in the boardroom at "
        "the School on Thursday 5th December 2019 at 4.30pm.",
        (
            "Wyvern School Full Governing Board",
            "2019-12-05",
            "16:30",
            "the boardroom at the School",
        ),
    ),
    (
        "Wyvern Enterprise Partnership Board\n\nMINUTES OF MEETING HELD ON\n\nTUESDAY "
        "26JANUARY 2016 FROM1.30 PM TO 4.30 PMATASHBY UNIVERSITY\n\nBoard Attendees:",
        ("Wyvern Enterprise Partnership Board", "2016-01-26", "13:30", "ASHBY UNIVERSITY"),
    ),  # (a day glued to its month, a time to its "from", a place to its "at")
    (
        "On Tuesday 20 th July 2010 a Meeting of Wyvern Council was held in Ashby Hall, Ashby "
        "at 7.00 pm",
        ("Wyvern Council", "2010-07-20", "19:00", "Ashby Hall, Ashby"),
    ),
    (
        "Minutes from the Parish Council Meeting, 12th April 2021",
        ("Parish Council", "2021-04-12", None, None),
    ),
    # (the hour before the place in the sentence that says where it met, and a word of the
    # body's name after its noun)
    (
        "MINUTES OF THE AREA FORUM EAST\n\n21 July 2005\n\nThe Area Forum East met at 6.30pm "
        "at The Friends Meeting House, Castle Road, Hartshill.",
        (
            "Area Forum East",
            "2005-07-21",
            "18:30",
            "The Friends Meeting House, Castle Road, Hartshill",
        ),
    ),
    # (the place after "held" on the date's line; "held over" is no place)
    (
        "Wyvern Parish Council\n\nThursday 10th January 2019 7.30 pm - Held at St Julian’s Church",
        ("Wyvern Parish Council", "2019-01-10", "19:30", "St Julian’s Church"),
    ),
    (
        "Wyvern Parish Council\n\nThursday 4 June 2020, 7pm, held in the Church Room, Ashby",
        ("Wyvern Parish Council", "2020-06-04", "19:00", "the Church Room, Ashby"),
    ),
    # (how it was held, no place: the date and hour all the same)
    (
        "Wyvern Parish Council\n\nThursday 4 June 2020 7pm - Held in Person",
        ("Wyvern Parish Council", "2020-06-04", "19:00", None),
    ),
    (
        "Wyvern Parish Council\n\nThursday 4 June 2020 7pm - Held at Short Notice",
        ("Wyvern Parish Council", "2020-06-04", "19:00", None),
    ),
    # (but a place's own word: "Public Hall")
    (
        "Wyvern Parish Council\n\nThursday 4 June 2020 7pm – Held at Public Hall, Ashby",
        ("Wyvern Parish Council", "2020-06-04", "19:00", "Public Hall, Ashby"),
    ),
    # (a body's word in lower case, the date in the American order, then the time)
    (
        "Minutes from council meeting on April 12th 2021 7pm Zoom meeting due to restrictions.",
        (None, "2021-04-12", "19:00", None),
    ),
    (
        "Minutes from the parish council meeting on 12 April 2021 at 7pm in the Village Hall.",
        (None, "2021-04-12", "19:00", "the Village Hall"),
    ),
    (
        "Minutes from the town council meeting on 12 April 2021 at 7pm, which was held in the "
        "Village Hall",
        (None, "2021-04-12", "19:00", "the Village Hall"),
    ),
    # (never a sentence about them, nor the previous meeting's: the header below gives it)
    (
        "Wyvern Town Council Finance Committee\n\nMinutes from the town council meeting on 1 "
        "March 2021 were noted.\n\nMeeting held on 15 March 2021 at 7pm",
        ("Wyvern Town Council Finance Committee", "2021-03-15", "19:00", None),
    ),
    (
        "Wyvern Town Council Finance Committee\n\nMinutes from the previous meeting held on 1 "
        "March 2021\n\nMeeting held on 15 March 2021 at 7pm",
        ("Wyvern Town Council Finance Committee", "2021-03-15", "19:00", None),
    ),
    # (a field's label under the title, or over the header, is no body's name)
    (
        "Wyvern District Council\nVenue: Council Chamber, Wyvern House\nMinutes of the meeting "
        "held on 3 March 2021 at 7pm",
        (None, "2021-03-03", "19:00", "Council Chamber, Wyvern House"),
    ),
    (
        "Minutes of the Wyvern Board\nVenue: The Village Hall, Ashby\nDate: 3 March 2021",
        ("Wyvern Board", "2021-03-03", None, "The Village Hall, Ashby"),
    ),
    (
        "Minutes\n\nFor the Council Meeting held on Wednesday 8th July 2015, starting at "
        "approximately 7.30 p.m, in the Jubilee Rooms, Wyvern Village Hall.",
        ("Council", "2015-07-08", "19:30", "the Jubilee Rooms, Wyvern Village Hall"),
    ),
    (
        "Wednesday 26th August 2020 at 7:00 online.\n\nPRESENT were A Ash (Chairman), B Birch",
        (None, "2020-08-26", "19:00", "online"),
    ),
    (
        "Thursday 4 June 2020, 7pm, held virtually via Zoom",
        (None, "2020-06-04", "19:00", "virtually via Zoom"),
    ),
    (
        "The minutes of a Parish council Meeting held in the church on Thursday 26th September "
        "2013 at 7 pm",
        ("Parish council", "2013-09-26", "19:00", "the church"),
    ),  # (the page's title, "a" before the body's name)
    (
        "The minutes of a Parish Council meeting held on 3 May 2019 were approved.",
        ("Parish Council", None, None, None),
    ),  # (a sentence on its last minutes: no header, but the body it names is this one)
    (
        "Minutes of the meeting of the Parish Council held on Tuesday 12 March 2024 at 7.30pm\n\n"
        "For the Annual Parish Meeting held on Tuesday 23 April 2024 at 7.00pm in the Church "
        "Rooms the Chairman will prepare the annual report.",
        ("Parish Council", "2024-03-12", "19:30", None),
    ),  # (a sentence about another meeting, "For the ... the Chairman will", is no header)
    (
        "Minutes of Meeting\n\nMethodist Schoolroom on Tuesday 26th September 2017 at 7.30pm.\n\n"
        "Present: Cllr D Ash",
        (None, "2017-09-26", "19:30", "Methodist Schoolroom"),
    ),  # (a building, "on" and the date)
    (
        "Minutes of the Parish Council meeting held on 10 May 2022 at 7.30pm\n\nLitter pick from "
        "the Village Hall on Saturday 14th May 2022 at 10am.",
        ("Parish Council", "2022-05-10", "19:30", None),
    ),  # (a notice of an event: no place of the meeting's)
    (
        "DRAFT - subject to approval at the next meeting\nWyvern Parish Council\nTuesday 4th May "
        "2021 7.30 pm",
        ("Wyvern Parish Council", "2021-05-04", "19:30", None),
    ),  # (a sentence naming the next meeting is no heading over its dates)
    (
        "Wyvern Community Council\nMinutes of the Ordinary Meeting\n\nDate: Tuesday 9th July "
        "2024\nDuration: 2.30\n\nPresent: Cllrs Ash (Chair), Birch",
        ("Wyvern Community Council", "2024-07-09", None, None),
    ),  # (how long it lasted is no start)
    (
        "Minutes of the Ordinary Meeting held on Tuesday 9th July 2024 at 7pm\n\nPresent: Cllrs "
        "Ash (Chair), Birch\n\n1. Play area\n• Location: Recreation Ground, Mill Lane\n• Date: "
        "Saturday 20th July 2024\nThe new swings will be installed.",
        (None, "2024-07-09", "19:00", None),
    ),  # (an item's bulleted fields are no header's)
    (
        "Minutes of Meeting\n\nParishCouncilEditor posted on Monday 10th August 2009",
        (None, None, None, None),
    ),  # (a post's stamp: no place, nor the meeting's date)
    (
        "Minutes of the meeting held online via Zoom 12th January 2021 at 7pm\n\nPRESENT: "
        "Councillor J. Ash",
        (None, "2021-01-12", "19:00", "online via Zoom"),
    ),
    (
        "Minutes of the meeting held virtually 12th January 2021\n\nPRESENT: Councillor J. Ash",
        (None, "2021-01-12", None, None),
    ),
    (
        "Meeting Minutes\n\nMeeting details\n\n  • Date: 13th June 2023\n  • Duration: 19:00 - "
        "21:35\n  • Location: Blue Room, Wyvern Memorial Hall\n\nMeeting minutes:",
        (None, "2023-06-13", "19:00", "Blue Room, Wyvern Memorial Hall"),
    ),  # (a form's fields as bullets; the meeting's duration its start)
    (
        "MINUTES – ORDINARY MEETING, Tuesday, 29 November 2022, at 7.00 pm.",
        (None, "2022-11-29", "19:00", None),
    ),
    (
        "An inquorate meeting of the Wyvern Harbour Commissioners was held at the offices of "
        "ABP, Wyvern Docks, on Wednesday, 11th Day of September 2013, at 09:30am.",
        ("Wyvern Harbour Commissioners", "2013-09-11", "09:30", "the offices of ABP, Wyvern Docks"),
    ),
    (
        "PLANNING COMMITTEE 20th July 2011 Present: Councillor A Ash (Chairman), Councillors B "
        "Birch, C Cole, D Dean, E Elm, F Fir, G Gorse, H Holly, I Ivy, J Juniper, K Kale and L "
        "Larch [Councillor Ash left the meeting after Minute 5] (Wyvern House: 10.00a.m. – "
        "12.20pm)",
        ("Planning Committee", "2011-07-20", "10:00", None),
    ),  # (the time on the header's line, the first of a range: the start)
    (
        "WYVERN PARISH COUNCIL\nMINUTES OF THE MEETING OF THE CEMETERY COMMITTEE\nFebruary 9th "
        "2021 at 11 am by way of a virtual Zoom Meeting\nPresent: Cllrs Ash, Birch",
        ("Cemetery Committee", "2021-02-09", "11:00", "by way of a virtual Zoom Meeting"),
    ),
    (
        "WYVERN TOWN COUNCIL\n\nApproved Minutes of the Annual General Meeting – 6 May 2025",
        ("Wyvern Town Council", "2025-05-06", None, None),
    ),  # (how the minutes stand, before "Minutes"; a dash between the meeting and its date)
    (
        "Unconfirmed Minutes of the Planning Committee – 6 May 2025",
        ("Planning Committee", "2025-05-06", None, None),
    ),
    (
        "538\n\nMINUTES of a MEETING of the WYVERN AND MILL END\n\nPARISH COUNCIL held at 7.30pm "
        "THURSDAY, 20 April 2017, at the\n\nCommunity Centre, Grange Road, Wyvern\n\nPresent: "
        "Cllr Ash in the Chair",
        (
            "Wyvern and Mill End Parish Council",
            "2017-04-20",
            "19:30",
            "the Community Centre, Grange Road, Wyvern",
        ),
    ),  # (a double-spaced header broken inside the body's name, before "PARISH COUNCIL held")
    (
        "[DRAFT] Minutes of Wyvern Community Council Meeting - Tuesday 11th April 2017\n\n"
        "Present – Ann Ash, Ben Birch",
        ("Wyvern Community Council", "2017-04-11", None, None),
    ),  # (a draft's stamp in square brackets)
    (
        "21st January 2021\n\nMinutes of the meeting of Wyvern Town Council, held remotely via "
        "Zoom Commencing at 7.00pm.\n\nPresent: Cllr Ash",
        ("Wyvern Town Council", "2021-01-21", "19:00", "remotely via Zoom"),
    ),  # (the date alone above the minutes' sentence that says only where and at what hour)
    (
        "Unapproved Minutes Annual General Meeting of the Wyvern Local Access Forum Held on "
        "Tuesday 6 March 2012 Mill House, Wyvern",
        ("Wyvern Local Access Forum", "2012-03-06", None, "Mill House, Wyvern"),
    ),  # ("Unapproved" too, before a meeting named without "of the")
    (
        "MINUTES of the Parish Council meeting held virtually on Zoom, on 19th November 2020 "
        "at 7.30 pm",
        ("Parish Council", "2020-11-19", "19:30", "virtually on Zoom"),
    ),  # (how it was held, with its platform, before the date; a bare "remotely" is none)
    (
        "Council Minutes June 2020\nMinutes of the (Zoom) Virtual Meeting held on\nWednesday "
        "10th June 2020",
        ("Council", "2020-06-10", None, None),
    ),  # (a platform in brackets is no body's name: the page's title names it)
    (
        "Minutes of a Parish Council Meeting held remotely on\n\n Thursday 24th September 2020 "
        "at 19.00hrs",
        ("Parish Council", "2020-09-24", "19:00", None),
    ),
    (
        "Minutes of the Parish Council Meeting\nWYVERN PARISH COUNCIL\nDATE: Thursday 3rd "
        "December 2020\nTIME: 7:00pm\nPLACE: Virtual Meeting using Zoom",
        ("Wyvern Parish Council", "2020-12-03", "19:00", "Virtual Meeting using Zoom"),
    ),  # (a form's fields in capitals)
    (
        "MINUTES of MEETING of the COUNCIL held in the Council\n\nChambers, Wyvern House, "
        "Mill Street, on Tuesday, 17 February\n\n2015 at 2.00pm.",
        ("Council", "2015-02-17", "14:00", "the Council Chambers, Wyvern House, Mill Street"),
    ),  # (a header sentence spread over blank lines, on to its date)
    (
        "Minutes of the Parish Council Meeting held in the Village Hall\n\nThe Chairman "
        "welcomed Councillor Ash to the meeting at 7.30pm.",
        ("Parish Council", None, None, "the Village Hall"),
    ),  # (but never on to a sentence that gives it no date)
    (
        "WYVERN DISTRICT COUNCIL\n\nMinutes of proceedings of a POLICY RESOURCES & SERVICES "
        "COMMITTEE MEETING of the Council held in the Council Chamber on Tuesday 25 November 2014.",
        ("Policy Resources & Services Committee", "2014-11-25", None, "the Council Chamber"),
    ),  # (a committee's meeting of its council is the committee's)
    (
        "Partnership Board Meeting Minutes of the meeting held on Wednesday 18th September 2014 "
        "at The Place 19:00pm",
        ("Partnership Board", "2014-09-18", "19:00", "The Place"),
    ),  # (the time alone after the place is no part of it)
    (
        "Minutes of the Steering Group Meeting – 10th September 2020\n\nDate: 10th September "
        "2020Time: 9:30amVenue: Virtual via Zoom",
        ("Steering Group", "2020-09-10", "09:30", "Virtual via Zoom"),
    ),  # (a form's labels glued to the value before each)
    (
        "WYVERN COMMUNITY COUNCIL\nMinutes of the meeting held on,\nMonday, 3rd August, 2015.\n"
        "At Wyvern Village Hall.\nPresent: A Ash (Chairman)",
        ("Wyvern Community Council", "2015-08-03", None, "Wyvern Village Hall"),
    ),  # (a building alone after "At", on the line after the header)
    (
        "Minutes – 3 March 2020\n\nMinutes of the meeting of Wyvern Parish Council held in the "
        "Village Hall\n\nThe Chairman welcomed Cllr Ash to her first meeting since her "
        "co-option on 12 January 2020.",
        ("Wyvern Parish Council", "2020-03-03", None, "the Village Hall"),
    ),  # (a header sentence runs on over a blank line only to a line that goes on with it)
    (
        "Agenda Item 4\nREPORT TO: COUNCIL\nDATE: 14 April 2021\nREPORT OF: Town Clerk\n\n"
        "Minutes of the Planning Committee held on Thursday 4 March 2021 at 7pm in the Town Hall.",
        ("Planning Committee", "2021-03-04", "19:00", "the Town Hall"),
    ),  # (a report cover's field in capitals yields to the minutes' own header)
    (
        "MINUTES OF THE MEETING OF THE\nATTENDANCE AND WELFARE PANEL HELD ON\nTUESDAY 3 MARCH "
        "2020 AT 10AM IN COMMITTEE ROOM 2",
        ("Attendance and Welfare Panel", "2020-03-03", "10:00", "COMMITTEE ROOM 2"),
    ),  # ("ATTENDANCE" ends a header only as a heading of its own)
    (
        "WYVERN TOWN COUNCIL\n\nAdopted Minutes of the Annual General Meeting – 6 May 2025",
        ("Wyvern Town Council", "2025-05-06", None, None),
    ),
    (
        "Wyvernton, 3 May 2019 - A meeting of local residents took place in the Town Hall.",
        (None, None, None, None),
    ),  # (a dateline over a sentence, not a body's name)
    (
        "Wyvernton, 30 June 1998 - Minutes of the Meeting of Wyvern Council held in the Council "
        "Chambers, Wyvern House on Tuesday 30 June 1998 at 5.00 p.m.",
        ("Wyvern Council", "1998-06-30", "17:00", "the Council Chambers, Wyvern House"),
    ),  # (a dateline before the minutes' own title)
    (
        "Wyvernton, 9 September 2009 - At a Meeting of the Licensing Committee of Wyvern Council "
        "at 10.00 hours in Wyvern House, Wyvernton.",
        ("Licensing Committee", "2009-09-09", "10:00", "Wyvern House, Wyvernton"),
    ),
    (
        "Issued, 3 March 2021\n\nPlanning Committee\n\nMinutes of the meeting held on Wednesday "
        "10 March 2021 at 2pm in the Town Hall.",
        ("Planning Committee", "2021-03-10", "14:00", "the Town Hall"),
    ),  # (a document's stamp is no town)
    (
        "Minutes of Parish Council Meeting (No 328) of Wyvern Parish Council held on Wednesday "
        "20th March 2019 at 7:00 pm in Wyvern Village Hall",
        ("Wyvern Parish Council", "2019-03-20", "19:00", "Wyvern Village Hall"),
    ),  # (the meeting's number in brackets)
    (
        "Parish Council Minutes - January 2012\nMeeting held on 4th January 2012 at Wyvern "
        "House, Halford at 7.30 pm",
        ("Parish Council", "2012-01-04", "19:30", "Wyvern House, Halford"),
    ),  # (the body's name over the header, the page's title after it on its line)
    (
        "DEVELOPMENT MANAGEMENT COMMITTEE\n26th September 2012\nPresent: Mrs G Ash (Chair)\n"
        "Mr A Birch, Councillor P Cole.\n(National Park Offices: 10.00am – 2.10pm)",
        ("Development Management Committee", "2012-09-26", "10:00", "National Park Offices"),
    ),  # (the place and the hours in brackets on a line of their own)
    (
        "COUNCIL MEETING\n\n1st November 2005\n\nPresent – Councillors Ash, Birch\nStart: 7pm"
        "                    Finish: 9.02pm",
        ("Council", "2005-11-01", "19:00", None),
    ),  # (a form's "Start:" field)
    (
        "Minutes 22 July 2021\n\nMeeting of Wyvern Parish Council at 8:00PM on Thursday 22nd July "
        "2021 in Wyvern Village Hall",
        ("Wyvern Parish Council", "2021-07-22", "20:00", "Wyvern Village Hall"),
    ),  # (the meeting's line with no "held": its date after "on")
    (
        "ANNUAL MEETING of the PARISH COUNCIL via Zoom on Tuesday 4th May 2021 at 8:00 pm",
        ("Parish Council", "2021-05-04", "20:00", "via Zoom"),
    ),
    (
        "Minutes 25 June 2018\n\nNext Meeting of the Parish Council on Tuesday 24 July 2018 at "
        "7.30pm",
        (None, "2018-06-25", None, None),
    ),  # (but never the next meeting's line)
    (
        "WYVERN PARISH COUNCIL\nMinutes 25 June 2018\n\nPresent: Cllr Ash\n\n(Councillor Ash "
        "left the meeting: 8.15pm – 8.30pm)",
        ("Wyvern Parish Council", "2018-06-25", None, None),
    ),  # (nor who left, in brackets with its hours)
    # A Scottish dateline, the town and date before the body: the town alone is no venue.
    (
        "Agenda Item 2(a) Wyvern Council 9 September 2009\n\nWYVERNTON, 9 September 2009 - "
        "At a Meeting of Wyvern Council at 2.00 p.m.",
        ("Wyvern Council", "2009-09-09", "14:00", None),
    ),
    (
        "Wyvernton, 10 September 2013 - At a meeting of the Licensing Committee at 2.30 p.m. in "
        "Wyvern House, Wyvernton.",
        ("Licensing Committee", "2013-09-10", "14:30", "Wyvern House, Wyvernton"),
    ),
    (
        "Wyvernton, 8th December 2016.\n\nWyvern City Council.",
        ("Wyvern City Council", "2016-12-08", None, None),
    ),
    (
        "Wyvernton, 2 March 2017 at 2 pm. A Meeting of the POLICY AND RESOURCES (REGENERATION "
        "AND INFRASTRUCTURE) SUBCOMMITTEE PRESENT Councillor Ash, Convener",
        (
            "Policy and Resources (Regeneration and Infrastructure) Subcommittee",
            "2017-03-02",
            "14:00",
            None,
        ),
    ),
    # A body's minutes "for" a day, the place and hour on the next line.
    (
        "September 2024 DRAFT minutes\nWyvern Parish Council DRAFT minutes for Thursday 12 "
        "September 2024\nVillage Hall at 7pm",
        ("Wyvern Parish Council", "2024-09-12", "19:00", "Village Hall"),
    ),
    (
        "To approve the minutes for Tuesday 3 May 2022",
        (None, None, None, None),
    ),  # (an item's words, no body's name before them)
    # The part of the day after its name; a Welsh and English header on one line; an
    # ordinal a converter ran into its year.
    (
        "Minutes of the meeting of Wyvern Community Council held on Monday evening 18/1/2016",
        ("Wyvern Community Council", "2016-01-18", None, None),
    ),
    (
        "Cyngor Cymuned Wyvern Community Council Cofnodion o gyfarfod a gynhaliwyd nos Lun "
        "18/1/2016 Minutes of the meeting held on Monday evening 18/1/2016",
        ("Wyvern Community Council", "2016-01-18", None, None),
    ),
    (
        "Wyvern Community Council\n\nA meeting was held on December 6th2016 at Wyvern Memorial "
        "Hall",
        ("Wyvern Community Council", "2016-12-06", None, "Wyvern Memorial Hall"),
    ),
    # "Minutes" after a meeting's name, before its day; how it was held, in brackets.
    (
        "Extra-Ordinary Full Council Meeting Minutes Wednesday 24th March 2021 at 7.30pm",
        ("Full Council", "2021-03-24", "19:30", None),
    ),
    (
        "Wyvern Parish Council Meeting Minutes 18th May 2021 (via Zoom)",
        ("Wyvern Parish Council", "2021-05-18", None, "via Zoom"),
    ),
    # The hour the chair called the meeting to order.
    (
        "Minutes of meeting via ZOOM on Wednesday, February 17, 2021\n\nPresent: Mr A. Ash\n\n"
        "Meeting was called to order by the Chair at 7:32 pm",
        (None, "2021-02-17", "19:32", "via ZOOM"),
    ),
    # a web page's title and posting month over the minutes' own header, under a draft's
    # stamp that names the next meeting
    (
        "Wyvern Parish Council - April\n\nMay 2017\n\nDRAFT – FOR APPROVAL AT THE NEXT "
        "MEETING\n\nWyvern Parish Council – Ordinary Meeting Tuesday 4th April 2017, 7.30pm "
        "Wyvern Village Hall",
        ("Wyvern Parish Council", "2017-04-04", "19:30", "Wyvern Village Hall"),
    ),
    (
        "Wyvern Parish Council July Meeting\n\nSeptember 2014\n\nWyvern Parish Council "
        "Meeting, 24th July 2014 - 19.00pm – All Saints Church\n\nDraft Minutes",
        ("Wyvern Parish Council", "2014-07-24", "19:00", "All Saints Church"),
    ),
    (
        "Wyvern Parish Council Minutes held on Tuesday 8th May 2007 in the Village Hall at "
        "7.00 p.m.",
        ("Wyvern Parish Council", "2007-05-08", "19:00", "the Village Hall"),
    ),
    ("The Parish Council Minutes held on the website were checked.", (None, None, None, None)),
    (
        "Wyvern OC Minutes held on Thursday 12th May 2005 in the Village Hall at 7.00p.m.",
        ("Wyvern OC", "2005-05-12", "19:00", "the Village Hall"),
    ),
    ("Clerk Minutes held on 3 June 2021 in the office", (None, None, None, None)),
    (
        "MINUTES OF WYVERN PARISH COUNCIL MEETING HELD AT ST. MARY'S CHURCH THURSDAY AUGUST "
        "4TH 2011",
        ("Wyvern Parish Council", "2011-08-04", None, "ST. MARY'S CHURCH"),
    ),
    (
        "Wyvern Parish Council Minutes TUESDAY 2nd September 2014 at 7:30pm",
        ("Wyvern Parish Council", "2014-09-02", "19:30", None),
    ),
    (
        "Minutes to Wyvern Parish Council Meeting\n\nheld in the Community Centre at 7.30pm\n\n"
        "on Wednesday 15th September 2004",
        ("Wyvern Parish Council", "2004-09-15", "19:30", "the Community Centre"),
    ),
    ("Minutes to be approved at the meeting held on 5 May 2021", (None, None, None, None)),
    ("MINUTES TO BE APPROVED AT THE MEETING HELD ON 5 MAY 2021", (None, None, None, None)),
    # a page's footer count and a draft's notice run into the header's line
    (
        "Page 1 of 6 WYVERN PARISH COUNCIL Draft (until approved at the next meeting) Minutes "
        "of the Ordinary Meeting held on Wednesday 12 August 2020 at 7.00pm",
        ("Wyvern Parish Council", "2020-08-12", "19:00", None),
    ),
    (
        "WYVERN PARISH COUNCIL (Draft until approved at the next Council meeting) Minutes of "
        "the Ordinary Meeting held on Wednesday 3 June 2020 at 7.00 pm",
        ("Wyvern Parish Council", "2020-06-03", "19:00", None),
    ),
    (
        "Page 2 of 6 the Clerk reported that the Minutes of the meeting held on 3 June 2020 "
        "were circulated",
        (None, None, None, None),
    ),
    (
        "Wyvern Parish Council\n\nMinutes to note: Planning Committee held on 4th March 2021",
        ("Wyvern Parish Council", None, None, None),
    ),
    (
        "Notes to the Accounts for the year were presented at the meeting held on 3 June 2021.",
        (None, None, None, None),
    ),
    (
        "The Finance Committee Minutes held at the office were inspected by the auditor on 3 "
        "June 2021.",
        (None, None, None, None),
    ),
    (
        "Wyvern Parish Council\n\nThe Clerk will report back at the next meeting.\n\nAnnual "
        "Parish Meeting – Tuesday 14th May 2019, 7pm Village Hall",
        ("Wyvern Parish Council", None, None, None),
    ),
    (
        "Wexcombe Community Council – Draft Minutes of Latest Meeting\n\nAmended Draft Minutes "
        "of Meeting 7.30pm Monday 12th November 2018",
        ("Wexcombe Community Council", "2018-11-12", "19:30", None),
    ),
    (
        "Wexcombe Parish Council\nTuesday 9th March 2021 7pm Virtual meeting via Microsoft Teams",
        ("Wexcombe Parish Council", "2021-03-09", "19:00", "Virtual meeting via Microsoft Teams"),
    ),
    (
        "The Minutes Of The Ordinary Council Meeting of Wexcombe Parish Council Held On Monday "
        "29th February 2016 at Coolham Village Hall, Coolham at 7:30pm",
        ("Wexcombe Parish Council", "2016-02-29", "19:30", "Coolham Village Hall, Coolham"),
    ),
    (
        "WEXCOMBE PARISH COUNCIL\nLocal Government for Wexcombe and Kilndown\n\nParish Council "
        "LogoMINUTES OF A MEETING OF WEXCOMBE PARISH COUNCIL\n\nat The Quarry Centre, Kilndown "
        "on Monday 13 August 2018 at 7.00 pm",
        ("Wexcombe Parish Council", "2018-08-13", "19:00", "The Quarry Centre, Kilndown"),
    ),
    (
        "MINUTES OF THE ANNUAL MEETING OF THE WEXCOMBE TOWN COUNCIL, HELD REMOTELY (VIA ZOOM) "
        "AT 6.30 P.M. ON MONDAY 20 TH JULY 2020",
        ("Wexcombe Town Council", "2020-07-20", "18:30", "REMOTELY (VIA ZOOM)"),
    ),
    (
        "Minutes of the Annual Meeting of the Wexcombe Town Council, held (via Zoom) at 6.30 "
        "p.m. on Monday 20th July 2020",
        ("Wexcombe Town Council", "2020-07-20", "18:30", "via Zoom"),
    ),
    (
        "Minutes of Parish Council Annual Meeting, 14 May 2014\n\nIn attendance: Mrs Pat Clare "
        "(Chair, presiding), Mr Paul Wright and Mr Mike Balmer (Clerk).",
        ("Parish Council", "2014-05-14", None, None),
    ),
    (
        "A 1\n\nCOUNCIL, 22nd November 2017\n\nPRESENT:\n\nThe Worshipful the Mayor in the Chair",
        ("Council", "2017-11-22", None, None),
    ),
    (
        "Minutes of a Meeting of Wexcombe Parish Council (04/07/17)",
        ("Wexcombe Parish Council", "2017-07-04", None, None),
    ),
    (
        "Minutes of the Annual Parish Council Meeting held on16 May 2023 in Wexcombe Parish "
        "Hall AT 7.25pm",
        ("Parish Council", "2023-05-16", "19:25", "Wexcombe Parish Hall"),
    ),
    (
        "Minutes Playing Field Committee 7th June 2016\n\nMINUTES OF A MEETING OF WEXCOMBE "
        "PARISH COUNCIL PLAYING FIELD COMMITTEE HELD AT 8.00 PM, WEDNESDAY, 7 JUNE 2016, IN "
        "THE VILLAGE HALL",
        (
            "Wexcombe Parish Council Playing Field Committee",
            "2016-06-07",
            "20:00",
            "THE VILLAGE HALL",
        ),
    ),
    (
        "WTC Minutes of Meeting - 9th October 2017\n\nMinutes of the Meeting of Wexcombe Town "
        "Council held on Monday 9th October 2017, in the Town Hall, commencing at 7.00pm.",
        ("Wexcombe Town Council", "2017-10-09", "19:00", "the Town Hall"),
    ),  # (a web post's title gives the body's initials; the header sentence its name)
    (
        "Wexcombe CC Minutes 22 April 2013\n\nMINUTES OF THE MEETING OF WEXCOMBE & DISTRICT "
        "COMMUNITY COUNCIL HELD IN WEXCOMBE VILLAGE HALL ON MONDAY, 22 APRIL 2013 at 7.30 pm.",
        ("Wexcombe & District Community Council", "2013-04-22", "19:30", "WEXCOMBE VILLAGE HALL"),
    ),
    (
        "OLD WEXCOMBE COUNCIL\n\nMinutes of virtually held meeting at 6pm on Thursday 11th "
        "February 2021",
        ("Old Wexcombe Council", "2021-02-11", "18:00", None),
    ),
    (
        "Minutes of the Cemetery Committee Meeting of Wexcombe Parish Council held at The "
        "Parish Office, on Tuesday 06 August 2024.\n\nThe meeting was declared open at 5:00pm.",
        ("Cemetery Committee", "2024-08-06", "17:00", "The Parish Office"),
    ),
    (
        "The Meeting of the Parish Council was held on Tuesday 10 November 2020 at 7.30 pm, via "
        "zoom due to covid-19 lockdown restrictions.",
        ("Parish Council", "2020-11-10", "19:30", "via zoom"),
    ),
    (  # the place alone under the date and hour, a school by its other name
        "Wyvern Community Council\n23 May 2013 – 7.00 pm\nWyvern Academy",
        ("Wyvern Community Council", "2013-05-23", "19:00", "Wyvern Academy"),
    ),
    (  # held remotely, on a line of its own under the title, a rule after it
        "Parish Council Meeting - Monday the 29th March 2021\n\nHeld remotely via Zoom ------",
        ("Parish Council", "2021-03-29", None, "remotely via Zoom"),
    ),
    (
        "MINUTES OF THE PARISH COUNCIL EXTRA ORDINARY MEETING\n\n7:00pm on the 25th July 2022 "
        "at the Village Hall",
        ("Parish Council", "2022-07-25", "19:00", "the Village Hall"),
    ),
    (
        "Parish Council\n\nWednesday 5th January 2022 at 7.30\n\nat Wexcombe Village Hall",
        ("Parish Council", "2022-01-05", "19:30", "Wexcombe Village Hall"),
    ),
    (
        "Parish Council\n\nWednesday 5th January 2022 at 7.30pm\n\nIn Attendance: Cllr Ash",
        ("Parish Council", "2022-01-05", "19:30", None),
    ),
    (
        "Planning Committee Date: 8th October, 2008, 2:00 pm, Place: Room 77, Guildhall, Wexford "
        "Present: Councillor J Ash (Chairman), Councillor P Birch (Deputy Chairman), Councillor "
        "K Cole, Councillor M Dale, Councillor N Elm, Councillor J Fir and Councillor S Gorse. "
        "In Attendance: Mr A Hazel (City Planning Manager), Mr D Holly (Development Manager).",
        ("Planning Committee", "2008-10-08", "14:00", "Room 77, Guildhall, Wexford"),
    ),
    (  # who chaired it, labelled after the place
        "1 WYVERN DISTRICT COUNCIL Minutes of Meeting of: Council Date and Time: Thursday 28 "
        "July 2016 at 7.03 pm Location: Council Chamber, The Townhall, Wyvern Chairman: "
        "Councillor Mary Ash Vice Chairman: Councillor Bert Birch Present: Councillors: Diana "
        "Cole; Alex Dale",
        ("Council", "2016-07-28", "19:03", "Council Chamber, The Townhall, Wyvern"),
    ),
    (  # a city's minute book: the body's noun alone over its date, the page flattened
        "40\nCOUNCIL Monday 3 February 2014 COUNCILLORS PRESENT: Councillors Ash (Lord Mayor), "
        "Birch (Sheriff), Cole (Deputy Lord Mayor), Dale, Elm, Fir, Gorse, Hazel, Holly, Ivy, "
        "Juniper, Larch and Maple. 75. APOLOGIES Apologies were received from Councillor Oak.",
        ("Council", "2014-02-03", None, None),
    ),
    (
        "CABINET Wednesday 5 March 2014 at 6pm\n\nPresent: Councillors Ash and Birch",
        ("Cabinet", "2014-03-05", "18:00", None),
    ),
    (  # the body's name in capitals alone, the dates the minutes cover under it, and noon
        "WEXFORD TOWN COUNCIL\n\n21 and 25 May 2021\n\nMINUTES OF MEETING\n\n"
        "Friday 21 May 2021 (12 noon)",
        ("Wexford Town Council", "2021-05-21", "12:00", None),
    ),
    (  # the page's title gives the date; an item's heading below a minute's number does not
        "Minutes 8th January 2018\n\nPresent Cllrs S Ash, D Birch.\n\nApologies for absence\n"
        "18/1 There were none.\n\nDeclarations of Interest\n18/2 There were none.\n\nMinutes "
        "of meeting held on 4 December 2017\n18/3 The minutes were approved as a correct record.",
        (None, "2018-01-08", None, None),
    ),
    (  # a sub-committee's parent authority after its name
        "Minutes of the meeting of the Standards Cases Sub-committee of the Wyvern Police "
        "Authority held on 3 March 2009 at 10.00 am at 10 Dean Farrar Street, London",
        ("Standards Cases Sub-committee", "2009-03-03", "10:00", "10 Dean Farrar Street, London"),
    ),
    (  # the full council of its council
        "At the Annual Meeting of the Council of the Wyvern Borough Council held at the "
        "Municipal Buildings, Wyvern, on Monday 12 May 2014 at 6.30 p.m.",
        ("Council", "2014-05-12", "18:30", "the Municipal Buildings, Wyvern"),
    ),
    (  # an acronym in brackets in a body's name in capitals, the time before the date
        "LEISURE (PFI) BOARD MEETING held at 9.30 am on 26 JUNE 2001 at COUNCIL OFFICES LONDON "
        "ROAD WEXFORD",
        ("Leisure (PFI) Board", "2001-06-26", "09:30", "COUNCIL OFFICES LONDON ROAD WEXFORD"),
    ),
    (  # a flattened title: a letterhead's council, the meeting's body, its date, then notes
        "WEXFORD-ON-SEA TOWN COUNCIL TOWN COUNCIL MEETING 21 March, 2017 Open Minutes pages 1 – "
        "7 Appendix page 8 Present: The Mayor (Councillor J Ash) in the Chair Councillors: Birch "
        "Cole Dale Elm Fir Gorse Hazel Holly Ivy Juniper Larch Maple Oak Pine Rowan Spruce Yew",
        ("Town Council", "2017-03-21", None, None),
    ),
    (  # ... its hour after its date, the title's words after both
        "WEXFORD TOWN COUNCIL 21 November 2016 – 7.30 Pm MINUTES of MEETING Present: Councillor "
        "Ash, Chairman (And Town Mayor); Councillors Birch, Cole (until 8.35 pm), Dale, Elm, Fir, "
        "Gorse, Hazel, Holly, Ivy, Juniper, Larch, Maple and Oak. Apologies: Councillor Pine",
        ("Wexford Town Council", "2016-11-21", "19:30", None),
    ),
    (  # the same after a running header's stamp, the page flattened onto a line
        "MM 27.08.2019 WYVERN & WEXFORD CITY COUNCIL Minutes of the Monthly Meeting of Council "
        "held in the Island Civic Centre, The Island, Wyvern, on Tuesday, 27 August, 2019 at "
        "7:00 pm PRESENT: The Right Worshipful the Mayor Councillor A Ash",
        ("Council", "2019-08-27", "19:00", "the Island Civic Centre, The Island, Wyvern"),
    ),
    (  # a body's name in its own case after the page's running title, before the title
        "WCC Minutes February 2021 Wexford Community Council Minutes of the meeting: Monday 8th "
        "February 2021 (v2) On-line meeting via Zoom Community Councillors present: Jo Ash "
        "(JA-Chair), Pat Birch (PB- Vice-Chair), Kim Cole (KC- Secretary), Lee Dale (LD)",
        ("Wexford Community Council", "2021-02-08", None, "via Zoom"),
    ),
    (  # ... or after the page's number, before its "Open Minutes"
        "1 Wyvern City and Wexford District Council Open Minutes of the Planning Committee "
        "Meeting held in the Chamber, Guildhall, Wyvern on Wednesday 6 February 2019 at 2.00pm. "
        "_______________ Present: - Councillor Ash (Chairperson), Aldermen Birch, Cole",
        ("Planning Committee", "2019-02-06", "14:00", "the Chamber, Guildhall, Wyvern"),
    ),
    (  # another body's minutes approved under the attendance, the header dated above it
        "The Wyvern Council\n\n\nTuesday 28 January 2003 at 4.00 pm\n\n\nPresent: Provost Ash, "
        "Councillors Birch and Cole.\n\nApologies:  Councillor Dale.\n\nMinute of Meeting of "
        "Health Improvement Committee (Special) - 28 January 2003\n\nApproval of the minute "
        "was moved by Councillor Birch.",
        ("Wyvern Council", "2003-01-28", "16:00", None),
    ),
    (  # the header's own words after its venue
        "Minutes of the Annual meeting held virtually via zoom of the above Council on Thursday "
        "6th May 2021 at 6.30pm.\n\nPresent: Cllr Ash, Cllr Birch.",
        (None, "2021-05-06", "18:30", "virtually via zoom"),
    ),
    (  # a site's breadcrumb trail and article buttons about the page's title
        "Home Minutes Full Council Minutes of full council meeting - 6th February 2012\n"
        "Minutes of full council meeting - 6th February 2012 PDF Print E-mail\n\nMINUTES OF "
        "THE ORDINARY MEETING OF WYVERN PARISH COUNCIL HELD IN THE COUNCIL CHAMBER OF WYVERN "
        "TOWN HALL ON MONDAY 6th FEBRUARY 2012.\n\nThose present:",
        (
            "Wyvern Parish Council",
            "2012-02-06",
            None,
            "THE COUNCIL CHAMBER OF WYVERN TOWN HALL",
        ),
    ),
    (  # ... or after a joint council's plural name, its minute book's running title above
        "SIGNED Joint Parish Council Minutes April 2018 to March 2019 Page| 28 Initialled\n\n"
        "Ashby, Birch & Cole Joint Parish Councils Minutes of the Parish Council Meeting held "
        "at 7:30pm, 19th March 2019, Ashby Village Hall, Ashby\n\nPresent: Councillor M Ash",
        ("Parish Council", "2019-03-19", "19:30", "Ashby Village Hall, Ashby"),
    ),
    (  # the meeting's date after the body's name, the time and place on lines below
        "Draft minutes of the meeting of the Personnel Committee on 16 March 2020\n\n"
        "Held at Wexford Village Hall\nMonday 16 March 2020 at 7.30pm\n\nPresent: Jo Ash",
        ("Personnel Committee", "2020-03-16", "19:30", "Wexford Village Hall"),
    ),
    (  # the header's sentence after a notice run onto its line
        "Minutes Template\nWEXFORD CITY REGION COMBINED AUTHORITY PUBLICATION: 15 SEPTEMBER 2017 "
        "DEADLINE FOR CALL-IN: 25 SEPTEMBER 2017 * DENOTES KEY DECISION At a meeting of the "
        "Wexford City Region Combined Authority held in the Authority Chamber, Wexford on "
        "Friday, 15th September, 2017 the following Members were Present: Mayor S Ash",
        (
            "Wexford City Region Combined Authority",
            "2017-09-15",
            None,
            "the Authority Chamber, Wexford",
        ),
    ),
    (  # the page's title in capitals on the line below the venue
        "WEXFORD PARISH COUNCIL MEETING HELD ON 2ND OCTOBER 2025 AT 6PM IN WEXFORD VILLAGE HALL\n"
        "MINUTES\n \n1) PRESENT - Cllr S Ash (Chair), Cllr R Birch",
        ("Wexford Parish Council", "2025-10-02", "18:00", "WEXFORD VILLAGE HALL"),
    ),
    (  # a small word a converter glued to the capital after it
        "Minutes of theMeeting of Wexford Town Council\nheld in the Council Chamber, Town Hall, "
        "Wexford\non Tuesday 11 September 2007\nPresent: The Mayor, Councillor J Ash",
        ("Wexford Town Council", "2007-09-11", None, "the Council Chamber, Town Hall, Wexford"),
    ),
    (  # a header's small words glued to their neighbours
        "Minutes of the Meeting of theWexford Parish Councilheld onMonday 22 June 2009atWexford "
        "Parish Hall, Woolston Road, Wexford, commencing at7.00pm\nPRESENT: Cllr Ash in the Chair",
        (
            "Wexford Parish Council",
            "2009-06-22",
            "19:00",
            "Wexford Parish Hall, Woolston Road, Wexford",
        ),
    ),
    (  # a year and an hour glued to the small words after them, "held" itself apart
        "Minutes of a Meeting of the Wexford Burial Ground Committee held on Thursday 13th July "
        "2017at 6.00pmin the Pavilion\nPresent: Cllrs S. Ash and N. Birch",
        ("Wexford Burial Ground Committee", "2017-07-13", "18:00", "the Pavilion"),
    ),
    (  # "was held", as a title may be worded, is no part of the body's name
        "Minutes of a Meeting of the Ashby Burial Ground Committee was held on Thursday 13th "
        "July 2017 at 6.00pm in the Pavilion\nPresent: Cllrs S. Ash and N. Birch",
        ("Ashby Burial Ground Committee", "2017-07-13", "18:00", "the Pavilion"),
    ),
    (  # the title after a site's label and its colon
        "Parish Council website: Minutes of the Parish Council Meeting held on Tuesday 12thMarch "
        "2019, In Wexford Village Hall at 7p.m. PRESENT: Chairman P Ash",
        ("Parish Council", "2019-03-12", "19:00", "Wexford Village Hall"),
    ),
    (  # the aforesaid council
        "MINUTES OF THE ORDINARY MEETING OF THE SAID COUNCIL HELD IN THE COUNCIL CHAMBER, "
        "LITERARY INSTITUTE, WEXFORD ON MONDAY, 25TH JULY 2016\nPresent were :- Cllr B Ash",
        ("Council", "2016-07-25", None, "THE COUNCIL CHAMBER, LITERARY INSTITUTE, WEXFORD"),
    ),
    (  # the body's name in capitals run into the minutes' title
        "PARISH COUNCIL Draft Minutes of the Meeting of Wexford Parish Council on Wednesday 31st "
        "October 2018 in the Parish Hall at 7.30pm These minutes are provisional until they are "
        "agreed Members present: Councillors: C. Ash, D. Birch",
        ("Wexford Parish Council", "2018-10-31", "19:30", "the Parish Hall"),
    ),
    (  # a printed form's row of labels, flattened without its colons
        "PAPER B Name of meeting AUDIT COMMITTEE Date and time MONDAY, 12 MARCH 2018 COMMENCING "
        "AT 6.00 PM Venue COMMITTEE ROOM 2, WYVERN HOUSE, WEXFORD Present Cllrs Jo Ash "
        "(Chairman), Pat Birch, Kim Cole 12. Minutes RESOLVED : THAT the minutes be confirmed.",
        ("Audit Committee", "2018-03-12", "18:00", "COMMITTEE ROOM 2, WYVERN HOUSE, WEXFORD"),
    ),
    (  # (a sentence naming a venue is no row of labels)
        "Wexford Parish Council minutes of the meeting held on 3 May 2018 at 7pm. Present Cllrs "
        "Ash and Birch. 1. Hall The date and time of the fete were agreed. Venue hire was "
        "discussed at length and the Clerk reported on the booking made for the event in June.",
        ("Wexford Parish Council", "2018-05-03", "19:00", None),
    ),
    (
        "Minutes – Planning Committee – 15 March 2017 Minutes PLANNING COMMITTEE Date: Wednesday, "
        "15 March 2017 Venue: Town Hall, St Annes Committee Members: Councillor Trevor Ash "
        "(Chairman) Councillor Richard Birch (Vice-Chairman) Councillors Maxine Cole, Neil Dale.",
        ("Planning Committee", "2017-03-15", None, "Town Hall, St Annes"),
    ),
    (
        "WEXFORD TOWN COUNCIL The Pump House, 5 Market Place, WEXFORD, Oxfordshire, SN7 7HL "
        "Telephone 01367 240281 www.wexfordtowncouncil.gov.uk Clerk: Sally Ash Minutes of a "
        "meeting of the Finance and Audit Committee on Monday 7th January 2019 at 7.15pm in the "
        "Jubilee Room, the Pump House, Wexford Cllrs Present: Steve Birch (Chairman) Jane Cole "
        "Al Dale Julie Elm Mark Fir Andrew Gorse Mike Hazel In Attendance: Sally Ash, Town Clerk "
        "and two members of the public who spoke about the allotments and the budget for them.",
        (
            "Finance and Audit Committee",
            "2019-01-07",
            "19:15",
            "the Jubilee Room, the Pump House, Wexford",
        ),
    ),
    (
        "Minutes of Wexcombe Parish Council meeting held Monday 13th June 2016 at The Villa, "
        "Wexcombe, commencing 7-45 pm.",
        ("Wexcombe Parish Council", "2016-06-13", "19:45", "The Villa, Wexcombe"),
    ),
    (
        "Held in Wexcombe Village Hall on Wednesday 29th November 2017\n\nMeeting opened by Cllr "
        "Gray at 7.30 pm.",
        (None, "2017-11-29", "19:30", "Wexcombe Village Hall"),
    ),
    (
        "MINUTES OF A MEETING OF THE COUNCIL HELD AT THE COMMUNITY CENTRE, WEXCOMBE ON THURSDAY, "
        "12th JUNE 20147.00 PM",
        ("Council", "2014-06-12", "19:00", "THE COMMUNITY CENTRE, WEXCOMBE"),
    ),
    (
        "MINUTES OF THE MEETING HELD ON THURSDAY, 16th OCTOBER, 2014AT 7.00 P.M.",
        (None, "2014-10-16", "19:00", None),
    ),
    (
        "WEXCOMBE\n\nPARISH COUNCIL MINUTES\n\nOF THE PARISH COUNCIL MEETING HELD BY MICROSOFT "
        "TEAMS ON WEDNESDAY, 10TH MARCH 2021 AT 6.30PM",
        ("Parish Council", "2021-03-10", "18:30", "BY MICROSOFT TEAMS"),
    ),
    (
        "MINUTES OF THE TRUST BOARD MEETING HELD IN PUBLIC on Wednesday 26th September 2012 at "
        "The Boardroom, Trust Headquarters, Uxbridge Road",
        ("Trust Board", "2012-09-26", None, "The Boardroom, Trust Headquarters, Uxbridge Road"),
    ),  # (held "in public" is how, not where)
    (
        "Friends of Wyvern Park\n\nMinutes of meeting held in person on 4 June 2024 at the Lodge",
        ("Friends of Wyvern Park", "2024-06-04", None, "the Lodge"),
    ),
    (
        "Minutes of meeting held in person\n\nPresent: Hazel Ash, Tom Birch",
        (None, None, None, None),
    ),  # (nor "in person")
    (
        "Minute of Meeting of the Wyvern Licensing\n\nItem No. 4 (a) MINUTE OF MEETING OF THE "
        "WYVERN LICENSING BOARD held in the Council Chamber, Wyvern House on Friday, 15 "
        "February 2013 at 10.30 a.m. Present:- Councillors W. Archibald (Convener), J. Brown.",
        ("Wyvern Licensing Board", "2013-02-15", "10:30", "the Council Chamber, Wyvern House"),
    ),  # (an agenda pack's stamp with its part, below a site's title of the document)
    (
        "MINUTES of the MEETING OF WYVERN TOWN COUNCIL\n\nHELD IN THE COUNCIL CHAMBER, TOWN "
        "HALL\n\nON TUSEDAY 16TH JANUARY 2018 AT 7.30PM",
        ("Wyvern Town Council", "2018-01-16", "19:30", "THE COUNCIL CHAMBER, TOWN HALL"),
    ),  # (a weekday misspelt)
    (
        "Full Council Meeting Minutes 15.10.20",
        ("Full Council", "2020-10-15", None, None),
    ),  # (a title's date in figures after "Minutes")
    (
        "Wyvern Neighbourhood Forum\nMinutes for meeting to be held13th August2015, in the "
        "Corner House, Wyvern",
        ("Wyvern Neighbourhood Forum", "2015-08-13", None, "the Corner House, Wyvern"),
    ),  # (the day run into "held" and the month into its year)
    (
        "Minutes of the Burial Board Meeting held on16thApril2014 held in the Council Offices",
        ("Burial Board", "2014-04-16", None, "the Council Offices"),
    ),  # (the day run into "on" and into its month, the month into its year)
    (
        "Minutes – 18 February 2009\nWexcombe Community Council Minutes\nWednesday 18 February "
        "2009 at 6.30pm\nSt. Brigid's School\nPresent: Ann Ash (AA) (Chair); Ben Oak (BO)",
        ("Wexcombe Community Council", "2009-02-18", "18:30", "St. Brigid's School"),
    ),  # (a building's name alone under the date and time)
    (
        "Meeting No: 002 Status: APPROVED Location: WEXCOMBE SCHOOL, 45 CHAMBER ROAD, WEXCOMBE "
        "Date & Time: MONDAY 09 MAY 2016. 19:15 – 21:00hrs Purpose: PROGRESS REPORT",
        (None, "2016-05-09", "19:15", "WEXCOMBE SCHOOL, 45 CHAMBER ROAD, WEXCOMBE"),
    ),  # (a form's labels run onto one line, "Date & Time:" one label)
    (
        "Cyngor Cymuned Council\n\nCofnodion 5 Chwefror 2019 Cwrdd y Cyngor / Minutes 5th "
        "February 2019 Meeting of Council",
        ("Council", "2019-02-05", None, None),
    ),  # (the title's date before the meeting it names, after its Welsh)
    (
        "Minutes 3 May 2022 Wexcombe Parish Council Meeting",
        ("Wexcombe Parish Council", "2022-05-03", None, None),
    ),  # (the date before the body's meeting)
    (
        "Approved minutes – 23 October 2014\n\nWexcombe Parish Council\n\nMinutes of the full "
        "council meeting held on 11 September 2014 in the small hall, Memorial Hall – 7.30pm",
        ("Wexcombe Parish Council", "2014-09-11", "19:30", "the small hall, Memorial Hall"),
    ),  # (the title's status and the day they were approved yield to the header sentence)
    (
        "DRAFT Minutes of Remote Zoom Parish Council Meeting held on Wednesday 11 November 2020 "
        "at 7 p.m.",
        ("Parish Council", "2020-11-11", "19:00", None),
    ),  # (how it was held, twice, before the body)
    (
        "WEXCOMBE TOWN COUNCIL\n\nMinutes of the on-line Planning Committee Meeting held on\n\n"
        "Thursday 3rd September 2020 at 9.30 a.m.",
        ("Planning Committee", "2020-09-03", "09:30", None),
    ),  # (how it was held, hyphenated, before the body)
    (
        "16\n1 MINUTES DEVELOPMENT CONTROL COMMITTEE TUESDAY, 5 MARCH 2013 COMMITTEE MEMBERS "
        "PRESENT Councillor Adams Councillor Ashberry",
        ("Development Control Committee", "2013-03-05", None, None),
    ),  # (a page's number before the title)
    (
        "1-291 MINUTES of SPECIAL MEETING of The\n\nTotal Page:16\n\n1-291 MINUTES of SPECIAL "
        "MEETING of The 1-291 MINUTES of SPECIAL MEETING of the WYVERN COUNCIL held in the "
        "Council Chambers, Wyvern House, High Street, Wyvern, on Tuesday, 26 February 2013, at "
        "11.00 am. Present:- Provost Wallace, Depute Provost Rosie and Councillors Ash, Birch, "
        "Cole, Dee, Elm, Fir, Gale, Hay, Ince, Jay, King, Lyle, Moss, Nash, Oak, Pine and Reed. "
        "Religious Representatives Present (Non-Voting Observers) for Education Business: - Mr "
        "Bourne, Mrs Harkness and Mr Hayes. The Clerk advised the meeting of the order of "
        "business.",
        (
            "Wyvern Council",
            "2013-02-26",
            "11:00",
            "the Council Chambers, Wyvern House, High Street, Wyvern",
        ),
    ),  # (a page on one line, its title again after a running title's copy cut short)
    (
        "Wyvern Council\n\nMinutes of a Virtual Meeting of the Council held on Microsoft Teams "
        "on the 16th July 2020.",
        ("Council", "2020-07-16", None, "on Microsoft Teams"),
    ),  # (held "on" a platform)
    (
        "THE MINUTES OF THE MEETING OF WYVERN PARISH COUNCIL HELD IN THE COMMUNITY CENTRE, "
        "WYVERN ON TUESDAY 9TH JULY 2013",
        ("Wyvern Parish Council", "2013-07-09", None, "THE COMMUNITY CENTRE, WYVERN"),
    ),  # ("THE" before the title, in capitals)
    (
        "THE MINUTES OF THE MEETING WYVERN PARISH COUNCIL HELD IN THE COMMUNITY CENTRE, "
        "WYVERN ON TUESDAY 9TH JULY 2013",
        (None, "2013-07-09", None, "THE COMMUNITY CENTRE, WYVERN"),
    ),  # (its "OF" lost)
    (
        "MINUTES\nOF THE MEETING OF THE\nWYVERN POLICE AUTHORITY\nHELD ON WEDNESDAY 27 JUNE "
        "2007\nIN THE COUNCIL CHAMBER\nCOUNTY HALL\nWEST WYVERN\nCOMMENCING AT 10.00 AM\n\n"
        "MEMBERS PRESENT",
        (
            "Wyvern Police Authority",
            "2007-06-27",
            "10:00",
            "THE COUNCIL CHAMBER COUNTY HALL WEST WYVERN",
        ),
    ),  # (a title page's header stacked a phrase a line)
    (
        "Minutes of the Town Council meeting held on Monday 27th October 2014in the Skyrm Room "
        "at the Public Hall, Wyvern at 7.00pm.",
        ("Town Council", "2014-10-27", "19:00", "the Skyrm Room at the Public Hall, Wyvern"),
    ),  # (the year run into "in")
    (
        "DRAFT MINUTES OF THE MEETING OF WYVERN TOWN COUNCIL HELD ON WEDNESDAYAUGUST8TH2017 AT "
        "THE OFFICES OF WYVERN TOWN COUNCIL, HIGH STREET, WYVERN",
        (
            "Wyvern Town Council",
            "2017-08-08",
            None,
            "THE OFFICES OF WYVERN TOWN COUNCIL, HIGH STREET, WYVERN",
        ),
    ),  # (a date's words run together in capitals)
    (
        "<p> 222/2019 Imperial Rooms Mayor 2019-2020 Imperial Road Wyvern 07711 898080 WY4 3NL "
        "</p><p>Town Clerk Telephone 01629 583042 </p><p>Minutes of a meeting of the Corporate "
        "Committee of Wyvern Town Council held on Monday 4 November 2019 at 7.00pm in the "
        "Imperial Rooms, Wyvern </p><p>Present: Cllr Ash </p>",
        ("Corporate Committee", "2019-11-04", "19:00", "the Imperial Rooms, Wyvern"),
    ),  # (a page's paragraph tags kept in its text; a letterhead's reference number)
    (
        "Minutes of Meeting held on Thursday 7th April 2022 by Zoom starting at 8.00pm.\n\n"
        "Present: Steve Ash (Chair), Duncan Birch\n\nMinutes of Previous Meeting Wednesday "
        "3rd March 2022 – Proposed DF, Seconded SB. Passed.",
        (None, "2022-04-07", "20:00", "by Zoom"),
    ),  # (which meeting it was is no body's name: "Minutes of Previous Meeting ...")
    (
        "ON THURSDAY 19 th MAY 2011 AT 7.00PM\n\nPresent: Mr B Ash, Mr D Birch, Mr M Cole.",
        (None, "2011-05-19", "19:00", None),
    ),  # (a header sentence's last line, the page cut after its first)
    (
        "COUNCIL MEETING\nMONDAY 8 MARCH 2004 AT 7.00 PM\nIn the Chair: Councillor C Ash\n"
        "Members Present: Councillors M Birch, C Cole",
        ("Council", "2004-03-08", "19:00", None),
    ),  # (who chaired is no place: "In the Chair: ...")
    (
        "Town Council Meeting held Monday 18th February 2019\n\nWyvern Town Council Held 7 p.m., "
        "Upper Hall, Town Hall,\n\nIn Attendance: Councillors: J Ash (Chairman), P Birch",
        ("Town Council", "2019-02-18", "19:00", "Upper Hall, Town Hall"),
    ),  # (the hour after "Held", then the place, on the line below the date)
    (
        "Ordinary Meeting of the Town Council,\nMonday 24th April 2017\nWyvern Town Council\n"
        "Held 7 p.m., Upper Hall, Town Hall, Wyvern\nPresent: Chairman: Councillor C Ash",
        ("Town Council", "2017-04-24", "19:00", "Upper Hall, Town Hall, Wyvern"),
    ),  # (the same past the council's name between the date and "Held")
    (
        "Minutes of Wexcombe and District Community Council Meeting, Aytoun Hall, Wexcombe, "
        "Thursday, 30 March 2017 @ 1900hrs\n\nIn Attendance:",
        ("Wexcombe and District Community Council", "2017-03-30", "19:00", "Aytoun Hall, Wexcombe"),
    ),  # (the place between the meeting and its day, a comma closing it)
    (
        "Minutes of Wexcombe Parish Council’s meeting held in the Methodist Church on Wednesday "
        "14th March 2018 at 7.30pm.",
        ("Wexcombe Parish Council", "2018-03-14", "19:30", "the Methodist Church"),
    ),  # (the body's own meeting, its name without the possessive)
    (
        "Minutes of the March 14, 2018 Full Parish MINUTES OF WEXCOMBE PARISH COUNCIL MEETING "
        "HELD IN WEXCOMBE METHODIST CHURCH ON WEDNESDAY 14TH MARCH 2018 AT 7.30PM. PRESENT: "
        "Cllr. J Ash (Chairman)",
        ("Wexcombe Parish Council", "2018-03-14", "19:30", "WEXCOMBE METHODIST CHURCH"),
    ),  # (the page's title, cut, before its header sentence on the line)
    (
        "Wednesday, 2nd November 2022\nA meeting of the Footpaths Committee was held on "
        "Wednesday, November 2nd, at 7pm at Wexcombe Community Centre.\nPresent were:-",
        ("Footpaths Committee", "2022-11-02", "19:00", "Wexcombe Community Centre"),
    ),  # (a header sentence with no year, its month before its day, under the dateline)
    (
        "Minutes Wexcombe Steering Group Meeting – Project 1 July 2020\n\nHeld via Webex Video "
        "conference\nWednesday 1st July, 2020 at 19:30\n\nCouncillors: Bob Ash & Chris Birch",
        ("Wexcombe Steering Group", "2020-07-01", "19:30", "via Webex Video conference"),
    ),  # (how it was held is no body's name over the date: the line above it is)
    (
        "Minutes of the Allotments Committee on Tuesday 16 January 2024 at 8:00pm held at the "
        "Institute.\nPresent: Councillors Ash, Birch and Cole.",
        ("Allotments Committee", "2024-01-16", "20:00", "the Institute"),
    ),  # ("on" before the body's day, "held" after its hour)
    (
        "MINUTES OF MEETING FROM THE WEXCOMBE VILLAGE HALL COMMITTEE HELD ON 3rd November2014 "
        "AT 2000HRS",
        ("Wexcombe Village Hall Committee", "2014-11-03", "20:00", None),
    ),  # (a meeting "from" the body)
    (
        "Minutes of the Playing Field Committee Meeting\n\nheld on Tuesday 24th February 2015."
        "\n\nAt 7.00pm\n\nin the Seminar Room, Wexcombe Village Hall\n\nPresent: Paul Ash, "
        "Chairman, (PA), Bob Birch (BB)",
        (
            "Playing Field Committee",
            "2015-02-24",
            "19:00",
            "the Seminar Room, Wexcombe Village Hall",
        ),
    ),  # (a double-spaced page: the hour after "At", then the place after "in", a line each)
    (
        "Wexcombe, Ashby and Birch PC Minutes of Council Meeting held on 6th June 2018 at Ashby "
        "Village Hall at 7pm Present: Cllr. Ash (Chairman), Cllrs. Birch, Cole, Dale and Elm",
        ("Council", "2018-06-06", "19:00", "Ashby Village Hall"),
    ),  # (a council's initials before the header sentence on its line)
    (
        "WEXFORD TOWN COUNCIL MINUTES of the COUNCIL MEETING held on 8 September 2014 This "
        "meeting was held at The Wexford Centre, Wexford and started at 7pm Prior to the "
        "meeting, the Mayor's chaplain led with prayers. Present: Cllrs: G Ash (Mayor)",
        ("Council", "2014-09-08", "19:00", "The Wexford Centre, Wexford"),
    ),  # (the place ends where the meeting "started")
    (
        "Docs\n\nVolume 123\n\nWEXFORD TOWN COUNCIL\n\nQ\n\nQUALITY TOWN COUNCIL\n\nCOUNCIL "
        "MEETING\nTHURSDAY\n26TH JULY 2012\nTown Hall\nLee Road\nWexford\nNorth Devon EX35 6HT"
        "\nWEXFORD TOWN COUNCIL\nMINUTES OF THE MEETING OF THE TOWN COUNCIL HELD IN THE\n"
        "COUNCIL CHAMBER AT THE TOWN HALL, WEXFORD ON THURSDAY\n28TH JUNE 2012 AT 2.30PM\n\n"
        "PRESENT: Councillors: T Ash (Mayor)",
        ("Town Council", "2012-06-28", "14:30", "THE COUNCIL CHAMBER AT THE TOWN HALL, WEXFORD"),
    ),  # (an agenda pack's cover, the next meeting's date, over the minutes' own header)
    (
        "This is a meeting of the Cabinet of Wyvern Borough Council held on the 7th Dec 2023.\n"
        "The last meeting was on 3rd Apr 2025. The next meeting is scheduled for 5th Jun 2025.",
        ("Cabinet", "2023-12-07", None, None),
    ),  # (a site's page opening on "This is a meeting of"; the cabinet's council no part of it)
    (
        "A meeting of the Parish Council will be held at the Village Hall on Wednesday 8 April "
        "2015 at 7.30pm\nAGENDA",
        ("Parish Council", None, None, None),
    ),  # (a notice of a meeting to come is no header sentence)
    (
        "Parish Council Documents\n11\n\nMINUTES OF THE MEETING HELD ON 11th JULY 2011  (DRAFT)"
        "\n\nPresent: Cllr S. Ash, Chairman",
        (None, "2011-07-11", None, None),
    ),  # (the page's number over its header, among its first lines)
    (
        "Wexbrook Parish Council Serving the communities of Ash Farm and Birch Farm Council "
        "Meeting Minutes Date of Meeting 22nd March 2021 Location Zoom Virtual Meeting Cllrs. "
        "Ash (Chair), Birch, Cole, Dale, Elm, Fir, Gorse, Hazel, Holly, Ivy and Oak. Present Also "
        "present: Pam Ash (Clerk)",
        ("Wexbrook Parish Council", "2021-03-22", None, "Zoom Virtual Meeting"),
    ),  # (a form's row without its colons: its date's label and its place's; no motto a name)
    (
        "MINUTES OF THE MEETING OF THE SPORTS & LEISURE COMMITTEE\nHELD ON WEDNESDAY 9TH "
        "SEPTEMBER 2015 AT 7:30PM IN THE\nFRONT YOUTH MEETING ROOM AT THE WEXFORD COMMUNITY\n"
        "CENTRE\nPresent:\nCllr Ash (Chairman), Cllr B Birch",
        (
            "Sports & Leisure Committee",
            "2015-09-09",
            "19:30",
            "THE FRONT YOUTH MEETING ROOM AT THE WEXFORD COMMUNITY CENTRE",
        ),
    ),  # (a building's noun broken off onto a fourth line)
    (
        "COMMISSIONERS’ MEETING HELD ON 11 SEPTEMBER 2013\n\nAn inquorate meeting of the Wexford "
        "Harbour Commissioners was held at the offices of ABP, Alexandra Docks, Wexford, on "
        "Wednesday, 11th Day of September 2013, at 09:30am.\n\nPRESENT Mr C. P Ash (in the Chair)",
        (
            "Wexford Harbour Commissioners",
            "2013-09-11",
            "09:30",
            "the offices of ABP, Alexandra Docks, Wexford",
        ),
    ),  # (those who met, in the possessive, over the sentence that names them in full)
    (
        "Minutes of the meeting of Wexcombe Parish Council held on the 30th June 2020 on the "
        "forecourt of Wexcombe Village Hall at 7.30pm.\nPresent: Cllr. E. Ash - chairman",
        (
            "Wexcombe Parish Council",
            "2020-06-30",
            "19:30",
            "the forecourt of Wexcombe Village Hall",
        ),
    ),  # (an open-air place after "on")
    (
        "Full Council (FC) 27th July 2021\n\nApologies\nThere were no apologies.\n\nMinutes\n"
        "Minutes from the Full Council meeting held on the 20th April 2021 were received and it "
        "was RESOLVED that they be approved.",
        ("Full Council", "2021-07-27", None, None),
    ),  # (the body's initials in brackets in the title; earlier minutes received, no header)
    (
        "Leader of the Council – Minutes – 23 September 2019\n\n2 GRANT TO THE TWINNING "
        "ASSOCIATION – The Director submitted a report.\n\nResolved – That a grant be made.",
        ("Leader of the Council", "2019-09-23", None, None),
    ),  # ("Minutes" between dashes)
    (
        "Housing, Planning & Leisure Cabinet Members – Minutes – 11 July 2014\n\n38 GRANT AID "
        "– The Director submitted a report.\n\nResolved – That the grant be approved.",
        ("Housing, Planning & Leisure Cabinet Members", "2014-07-11", None, None),
    ),  # (a name whose parts a comma parts)
    # (the body's name with small words in it, then its place after a comma, then the date)
    (
        "Minutes of Wexcombe Parish Council’s Finance and General Purposes Committee, At The "
        "Memorial Hall on Tuesday 27th October 2020, at 10am.\n",
        ("Finance and General Purposes Committee", "2020-10-27", "10:00", "The Memorial Hall"),
    ),
    # (a committee with its parent council's possessive before it)
    (
        "Minutes of the meeting of the Town Council's Planning/ Licensing Committee held in the "
        "Council Chamber, Mill Lane, Wexcombe on Wednesday 14 October 2009\n",
        (
            "Planning/ Licensing Committee",
            "2009-10-14",
            None,
            "the Council Chamber, Mill Lane, Wexcombe",
        ),
    ),
    # (the title alone over a form's row flattened with slashes between its cells)
    (
        "Minutes of Wexcombe Neighbourhood Plan Steering Group\nDate: Thursday 24 September "
        "2015 – 7.30pm / Venue: The Plough Inn, Wexcombe.Attendance:Jo Ash (Chair), Sam Birch\n",
        (
            "Wexcombe Neighbourhood Plan Steering Group",
            "2015-09-24",
            "19:30",
            "The Plough Inn, Wexcombe",
        ),
    ),
    # (a web page's date, year first, and its title over the header; the header sentence
    # numbered as the parish numbers every minute, with its standing and the meeting's kind)
    (
        "2024/03/11 Playground\n\n11th March 2024\n414 Unconfirmed Minutes of an Extraordinary "
        "Meeting of the Wexcombe Recreation Ground Trustees held in the Wexcombe Institute on "
        "Monday, 11th March 2024.\n415 Present: Councillors Ash and Birch.",
        ("Wexcombe Recreation Ground Trustees", "2024-03-11", None, "the Wexcombe Institute"),
    ),
    (
        "Finance & General Purposes Committee Held at Guildhall, Wyvern Quay, Wyvern At 6.00pm "
        "Monday 10 April 2017\n\nPRESENT – Councillors A Ash (Chairman), B Birch",
        (
            "Finance & General Purposes Committee",
            "2017-04-10",
            "18:00",
            "Guildhall, Wyvern Quay, Wyvern",
        ),
    ),  # (a body's name alone before "Held", no "Minutes" or "Meeting" in the line)
    (
        "Wyvern Town Council\n\nMeeting 13/20, Tuesday 11th August 2020\n\nPresent: Cllrs Ash, Birch",
        ("Wyvern Town Council", "2020-08-11", None, None),
    ),  # (the meeting's serial number before its day)
    (
        "Wyvern Town Council\n\nMeeting No. 4 Monday 7 September 2020 at 7pm",
        ("Wyvern Town Council", "2020-09-07", "19:00", None),
    ),
    (
        "MINUTE of MEETING No 21 OF 3rd March 2016\n\nMEMBERS PRESENT. Ann Ash - Chair.",
        (None, "2016-03-03", None, None),
    ),  # (or before "of" its date)
    (
        "PLANNING COMMITTEE HELD AT THE TOWN HALL ON MONDAY 3 JULY 2017",
        ("Planning Committee", "2017-07-03", None, "THE TOWN HALL"),
    ),  # (the same in capitals)
]


def test_how_the_minutes_stand_is_no_part_of_the_bodys_name() -> None:
    """ "WEXCOMBE COMMUNITY COUNCIL APPROVED MINUTES of MEETING ..." on a page flattened onto
    one line: "APPROVED" is how the minutes stand, not the body's name's last word."""
    page = (
        "WEXCOMBE COMMUNITY COUNCIL APPROVED MINUTES of MEETING 17th February 2020 @ WEXCOMBE "
        "LEISURE CENTRE. Chair: Ann Ash; Vice Chair: Bob Birch Treasurer: Cy Cole Secretary: "
        "Di Dale Members Present: A Ash, B Birch, C Cole, D Dale Apologies: E Elm Visitors: "
        "None 1. Introduction of Attendees • The Chair welcomed all present to the meeting and "
        "asked that all matters be addressed through the chair. 2. Chair’s Opening Remarks The "
        "Chair and B Birch attended a forum in early February where it was realised that many "
        "community councils now meet every two months. The members present decided "
        "unanimously to keep meeting monthly."
    )
    part = parse(read_text(page.encode())).parts[0]
    assert (part.committee, part.date) == ("Wexcombe Community Council", "2020-02-17")


def test_a_date_line_held_over_names_no_place() -> None:
    header = "Wyvern Parish Council\n\nThursday 4 June 2020, 7pm, held over to the next meeting"
    assert parse(read_text((header + BODY).encode())).parts[0].venue is None


@pytest.mark.parametrize(("header", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_header(header: str, expected: tuple[str | None, ...]) -> None:
    part = parse(read_text((header + BODY).encode())).parts[0]
    assert (part.committee, part.date, part.start_time, part.venue) == expected


# A page with no header: the body the text names as meeting, if any (never a generic one).
NAMED_IN_TEXT = [
    (
        "The Committee considered a report. Decision The Policy and Resources Committee agreed "
        "to note the report.",
        "Policy and Resources Committee",
    ),  # (a ModernGov row's "Decision" label before the body's name is no part of it)
    (
        "To consider Minute 68 of the meeting of the Planning Advisory Committee held on 30 "
        "April 2013.\nThe Cabinet was presented with the Panel's recommendations.",
        "Cabinet",
    ),  # (the body told something, over another meeting the agenda cites)
    ("The Executive Board considered a report on the city deal.", "Executive Board"),
    ("Minutes:\nExecutive Members considered the proposal and made these points:", "Executive"),
    ("Councillor Grant informed the Council that the bridge had reopened.", "Council"),
    ("The Director introduced a report informing Cabinet of the review of fees.", "Cabinet"),
    ("Wyvern District Council approved the application for the new houses.", None),
    ("Council CONFIRMED the minutes of the meeting held on 22nd October 2019.", "Council"),
    # a decision whose RESOLVED heading the page dropped
    (
        "The report was put to a vote and agreed.\nA. That Council agreed the arrangements",
        "Council",
    ),
    ("The Committee considered a report on the city deal.", None),
    (
        "On behalf of the Parish Council, the Chairman thanked the volunteers.\nThe grant from the "
        "Parish Council was spent on bulbs.",
        "Parish Council",
    ),  # (a parish's council its minutes keep naming)
    ("The grant from the Parish Council was spent on bulbs.", None),  # (once, in passing)
    ("On behalf of the Parish Council, the Chairman thanked the volunteers.", "Parish Council"),
    ("The Town Council recorded its thanks to the retiring Clerk.", "Town Council"),
    ("The parish council agreed to accept the invitation to the open day.", "parish council"),
    ("It was proposed that the Parish Council agree and sign the lease.", "Parish Council"),
    (
        "Further talks were needed between the applicant and the Parish Council.",
        None,
    ),  # (once, as another council: a consultee)
    ("The decision would be made by the Parish Council meeting following this one.", None),
    ("The Community Council offered its support to the ward's proposal.", None),
    (
        "To sign the Minutes of the Wexbridge Crematorium Joint Committee held on 24 January 2012."
        "\nThe Minutes of the meeting of the Joint Committee held on 24 January were agreed.\n"
        "The Joint Committee noted the report.",
        "Wexbridge Crematorium Joint Committee",
    ),  # (the body named short, "the Joint Committee", is the one named in full)
    ("That the report be noted and presented to the next meeting of Council.", None),
    # (a forum, a commission or an assembly named as meeting, as a committee is; the minutes'
    # title in its capitals; never a special meeting the minutes call)
    (
        "Minutes of the previous meeting of the Wexbridge Access Forum held on 6 July 2016\n"
        "The Forum wished its thanks be noted.",
        "Wexbridge Access Forum",
    ),
    (
        "The Clerk read the notes of the site visit.\nThe Minutes of the Meeting of the Council "
        "held on 21 November 2016 were approved.",
        "Council",
    ),
    ("That a Special Meeting of the Council be convened after Full Council.", None),
    # (the body a decision is recorded of, its verb in the subjunctive after the keyword;
    # never a recommendation's "That Council approve")
    ("Resolved: That Executive approve the average rent decrease of 1.0%.", "Executive"),
    (
        "RESOLVED UNANIMOUSLY: That the Strategy and Resources Committee note that:-",
        "Strategy and Resources Committee",
    ),
    ("RECOMMENDED: That Council approve the budget for 2024/25.", None),
    # (its previous minutes, and its members, named in lower case mid-sentence)
    (
        "The minutes of the Audit Committee held on 3 June 2025 were approved as a correct record.",
        "Audit Committee",
    ),
    (
        "No members of the Standards and Audit Committee declared an interest.",
        "Standards and Audit Committee",
    ),
    (
        "To consider the minutes of the previous Health Overview & Scrutiny Committee meeting.",
        "Health Overview & Scrutiny Committee",
    ),
    (
        "Minutes of Previous Planning Committee\n\nApproved.\n\nMinutes of Previous Heritage "
        "Panel\n\nThat the minutes of the Heritage Panel meeting held on 5 May be received.",
        "Planning Committee",
    ),  # (another body's minutes, received, name no body of this meeting)
    # (an authority meeting as itself: its minutes, its members)
    (
        "RESOLVED that the minutes of the meeting of the Fire Authority held on 8 October 2025 "
        "be confirmed as a correct record.",
        "Fire Authority",
    ),
    (
        "No members of the Wyvern Fire Authority declared an interest in the budget.",
        "Wyvern Fire Authority",
    ),
    (  # (two bodies joined, no one body's name)
        "The Monitoring Officer advised that members of Wyvern District Council and Wessex "
        "County Council would have a personal interest in minute 52.",
        None,
    ),
    # (but not an authority the minutes say did or heard something: another body's; nor
    # one whose minutes were received)
    (
        "The Clerk reported that the Parish Council had responded. The Fire and Rescue "
        "Authority agreed to keep the station open. The Parish Council welcomed this.",
        "Parish Council",
    ),
    (
        "The minutes of the meeting of the Wyvern Fire Authority held on 1 February 2021 were "
        "received.",
        None,
    ),
    # (the body whose chair the meeting elects, whose last meeting it looks back to, and a
    # board of several named in brackets)
    (
        "RESOLVED that Councillor Ash be elected Vice-Chair of the Licensing Committee for the "
        "year.",
        "Licensing Committee",
    ),
    ("Councillor Ash, Chair of the Licensing Committee, presented the report.", None),
    (
        "The minutes of a Planning Committee meeting held on 21 December were approved.",
        "Planning Committee",
    ),
    (
        "Members reviewed the actions from the previous Overview Committee Meeting.",
        "Overview Committee",
    ),
    ("The report would go to the next Overview Committee meeting.", None),
    (
        "The minutes of the Scrutiny Board (Environment, Housing and Communities) held on 3 May "
        "were approved.",
        "Scrutiny Board (Environment, Housing and Communities)",
    ),
    ("The minutes of the Audit Committee (AC) held on 3 May were approved.", "Audit Committee"),
    # (the body a motion is put to, and the body whose own work programme is reviewed)
    (
        "It was moved by Councillor Ash and seconded by Councillor Birch that the Customer Focus "
        "Scrutiny Committee agree to add the proposal. Members noted the September meeting of "
        "the Executive.",
        "Customer Focus Scrutiny Committee",
    ),
    (
        "Forward Work Plan For The Performance & Scrutiny Committee For 2015/16 pdf icon PDF 39 KB",
        "Performance & Scrutiny Committee",
    ),
    # (but not another body's work programme on the agenda, a body a recommendation names,
    # another body's last meeting, "a Council officer", nor a note in brackets)
    ("Overview & Scrutiny Committee Work Programme for 2017/18 (Cab.12.7.2017/6)", None),
    (
        "RESOLVED that the Audit and Governance Committee recommend that the Council approve "
        "the Treasury Management Strategy.",
        None,
    ),
    ("The Chair reported on the last Cabinet meeting.", None),
    ("The matter was brought to the attention of a Council officer.", None),
    (
        "Councillor Ash was elected Chairman of the Planning Committee and Councillor Brown "
        "Vice-Chairman.",
        "Planning Committee",
    ),
    (
        "The minutes of the Planning Committee (Minute 45 refers) were approved.",
        "Planning Committee",
    ),
    # (the body a decision is recorded of, in any tense, the heading on the line above;
    # and the body an agenda's words ask to decide)
    (
        "Decision made (Unanimously):\nThat Cabinet approved that the meeting remain in public.",
        "Cabinet",
    ),
    (
        "Resolved:\n(a) That the Wyvern Combined Authority approves the proposals.",
        "Wyvern Combined Authority",
    ),
    ("RESOLVED: That the Executive (a) Endorsed the actions taken.", "Executive"),
    ("That Cabinet\n\n1. Noted the outcome of the consultation.", "Cabinet"),
    ("That Cabinet reaffirms its decision taken on 11th September.", "Cabinet"),
    ("Cabinet is asked to approve as a correct record the minutes of the last meeting.", "Cabinet"),
    (
        "RECOMMENDED The Health and Wellbeing Board is asked to note the report.",
        "Health and Wellbeing Board",
    ),
    # (but not another body's act told in passing, nor a body a decision sends business to)
    ("It was reported that Wyvern District Council approved the scheme in May.", None),
    ("Resolved: That the Council be recommended to adopt the plan.", None),
    # (nor an authority named by its role)
    ("The County Highway Authority noted the request for a crossing.", None),
    ("The Clerk informed the Local Planning Authority of the objection.", None),
    ("The Highway Authority considered the request for a crossing.", None),
    # (nor the month of a meeting whose minutes were approved)
    ("Apologies – Ann Ash. Minutes of February Committee meeting – Agreed", None),
]


@pytest.mark.parametrize(
    ("text", "committee"), NAMED_IN_TEXT, ids=[c[0][:30] for c in NAMED_IN_TEXT]
)
def test_the_body_named_in_the_text(text: str, committee: str | None) -> None:
    page = f"1. Arrangements for meetings\n\n{text}\n\n2. Any other business\n\nNone.\n"
    assert parse(read_text(page.encode())).parts[0].committee == committee


# A body's name alone on a line of the header, with no date beside it (a printed-minutes
# template, a community council's web page): the body, unless it is the publisher's name.
ALONE = [
    ("Minutes Template\n\nStandards & Audit Committee\n\nCommittee Members:\n\nCouncillors "
     "Russell (Chairman), Cannon", "Standards & Audit Committee"),
    ("Wexcombe Community Council\n\nMinutes\n\nMinutes of meeting held on the 13th of November"
     "\n\nPresent were Guto Jones and Menai Hughes.", "Wexcombe Community Council"),
    ("Fenmarsh District Council\n\nPresent: Councillors Russell (Chairman), Cannon", None),
    ("Report of the Audit Committee\n\nPresent: Councillors Russell (Chairman), Cannon", None),
    ("Present: Councillors Russell (Chairman), Cannon\n\nPlanning Committee\n\nNo report.", None),
    ("Minutes:\nThe report was presented.\nThe Committee\nRecommended That Members approve "
     "the wayleave.", None),
    # a local council named among a title line's other words
    ("Approved Minutes 135 Wexcombe Community Council May 2021\nMembers and office bearers",
     "Wexcombe Community Council"),
    ("WCC Minutes February 2021 Wexcombe Community Council Minutes of the meeting: Zoom",
     "Wexcombe Community Council"),
    ("Approved Minutes 135 May 2021\nWexcombe Community Council news and events", None),
    ("Minutes 135 Wexcombe and District Community Council May 2021\nMembers and office bearers",
     "Wexcombe and District Community Council"),  # (its small word between capitals)
    ("Minutes\nThe Clerk wrote to Upper Wexcombe Parish Council about the hedge.", None),
]  # fmt: skip


@pytest.mark.parametrize(("top", "committee"), ALONE, ids=[c[0][:30] for c in ALONE])
def test_the_body_named_alone_atop_the_minutes(top: str, committee: str | None) -> None:
    page = f"{top}\n\n1. Apologies for Absence\n\nNone.\n\n2. Urgent Items\n\nNone.\n"
    assert parse(read_text(page.encode())).parts[0].committee == committee


def test_a_page_on_one_line_keeps_its_items_after_its_header() -> None:
    """A header whose line runs on with the whole minutes (a page flattened onto one
    line) gives the meeting's facts and leaves the minutes to be read."""
    line = (
        "WYVERN PARISH COUNCIL MINUTES OF PARISH COUNCIL MEETING AT 7.00 pm. ON WEDNESDAY 27 "
        "JANUARY 2021 Present: Cllrs A Smith (Chairman), B Jones. "
        + "The Council considered the quotes for the footpath repair at length. " * 14
        + "Cllrs RESOLVED to accept the quote of £11,000 from Wyvern Groundworks Ltd."
    )
    part = parse(read_text(line.encode())).parts[0]
    assert (part.date, part.start_time) == ("2021-01-27", "19:00")
    assert [r.text for it in part.items for r in it.resolutions] == [
        "accept the quote of £11,000 from Wyvern Groundworks Ltd."
    ]


def test_an_assemblys_page_on_one_line_its_members_posts_before_the_first_number() -> None:
    """A page flattened onto one line whose members' posts stand after their names ("Ben
    Birch AM 1 Apologies for Absence (Item 1) 1.1 ..."): the post's letters are no part of
    the first minute's number, and a notice after a place with no postcode ("Virtual
    Meeting Copies of the minutes may be found at ...") is no part of the place."""
    line = (
        "MINUTES Meeting: Wyvern Assembly Oversight Committee Date: Wednesday 9 September 2020 "
        "Time: 11.00 am Place: Virtual Meeting Copies of the minutes may be found at "
        "http://www.wyvern.gov.uk/assembly Present: Ann Ash AM (Chair) Ben Birch AM 1 "
        "Apologies for Absence and Chair's Announcements (Item 1) 1.1 The Chair explained that "
        "the meeting was being held remotely. 2 Declarations of Interests (Item 2) 2.1 "
        "Resolved: That the list of offices held by Assembly Members be noted. 3 Minutes (Item "
        "3) 3.1 Resolved: That the minutes of the meeting held on 21 July 2020 be signed by the "
        "Chair as a correct record. 4 Summary List of Actions (Item 4) 4.1 The Committee "
        "received the report of the Executive Director of Secretariat. 5 Work Programme (Item "
        "5) 5.1 Also RESOLVED that the work programme be noted and the Chair write to the Mayor."
    )
    part = parse(read_text(line.encode())).parts[0]
    assert part.venue == "Virtual Meeting"
    assert [i.number for i in part.items] == ["1", "2", "3", "4", "5"]


@pytest.mark.parametrize(
    ("value", "place"),
    [
        (
            "Virtual Meeting Copies of the minutes may be found at www.wyvern.gov.uk",
            "Virtual Meeting",
        ),
        ("Council Chamber This meeting will be livestreamed", "Council Chamber"),
        (
            "Wyvern Village Hall where face coverings should be worn",
            "Wyvern Village Hall where face coverings should be worn",
        ),
        ("Online via Microsoft Teams", "Online via Microsoft Teams"),
    ],
)
def test_a_notice_after_a_place_ends_it_only_where_a_notice_opens(value: str, place: str) -> None:
    """A notice of what may or will be, after a place with no postcode, is no part of it
    ("Virtual Meeting Copies of the minutes may be found at ..."); the place's own words
    before a clause of its own are never cut ("Village Hall where ...")."""
    assert clean_venue(value) == place


def test_a_headers_three_lines_run_onto_one_give_its_name_place_and_date() -> None:
    """The body's name, the place and the weekday's date on one line with the whole page
    flattened after them ("... @ 6.30pm Present: ..."): a meeting's page, not an unknown
    layout, with its facts read from the line."""
    line = (
        "Wexton Community Council Wexton Small Hall, Inverwex Wednesday 15th August 2012 @ "
        "6.30pm Present: Ann Ash (Chair) Bob Birch (Minute Taker) In Attendance: Councillor "
        "Cole 1.0 2.0 WELCOME AND APOLOGIES Ann welcomed everyone to the meeting. "
        + "The police gave a verbal update on thefts from sheds in the area. "
        * 6
    )
    part = parse(read_text(line.encode())).parts[0]
    assert (part.committee, part.date, part.start_time, part.venue) == (
        "Wexton Community Council",
        "2012-08-15",
        "18:30",
        "Wexton Small Hall, Inverwex",
    )


@pytest.mark.parametrize(
    "bad", ["Venue hire charges were reviewed.", "Place Scrutiny Committee", "Time was short."]
)
def test_labels_whose_colon_a_table_lost(bad: str) -> None:
    """ "Date 22 January 2007", "Venue Lowther Pavilion", "Time 7.00 pm" are labels (a
    table's two cells run together); a sentence or a directorate's name is none."""
    header = f"{bad}\n\nVenue Wexbridge Pavilion\n\nDate 22 January 2007\n\nTime 7.00 pm"
    part = parse(read_text((header + BODY).encode())).parts[0]
    assert (part.date, part.start_time, part.venue) == ("2007-01-22", "19:00", "Wexbridge Pavilion")


def test_the_body_named_over_a_header_sentence_is_the_headers_not_an_item() -> None:
    page = (
        "Wyvern and Ashby Community Council\n\nMinutes of the meeting held on Wednesday 4th "
        "September 2024\n\nPresent: Ann Ash, Bob Birch\n\nApologies: Cat Cole\n\n"
        "Approve minutes\n\nProposed by Ann, seconded by Bob.\n\nPolice\n\nPC Eve reported.\n"
    )
    [part] = parse(read_text(page.encode())).parts
    assert part.committee == "Wyvern and Ashby Community Council"
    assert [i.title for i in part.items] == ["Approve minutes", "Police"]
    assert [a.name for a in part.attendees][:2] == ["Ann Ash", "Bob Birch"]


def test_a_moderngov_pages_first_item_approving_earlier_minutes_is_no_header() -> None:
    page = (
        "Agenda and minutes\n\nLicensing Committee - Thursday, 3rd June, 2025 6.30 pm\n\n"
        "Venue: Council Chamber, Wyvern House. View directions\n\nContact: Jo Bailey\n\n"
        "Apologies for absence\n\n\nApologies were received from Councillor Ash.\n\n\n"
        "Minutes of the Meeting held on 25 March 2025\n\nThe minutes were presented.\n\n\n\n"
        "That the minutes be approved and signed by the Chairman as a correct record.\n\n\n"
        "Urgent Business\n\nThere was none.\n"
    )
    [part] = parse(read_text(page.encode())).parts
    assert (part.committee, part.date) == ("Licensing Committee", "2025-06-03")
    assert [i.title for i in part.items] == [
        "Apologies for absence",
        "Minutes of the Meeting held on 25 March 2025",
        "Urgent Business",
    ]


def test_a_welsh_header_sentence_is_read_as_its_english() -> None:
    """A community council minuting in Welsh: "Cynhaliwyd cyfarfod o Gyngor Cymuned ...
    am 7.30pm ar y 14eg Medi 2016 yn yr Ystafell Ddarllen" gives the body, date, time and
    place; the month and the ordinal are Welsh."""
    page = (
        "CYNGOR CYMUNED WYFERN\nCYFARFOD 14 MEDI 2016\n\nCynhaliwyd cyfarfod o Gyngor Cymuned "
        "Wyfern am 7.30pm ar y 14eg Medi 2016 yn yr Ystafell Ddarllen, Wyfern.\n\nPRESENNOL\n"
        "Cynghorwyr Alun Davies, Arwel Davies.\n\n1. CROESO\nCroesawodd y Cadeirydd bawb.\n"
    )
    part = parse(read_text(page.encode())).parts[0]
    assert (part.committee, part.date, part.start_time, part.venue) == (
        "Cyngor Cymuned Wyfern",
        "2016-09-14",
        "19:30",
        "Ystafell Ddarllen, Wyfern",
    )


def test_a_welsh_meetings_name_over_when_it_is_held_is_read_as_one_sentence() -> None:
    """ "Cyfarfod o Gyngor Cymuned ..." over "a gynhelir trwy ZOOM, am 7 pm ddydd Mercher 30
    Medi 2020": a meeting of the body, held via Zoom at 7 pm on Wednesday 30 September."""
    page = (
        "Cyfarfod o Gyngor Cymuned Wyfern\n\na gynhelir trwy ZOOM, am 7 pm ddydd Mercher 30 "
        "Medi 2020\n\nPresennol: J Owens (Cadeirydd), M Smith\n\n1. Cyfrifon\n1.1 Croesawodd "
        "y Cadeirydd bawb.\n\n2. Yswiriant\n2.1 Ailbrisiwyd yr adeilad.\n"
    )
    part = parse(read_text(page.encode())).parts[0]
    assert (part.committee, part.date, part.start_time, part.venue) == (
        "Cyngor Cymuned Wyfern",
        "2020-09-30",
        "19:00",
        "via ZOOM",
    )
    morning = page.replace("am 7 pm", "am 10 am")  # (the hour's own "am" stays)
    assert parse(read_text(morning.encode())).parts[0].start_time == "10:00"


def test_a_welsh_decision_pages_fields_are_read_as_their_english() -> None:
    """A ModernGov decision page in Welsh: "Manylion y penderfyniad" (Decision details), its
    decision maker, its decision and its date; the values stay as printed."""
    page = (
        "Manylion y penderfyniad\n\nExclusion of the Press & Public\n\nY sawl sy'n gwneud "
        "penderfyniad : Pwyllgor Gwaith\n\nStatws Penderfyniad : Argymhellion wedi "
        "cymeradwyo\n\nPenderfyniadau:\n\nPenderfynwyd cau allan y wasg a'r cyhoedd o'r "
        "cyfarfod.\n\nDyddiad cyhoeddi: 21/09/2017\n\nDyddiad y penderfyniad: 18/09/2017\n"
    )
    doc = parse(read_text(page.encode()))
    part = doc.parts[0]
    assert (doc.kind, part.committee, part.date) == ("item", "Pwyllgor Gwaith", "2017-09-18")
    assert [i.title for i in part.items] == ["Exclusion of the Press & Public"]


def test_a_cmis_decision_pages_fields_are_read_as_a_decision_pages() -> None:
    """A CMIS "Decision Details" page: each field's label over its value, the business item
    the title, the decision maker the body, the decision made its one decision."""
    page = (
        "Decision Details\n\n  • General\n  • Reports\n\nThis section allows you to view the "
        "general details of a Decision\n\nDetails\n\nStatus:\nImplemented\nBusiness Item\n"
        "Village Green Strategy\nRef.\nES/0772\nIs a Key Decision:\nYes\nDecision Maker:\n"
        "Cabinet\nDate of Decision\nTue 1 Jun 2021\nDescription\nReport of the Cabinet "
        "Member\nDecision Made\nThat the draft Village Green Strategy be approved.\nReason for "
        "Decision\n\nThe strategy brings the work together.\n"
    )
    doc = parse(read_text(page.encode()))
    part = doc.parts[0]
    assert (doc.kind, part.committee, part.date) == ("item", "Cabinet", "2021-06-01")
    assert [(i.title, len(i.resolutions)) for i in part.items] == [("Village Green Strategy", 1)]


def test_the_earlier_minutes_heading_under_its_number_alone_is_an_items() -> None:
    """A table's item number alone on its line over the earlier minutes' heading with their
    date ("1" / "Minutes of the meeting held 8 November 2006") heads that item; its date is
    not the page's."""
    page = (
        "Minutes\nof the Annual General Meeting of the Dinghy Section held at 7.30 pm on\n"
        "Wednesday, 21 November 2007 in the Quay Lounge, Wyvern Yacht Club.\n"
        "Present: Colin Ash (Chair), Mike Birch (Secretary).\n1\n"
        "Minutes of the meeting held 8 November 2006\nAGREED that the Minutes be confirmed.\n"
        "2\nMatters arising from the Minutes\nNOTED that there were none.\n"
    )
    part = parse(read_text(page.encode())).parts[0]
    assert part.date == "2007-11-21"
    assert [(i.number, i.title) for i in part.items][:2] == [
        ("1", "Minutes of the meeting held 8 November 2006"),
        ("2", "Matters arising from the Minutes"),
    ]


def test_a_label_glued_to_an_items_words_is_no_header() -> None:
    """Only a header's label glued to a name is parted from it: "... on planningDate: 12
    April 2021" in an item's text leaves the meeting's date alone."""
    page = (
        "Minutes of the meeting of Wyvern Parish Council held on 3 March 2021 at 7pm in the "
        "Village Hall\n\n1. Apologies\n\nNone.\n\n2. Training\n\nCllr Jones will attend the "
        "course on planningDate: 12 April 2021, Venue: County Hall. The course is free.\n"
    )
    assert parse(read_text(page.encode())).parts[0].date == "2021-03-03"


@pytest.mark.parametrize("heading", ["Date of next meeting", "Dates of future meetings"])
def test_the_next_meetings_date_under_its_heading_is_not_this_ones(heading: str) -> None:
    page = (
        "MINUTES OF THE MEETING OF WYVERN PARISH COUNCIL HELD ON 3 MARCH 2021\n\nPresent: Cllr "
        "E Ash (Chair), Cllr B Birch.\n\n1. Apologies\nCllr T Cole.\n\n2. Play Area\nThe "
        f"inspection report was noted.\n\n3. {heading}\nWednesday 7 April 2021 at 7:30 online.\n"
    )
    part = parse(read_text(page.encode())).parts[0]
    assert (part.date, part.start_time, part.venue) == ("2021-03-03", None, None)


def test_a_present_heading_in_capitals_is_no_part_of_the_header() -> None:
    """ "PRESENT" under the header's line starts the attendance, as "Present" does."""
    page = (
        "WYVERN HARBOUR COMMISSIONERS\n\nMINUTES OF MEETING – 17 January 2019\nPRESENT\n:\n"
        "A Ash (Chairman)\nB Birch\nC Cole\n\n21        APOLOGIES FOR ABSENCE\n\nNone.\n\n"
        "22        MATTERS ARISING\n\nNone.\n"
    )
    part = parse(read_text(page.encode())).parts[0]
    assert part.date == "2019-01-17"
    assert [a.name for a in part.attendees] == ["A Ash", "B Birch", "C Cole"]


def test_a_contacts_line_over_a_date_names_no_body() -> None:
    """An agenda pack's "Committee Administrator: ... (01632 767015)" over the letter's date
    is whom to ask, not the meeting's body."""
    page = (
        "Committee Administrator: Democratic Services Officer (01632 767015)\n\n"
        "Monday, 9 September 2019\n\nDear Councillor\n\n1. Apologies\n\nNone were received.\n"
    )
    assert parse(read_text(page.encode())).parts[0].committee is None


def test_those_present_under_a_header_sentence_stay_who_came() -> None:
    """ "Members Present:" on the line under a header sentence ends the header: those named
    are the attendance, not the sentence's words."""
    page = (
        "There was a remote meeting of Wexcombe Parish Council on Thursday 21st January 2021 at "
        "7.30pm held on ZOOM\nMembers Present: Parish Councillors Ann Ash (Chairman); Bob Birch; "
        "Cath Cole.\nAlso Present: District Councillor Fay Ford.\n\n1. Apologies\nNone.\n"
    )
    part = parse(read_text(page.encode())).parts[0]
    assert [a.name for a in part.attendees][:3] == ["Ann Ash", "Bob Birch", "Cath Cole"]


def test_a_directorate_named_place_in_a_decision_is_no_venue() -> None:
    """ "... the Corporate Director Environment and Place, in consultation with ...": a
    directorate's last word, after "and", labels no place."""
    page = (
        "Issue - decisions\n\nChanges to Waste Services\n\n06/07/2021 - Changes to the Waste "
        "Collection Service\n\nResolved\n\n(1) That the policies be approved.\n\n(2) That "
        "authority be delegated to the Corporate Director Environment and Place, in "
        "consultation with the Lead Member, to make minor amendments.\n"
    )
    part = parse(read_text(page.encode())).parts[0]
    assert (part.date, part.venue) == ("2021-07-06", None)


def test_who_came_glued_on_after_the_place_is_no_part_of_it() -> None:
    page = (
        "Minutes of Wexcombe Neighbourhood Plan Steering Group\nDate: Thursday 24 September "
        "2015 – 7.30pm / Venue: The Cock Inn, Wexcombe.Attendance:Ann Ash, Bob Birch\n\n"
        "1. Apologies\nNone.\n"
    )
    part = parse(read_text(page.encode())).parts[0]
    assert (part.date, part.start_time, part.venue) == (
        "2015-09-24",
        "19:30",
        "The Cock Inn, Wexcombe",
    )
    # (or glued onto the place's last word, no stop between)
    glued = page.replace("Wexcombe.Attendance:", "Wexcombe MagnaAttendance: ")
    assert parse(read_text(glued.encode())).parts[0].venue == "The Cock Inn, Wexcombe Magna"


def test_the_councils_name_over_a_header_below_a_sites_menu_is_no_item() -> None:
    page = (
        "Minutes Playing Fields meeting, June 2024\n\nDocument Date\n\n12/06/2024\n\n"
        "Created by\n\nParish Clerk\n\nCategory\n\nMeetings\n\nWEXCOMBE PARISH COUNCIL\n\nPLAYING FIELD MANAGEMENT COMMITTEE\n\nMINUTES OF THE "
        "MEETING HELD ON\n\nWednesday 12th June 2024, 7pm\n\nAt The Pavilion, London Road, "
        "Wexcombe\n\nAPOLOGIES\n\nApologies from Mr Cotter.\n\nMINUTES\n\nThe minutes of the "
        "last meeting were agreed and signed as a correct record.\n\nFINANCES\n\nFinances to "
        "the end of May had been circulated.\n"
    )
    part = parse(read_text(page.encode())).parts[0]
    assert part.venue == "The Pavilion, London Road, Wexcombe"
    assert [i.title for i in part.items] == ["APOLOGIES", "MINUTES", "FINANCES"]


def test_a_moderngov_venue_below_a_sites_contact_block_with_no_date_is_read() -> None:
    page = (
        "Fenmarsh Council website\n\nThis is the website of Fenmarsh Council\n\n"
        "Contact information\n\nE-mail\n\ncustomer.service@fenmarsh.gov.uk\n\nTelephone\n\n"
        "0345 678 9000\n\nPostal Address\n\nFenmarsh Council\nShirehall\nAbbey Foregate\n"
        "Fenby\nFenshire\nFE2 6ND\n\nAgenda, decisions and minutes\n\nVenue: Shrewsbury Room, "
        "Shirehall, Fenby\n\nContact: Jane Palmer  Democratic Services Officer\n\nItems\n"
        "No. Item\n\n25.\n\nApologies for Absence\n\nMinutes:\n\nApologies were received.\n\n"
        "26.\n\nDisclosable Pecuniary Interests\n\nMinutes:\n\nNo interests were declared.\n"
    )
    part = parse(read_text(page.encode())).parts[0]
    assert part.venue == "Shrewsbury Room, Shirehall, Fenby"
    assert [i.number for i in part.items] == ["25", "26"]


@pytest.mark.parametrize(
    ("title", "committee"),
    [
        ("Licensing Committee (ceased to operate 10/04/2017) Minutes", "Licensing Committee"),
        ("Harbour Board (disbanded March 2019) Minutes", "Harbour Board"),
        ("Scrutiny Board (3) Minutes", "Scrutiny Board (3)"),
    ],
)
def test_a_bodys_status_in_brackets_after_its_name_is_no_part_of_it(
    title: str, committee: str
) -> None:
    page = (
        f"Fenmarsh Borough Council\n\n{title}\n\nDate:\nTuesday, 11th December, 2012\nTime:\n"
        "10.00am\nPlace:\nCouncil Chamber, Town Hall\n\n1. Apologies\nNone.\n"
    )
    assert parse(read_text(page.encode())).parts[0].committee == committee


def test_a_word_before_a_weekday_is_a_town_only_under_a_minutes_title() -> None:
    page = "Planning, Wednesday, 19 September 2018\n\nPresent: Cllr Ash\n\n1. Apologies\nNone.\n"
    assert parse(read_text(page.encode())).parts[0].venue is None


# Whole pages whose header stands below a site's furniture or over a list of dates: (page,
# (committee, date, time, venue)).
PAGES = [
    (  # a council site's contact block fills the first dozen lines; the web page's title
        # ("<council> - Agenda for <body> on <date>") and the header below it, "Venue:" too
        (
            "Contact Information\n\nFenmarsh District Council\nCouncil Offices\nHigh Street\n"
            "Fenby\nFenshire\nFE16 8HG\n\nTel: 01594 810000\ncouncil@fenmarsh.gov.uk\n\n"
            "Contact/Find us\n\nFenmarsh District Council - Agenda for Full Council on Thursday, "
            "23rd February, 2023, 7.00 pm\n\n\nFull Council\nThursday, 23rd February, 2023 7.00 pm"
            "\n\nVenue: Council Chamber, Council Offices, Fenby.\n\nItems\nNo. Item\n\n1.\n\n"
            "Apologies\n\nMinutes:\n\nNo apologies were received.\n\n2.\n\nUrgent Business\n\n"
            "Minutes:\n\nThere was none.\n"
        ),
        ("Full Council", "2023-02-23", "19:00", "Council Chamber, Council Offices, Fenby"),
    ),
    (  # a site's index of the year's meetings above the minutes, its last date run on
        (
            "Parish Council Minutes – 2023/24\n\n9 May 2023\n\n13 June 2023\n\n11 July 2023\n\n"
            "12 September 2023\n\n10 October 2023\n\n14 November 2023\n\n12 December 2023\n\n"
            "16 January 2024\n\n13 February 2024\n\n13 March 2024\n\n10 April 2024 Wexcombe Parish "
            "Council\n\nMinutes of Meeting held in the Memorial Hall on Thursday, 9th May 2023 at "
            "6.30pm\n\nPRESENT: Cllrs F. Ash, K. Birch.\n\n1. APOLOGIES None.\n\n2. POLICE REPORT "
            "There was no report.\n"
        ),
        ("Wexcombe Parish Council", "2023-05-09", "18:30", "the Memorial Hall"),
    ),
    (  # a site's links to other meetings' minutes, each a title, its date and "Minutes"
        (
            "Wexcombe Parish Council, site logo.\n\nMinutes\n\nMeeting 3 2017-18 - Monday 3rd "
            "July 2017 draft Minutes\n\nMeeting 2 2017-18 - Monday 15th May 2017 Minutes\n\n"
            "Annual Meeting of the Parish Council - Monday 15th May 2017 Minutes\n\nClick above "
            "to view\n\n____\n\nWexcombe Parish Council\nMeeting 8 2016-17 - Monday 20th "
            "February 2017\nMinutes\n\nPresent: Cllrs Ash, Birch\n\n8.1 Apologies for "
            "absence: Cllr Cole\n"
        ),
        ("Wexcombe Parish Council", "2017-02-20", None, None),
    ),
    (  # three dates under a heading below the header change nothing
        (
            "Wexcombe Parish Council\n\nMinutes of Meeting held in the Memorial Hall on Thursday, "
            "9th May 2023 at 6.30pm\n\n1. DATES OF MEETINGS\n\n13 June 2023\n\n11 July 2023\n\n"
            "12 September 2023\n"
        ),
        ("Wexcombe Parish Council", "2023-05-09", "18:30", "the Memorial Hall"),
    ),
    (  # the header sentence led in under the title "MINUTES", its body named nowhere
        (
            "Email [email protected]\n\nMINUTES -\n\nFor the meeting held on Monday 13th "
            "October 2025 at 7.30pm at Wexcombe School, Wexcombe.\n\nPresent Ann Ash (AA) "
            "Chair, Ben Birch (BB)\n\n1 Apologies\n\nCara Cole (CC)\n"
        ),
        (None, "2025-10-13", "19:30", "Wexcombe School, Wexcombe"),
    ),
    (  # the web page's title gives the day; the minutes' own title, on that day below the
        # site's menu and the council's letterhead, gives its hour and place
        (
            "Annual Meeting of the Parish Council 14th May 2026 Minutes\n\nFrom Wexcombe\n"
            "Select the 2026 Agenda or Minutes you wish to view:\n2026 Meetings JAN FEB MAR\n"
            "Main Agenda\nMinutes\nPlanning\nAmenities\nAnn Ash — Parish Clerk & RFO\n"
            "Wexcombe Parish Council\nThe Old School\nChurch Road\nWexcombe\nWexshire WX1 2AB\n"
            "email: clerk@wexcombe.example\n20th May 2026\n\n\nMINUTES OF THE WEXCOMBE PARISH "
            "COUNCIL Meeting held on Thursday 14th May 2026 at 7.30pm at The Old School, "
            "Church Road, Wexcombe\n\n\nPresent: Chair: Cllr Birch\n\n1. To accept apologies\n"
            "None.\n"
        ),
        (
            "Wexcombe Parish Council",
            "2026-05-14",
            "19:30",
            "The Old School, Church Road, Wexcombe",
        ),
    ),
]


@pytest.mark.parametrize(("page", "expected"), PAGES)
def test_a_pages_header_past_its_furniture(page: str, expected: tuple[str | None, ...]) -> None:
    part = parse(read_text(page.encode())).parts[0]
    assert (part.committee, part.date, part.start_time, part.venue) == expected


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ("Decision Maker: Council", ("Council", "2021-09-02")),
        ("Decision Maker: Cabinet, Council", ("Cabinet, Council", "2021-09-02")),
    ],
)
def test_a_decision_pages_title_naming_another_meeting_yields_to_its_fields(
    fields: str, expected: tuple[str, str]
) -> None:
    """A decision on another body's minutes, titled by them: its meeting is the one its own
    fields name, never the title's body and date (nor one of the bodies its maker names
    picked apart from the rest)."""
    page = (
        "Decision details\n\nStrategy and Resources Committee - 15 July 2021\n\n"
        f"{fields}\n\nDecision status: For Determination\n\n(i) That the Minutes of the "
        "Strategy and Resources Committee held on 15 July 2021 be received.\n\nPublication "
        "date: 15/09/2021\n\nDate of decision: 02/09/2021\n"
    )
    part = parse(read_text(page.encode())).parts[0]
    assert (part.committee, part.date) == expected


def test_a_welsh_header_set_in_pairs_is_read_from_its_english_halves() -> None:
    """Each Welsh phrase before its English after a slash, two pairs on a line: the date and
    body are read from the English ("Minutes 3rd September 2019 ... Meeting of the Council")."""
    page = (
        "Cyngor Cymuned Wyvern Community Council\n\n"
        "Cofnodion 3 Medi 2019 / Minutes 3rd September 2019 Cyfarfod y Cyngor / Meeting of "
        "the Council\n\nPresent: Cllr D Ash (Chair), Cllr M Birch\n\n1. Apologies\n\nNone.\n\n"
        "2. Minutes\n\nRESOLVED that the minutes be signed.\n"
    )
    part = parse(read_text(page.encode())).parts[0]
    assert (part.committee, part.date) == ("Council", "2019-09-03")


def test_an_issue_pages_item_number_drops_its_colon() -> None:
    """ "(Item 4:)" on an issue page's meeting line numbers the item 4."""
    page = (
        "Issue - meetings\n\nAdmission of the Public\n\n"
        "Meeting: 14/03/2023 - Cabinet (Item 4:)\n\nAdmission of the Public\n\n"
        "Decision:\n\nRESOLVED that the public be admitted.\n"
    )
    part = parse(read_text(page.encode())).parts[0]
    assert [it.number for it in part.items] == ["4"]


def test_the_earlier_minutes_an_item_approves_below_a_list_of_names_are_not_the_header() -> None:
    """A date at the top, a long list of who came (which reads like a site's menu), then
    the item approving last month's minutes: their date is before the header's, no title's."""
    names = ["Ash", "Birch", "Cole", "Dale", "Elm", "Fir", "Gorse", "Hazel", "Holly", "Ivy"]
    page = (
        "Full Council\n26/02/2018 at 7:00 pm\nAston Town Council\nPresent:\n"
        + "\n".join(f"Cllr. {n}" for n in [*names, "Oak", "Pine", "Rowan", "Yew"])
        + "\nDeclaration of interest: None\nMinutes of Full Council held on 29 January 2018:\n"
        "It was RESOLVED to approve the minutes.\n"
    )
    part = parse(read_text(page.encode())).parts[0]
    assert (part.committee, part.date, part.start_time) == ("Full Council", "2018-02-26", "19:00")


def test_a_body_named_for_its_building_keeps_its_name() -> None:
    from scrutiny_cli.parse.header_names import name_and_place

    assert name_and_place("Wyvern Village Hall Committee") == (
        "Wyvern Village Hall Committee",
        None,
    )
    assert name_and_place("Mill Street Tenants Panel Wyvern Community Centre") == (
        "Mill Street Tenants Panel",
        "Wyvern Community Centre",
    )


def test_a_place_after_the_date_keeps_its_town_after_a_dash_but_not_a_note() -> None:
    """ "Village Hall - Hambledon": a place's town after a dash is the place's; a draft's
    status, the apologies or a page's number after one are not."""
    assert (
        place_after(", 7.30pm Village Hall - Ashby PRESENT: Cllr Quinn") == "Village Hall - Ashby"
    )
    assert place_after("7.30pm Village Hall – Unconfirmed") is None
    assert place_after("7.30pm Village Hall – Apologies Cllr Birch") is None
    assert place_after("7.30pm Village Hall - Page 1 of 4") is None
