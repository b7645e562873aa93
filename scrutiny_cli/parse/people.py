"""Who can be asked or can promise, as minutes name them: a person by title and name, an
officer by post, a member by first name or initials ("Cllr Ash would ...", "The Clerk will
...", "Hannah would review ...", "FR will speak to ..."), never a body ("The LSCB would
report ..." is narrative). requests.py and cues.py build their rules of tasks on these.
"""

from __future__ import annotations

# A surname as printed: "Smith", "McLean", "O'Brien"; after a title or an initial also
# "Hunt-Grubbe" (or "Hunt- Grubbe", broken at a line's end), never a place's or a firm's
# ("Babergh Mid-Suffolk", "Central Co-Op", "Church Lane- Highways").
SURNAME = r"(?:Mc|Mac|O['’])?[A-Z][a-z]+"
# A second post one officer holds, after a slash: "Clerk/RFO", "Clerk / Chairman" (a parish
# clerk is often its Responsible Financial Officer too).
JOINT_POST = (
    r"(?:[ \t]?/[ \t]?(?:RFO|[Cc]lerk|(?:[Vv]ice[- ])?[Cc]hair(?:man|person)?|Treasurer|"
    r"[Ss]ecretary|Proper\s+Officer))"
)
_BARRELLED = rf"{SURNAME}(?:-\s?[A-Z][a-z]+)?"
# A councillor's title, with the letter of the council a parish minutes a visiting member
# of ("C/Cllr Peck", "D/Cllr Ash", "CCllr Peck": a county's or a district's).
COUNCILLOR = r"(?:(?:[CDB]/|[CD](?=Cllr))?(?:Cllrs?\.?|Councillors?))"
# A person (not a body such as a board or partnership) who can promise: "would" is an
# undertaking only from one of these; "The LSCB would report ..." is reported narrative.
PERSON = (
    # (with initials: "Councillor Mrs C A Talbot")
    rf"(?:{COUNCILLOR}\s+(?:Mrs?\.?\s+|Ms\.?\s+|Dr\.?\s+)?(?:[A-Z]\.?\s+){{0,3}}"
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’-]*)?"
    r"|Officers?|[Tt]he\s+[Oo]fficers?|[Hh]e|[Ss]he|[Tt]hey"
    # (a parish, town or community council by its initials: "The PC will review ...")
    r"|[Tt]he\s+[CPT]C(?=\s)"
    r"|[Tt]he\s+(?:[A-Z][\w'’&,-]*\s+){0,4}?(?:Chair|Vice-Chair|Chairman|Director|Head|Manager|"
    r"Officer|Cabinet\s+[Mm]ember|Portfolio\s+[Hh]older|Leader|Clerk|Co-ordinator|Coordinator|"
    r"Auditor|Lead\s+[Mm]ember|Executive|Mayor|Surveyor|Chamberlain|Solicitor|Lead|Secretary|Treasurer|"
    # (a post in lower case too, as parish minutes write it: "the secretary agreed to attend")
    # (a word whole: "The Chairman", never "The Chair" and "man")
    r"[Oo]fficer|[Cc]lerk|secretary|treasurer|chair(?:man|person)?)(?![a-z])"
    rf"{JOINT_POST}?(?:\s+(?:of|for)\s+(?:[A-Z][\w'’&()-]*\s*|and\s+)+)?"
    rf"|(?:Mrs?|Ms|Miss|Dr)\.?\s+{_BARRELLED}"
    rf"|[Cc]lerk{JOINT_POST}?|[A-Z][a-z]+\s+(?:and\s+[A-Z][a-z]+\s+)?{SURNAME}|[A-Z][a-z]+\s+and\s+[A-Z][a-z]+"
    # an initial and a surname ("F Bates", not "A Member"), a police officer ("PS Crowter")
    r"|(?![AI]\s)[A-Z]\.?\s+(?:Mc|Mac|O['’])?[A-Z][a-z]{2,}(?:-\s?[A-Z][a-z]+)?"
    r"|(?:PCSO|PC|PS|Sgt\.?|Sergeant|Insp\.?|Inspector|Constable)\s+[A-Z][\w'’-]+)"
)
# A first name alone opening a sentence, as community councils write of their members
# ("Hannah would review ..."); not the words that open a sentence of another kind.
FIRST_NAME = (
    r"(?:^|(?<=[.;!?]\s))(?!(?:It|This|That|There|These|Those|We|You|All|Everyone|Nothing|Nobody|"
    r"Members|Officers|Council|Committee|Board|Panel|Cabinet|Highways|Police|Planning|Work|Action|"
    r"Others|Some|Many|Both|Each|Any|One|Several|Most|Few|Such|"
    r"Details|Information|Letters?|Notice|Funding|Money|Time|Progress|Residents|Funds)\b)"
    r"[A-Z][a-z]{2,14}"
)
# A member's initials opening a clause, as parish minutes name who will act ("FR will
# speak to ...", "- JS would ask ..."): two capitals (three are as often a body: "MCC"),
# three after two in a run of them ("JW and KCW will contact ...").
INITIALS_RUN = r"[A-Z]{2}(?:\s*(?:/|&|and)\s*[A-Z]{2,3})*"  # "SV", "IK/RW", "JW and KCW"
INITIALS = rf"(?:^|(?<=[.;:!?]\s)|(?<=\s[-–]\s)){INITIALS_RUN}"
