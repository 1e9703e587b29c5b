"""Which mentions of a skill claim it, and which only name it.

A taxonomy surface found in a text is not always a claim: a section heading ("Skills"),
a heading in capitals run into the text ("TEACHING EXPERIENCE"), a job ad's boilerplate
("we offer mental health support"), the company describing itself ("collaboration is a
big part of what we do"), other people ("the marketing team"), an institution's name
("Department of Clinical Medicine"), a step of the application ("attach an Excel sheet
of your grades"), a language named as an adjective ("Danish universities") or a degree
held in an education entry. Plain text rules, one pass per document where they need
one; the extractor asks :func:`not_a_claim` of every accepted mention.
"""

from __future__ import annotations

import re
from functools import cached_property

from skillmatch.addresses import ADDRESS_OPENING
from skillmatch.education import marks_an_education_entry
from skillmatch.sections import Section, guess_kind, section_at
from skillmatch.taxonomy import DEGREE_CATEGORY, SPOKEN_LANGUAGE_CATEGORY, TECH_CATEGORIES, Skill

METHOD_CATEGORY = "methodology"
OFFICE_CATEGORY = "office"
AREA_CATEGORIES = frozenset({"practice", "web", METHOD_CATEGORY, "business", "finance", "soft"})
PEOPLE_AFTER = re.compile(
    r"[ \t]+(?:engineers|developers|designers|managers|teams?|partners?|colleagues|"
    r"specialists?|professionals|stakeholders|departments?|personnel|business partners?|"
    r"consultants|leads|groups?)\b",
    re.IGNORECASE,
)
# More capitalised names before it, joined by commas, "and" or "&" ("Sales, Marketing and
# Finance teams"), at most five.
DEPARTMENT_LIST = re.compile(r"(?:(?:[ \t]*,|[ \t]+(?:and|&))?[ \t]+[A-Z][A-Za-z&-]*){1,5}")
# "Role: Full Stack Developer", "Senior Backend Java Engineer (m/f/d)": a field of work
# just before a job title (at most two words between) names the job being filled, which
# the role's title requirement (skillmatch.titles) already holds; a job ad does not ask for
# it as a skill there. Only fields named by a generic noun: an "iOS Developer" needs iOS.
JOB_TITLE_AFTER = re.compile(
    r"(?:[ \t]*/?[ \t]*(?:[A-Za-z][\w.#+]*|<[A-Z]+>)){0,2}?[ \t-]+(?:developers?|engineers?|devs|"
    r"architects?|programmers?|designers?|analysts?|scientists?|specialists?|consultants?|"
    r"testers?)\b",
    re.IGNORECASE,
)
# A skill named as a field of work by a generic noun ("Backend development", "Quality
# assurance", "IT infrastructure"): before a job title it names the job, before "team"
# other people (names_a_field).
FIELD_OF_WORK_NAME = re.compile(
    r"(?:\b(?:development|engineering|assurance|security|warehousing|computing|design|analysis|"
    r"analytics|science|management|systems|testing|infrastructure)|cybersecurity)$",
    re.IGNORECASE,
)
# "Charles River Analytics Inc.", "Automatic Data Processing, Inc.", "Red Hat, Inc.": a
# capitalised name before a company's legal form is part of the company's name.
# ("PLC" in capitals is a programmable logic controller far more often than a plc.)
ORGANISATION_AFTER = re.compile(
    r"(?: [A-Z][\w&'.-]*){0,3},? "
    r"(?:Inc|Incorporated|LLC|L\.L\.C|Ltd|Limited|Corp|Corporation|GmbH|AG|plc|S\.A|LLP)\b"
)
# "GitHub: https://github.com/jo", "Twitter:// @jo", "LinkedIn: www.linkedin.com/in/jo",
# "Github account: ...": a site's name labelling the author's address there, no skill.
PROFILE_LINK_AFTER = re.compile(
    r"[ \t]*(?:account|profile|repo|repository|handle|page)?[ \t]*(?::|-)?[ \t]*" + ADDRESS_OPENING,
    re.IGNORECASE,
)
# "Department of Clinical Medicine", "Faculty of Health and Medical Sciences": a field
# named as part of an institution's name.
INSTITUTION_REACH = 80  # characters searched before a term for "Department of ..."
INSTITUTION_BEFORE = re.compile(
    r"\b(?:department|faculty|faculties|school|institute|centre|center|division)[ \t]+"
    r"(?:of|for)[ \t]+(?:[A-Za-z-]+,?[ \t]+){0,4}$",
    re.IGNORECASE,
)

# Sentences of a job ad that are about the employer, not the work: equal-opportunity and
# legal boilerplate, benefits, the hiring process, the company's mission. "mental health",
# "diversity and inclusion" or "law" there name no skill the role asks for. Sentence by
# sentence; a benefits *list* is read from its heading to the next heading (LIST_END), as
# a whole "Benefits" section often runs on into "Industry: Banking, Fintech" lines that
# do count.
BOILERPLATE = re.compile(
    r"\b(?:equal (?:employment )?opportunit|discriminat|applicable (?:law|legislation)|"
    r"protected (?:veteran|status|characteristic|attribute|class)|reasonable accommodation|"
    r"affirmative action|without regard to|regardless of (?:race|gender|age|religion|sex)|"
    r"paid time off|parental leave|wellness programs?|wellbeing (?:programs?|benefits?)|"
    r"(?:team|company|core|shared) values)",
    re.IGNORECASE,
)
# Cues that open the boilerplate ("Job benefits: ...", "We offer ..."): it runs from the
# cue on, as what comes before it in the sentence may be the last requirement when line
# breaks were lost ("Fluency in English Job benefits: free parking").
BOILERPLATE_AHEAD = re.compile(
    r"\b(?:we offer|benefits? (?:include|including|package)|job benefits|perks|"
    r"culture (?:[a-z]+ ){0,3}?(?:of|based on|built on|cent(?:er|re)d (?:on|around))|"
    r"follow us|find out more about|(?:recruitment|hiring|interview|application) process|"
    r"opportunit(?:y|ies) (?:for|to) (?:grow|develop|personal|professional|career)|"
    r"our (?:culture|mission) is|you(?: will|'ll) receive|in return(?:,)? (?:we|you)|"
    r"in exchange(?:,)? we)",
    re.IGNORECASE,
)
# What a job gives ("25 days holiday", "Discretionary bonus", "Pension scheme"): a clause of
# a job ad naming two or more of these, with no heading, is a run-on list of benefits, and
# the "Life Insurance" or "free German course" in it is one more benefit (PERKS_MIN).
PERK_WORDS = re.compile(
    r"\b(?:holidays?|vacation|annual leave|bonus(?:es)?|pension|gym|salary|vouchers?|"
    r"discounts?|parental|relocation|stock options|equity|insurance|days off|(?:\d+|extra) days|"
    r"free (?:lunch|breakfast|fruit|coffee|snacks|drinks|parking)|wellbeing|well-being|"
    r"flexible (?:working|hours)|remote work|home office|company car|massage|cycle to work|"
    r"team events|lunch)\b",
    re.IGNORECASE,
)
PERKS_MIN = 2
# A heading of its own line that opens a list of what the job offers, and the headings that
# end that list (in job boards' run-on text the next field follows at once).
BENEFITS_HEADING = re.compile(
    r"^[ \t]*(?:job benefits|benefits(?: and perks| & perks)?|perks(?: and benefits| & benefits)?|"
    r"what we (?:can )?offer(?: you)?|we offer|our offer|what'?s in it for you|"
    r"what you(?:'ll)? get|you get|(?:our )?package|what (?:can|do) [^\n]{1,40} offer(?: you)?|"
    r"what'?s on offer|why join us)[ \t]*[:.?!-]*[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# The same for the headings of how to apply and on what terms: the documents and the rules
# named there ("a teaching portfolio", "the Collective Agreement") are asked of no skill.
APPLYING_HEADING = re.compile(
    r"^[ \t]*(?:(?:application procedure|how to apply|terms of (?:employment|appointment)|"
    r"employment conditions|conditions of employment|further information|"
    r"salary and (?:terms|conditions)(?: of employment)?)[ \t]*:?|applications?[ \t]*:)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# A heading of its own line over the employer's description: its lines name the company's
# fields, up to the next heading of another kind (LIST_END).
ABOUT_HEADING = re.compile(
    r"^[ \t]*(?:company description|about (?:us|the company)|who we are)[ \t]*:?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
LIST_END = re.compile(
    r"^[ \t]*(?:company description|about (?:us|the company|the team|the role|the job|you)|"
    r"job description|industry|technologies|requirements?|qualifications?|skills\b|"
    r"(?:your|required|candidate|the) profile|profile\b|your (?:tasks|role|skills)|who you are|"
    # a line that turns to the candidate ("You will lead ...", "You have ..."), not to
    # what they are offered ("You will receive", "You are welcome to apply")
    r"you(?: will(?! receive| get)|'ll(?! receive| get)| have| are(?! welcome)|'re| need|"
    r" bring| should| must)\b|responsibilities|what you bring|"
    r"what we(?:'re| are) looking for|we(?:'re| are) looking|we seek|(?:the )?ideal candidate|"
    r"in this role|what you(?:'ll| will) do|"
    r"must[- ]haves?|nice[- ]to[- ]haves?|"
    r"the role|how to apply|application|contact|further information|interested)\b",
    re.IGNORECASE | re.MULTILINE,
)
LIST_REACH = 1500  # characters: a list of benefits, not the rest of the ad
# A sentence whose subject is an organisation, named in capitals ("Acme Labs is a leading
# provider of ...", "The Center comprises proteomics and chemical biology", "The Department
# of Law teaches ..."): it profiles the employer, and the fields it names are the employer's
# unless the sentence is about the job (PROFILE_ABOUT_THE_JOB). Job ads only
# (DocumentCues.is_job_ad): in a resume such a sentence is the candidate's project.
_NAME_WORD = r"(?:<[A-Z]+>|[A-Z][\w&.'’-]*)"  # "<ORGANIZATION>": masked names in datasets
ORG_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*(?:The[ \t]+|Our[ \t]+)?(?:"
    + _NAME_WORD
    + r"|(?<=The )(?:company|department|team|group|institute|centre|center|unit|faculty|"
    r"section|lab|laboratory|organi[sz]ation)\b)"
    + r"(?:[ \t]+(?:(?:of|at|for|and|&|the|de)[ \t]+)?"
    + _NAME_WORD
    + r")*[ \t]+"
    r"(?:is|are|has|have|was|were|comprises|offers|provides|delivers|supports|helps|focuses|"
    r"speciali[sz]es|works|conducts|carries|teaches|collaborates|develops|operates|serves|"
    r"belongs|builds|creates|enables|inspires|delights|makes|aims|invests|employs|hosts|"
    r"combines|covers|includes|consists|runs|sells|designs|manufactures|produces)\b"
)
PROFILE_ABOUT_THE_JOB = re.compile(
    r"\b(?:must|nice to have|bonus|needed|essential|desirable|beneficial|welcome|mandatory|"
    r"asset|responsib\w*|roles?|position|job|applicants?|candidates?|requires?|assumed|"
    r"expected|important|key|crucial|critical|vital)\b",
    re.IGNORECASE,
)
READER_WORDS = re.compile(
    r"\b(?:you(?:r|rs|'ll|'re|'d|rself)?|we|our|candidates?|applicants?)\b", re.IGNORECASE
)
READER_WORDS_MIN = 4  # resume templates with advice to the reader aside, resumes have fewer
PRONOUN_START = re.compile(  # "This is a key role", "It is assumed that": no organisation
    r"[ \t]*(?:This|That|These|Those|It|There|Here|What|Which|Who|He|She|They|You|We|Our)\b"
)
# A sentence in the company's own voice ("We are a fast-growing team that values
# collaboration", "Our platform brings analytics to ..."), unless it asks for something.
COMPANY_VOICE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*(?:we|our)\b[^.!?\n]*", re.IGNORECASE)
# A soft skill anywhere in a sentence that speaks for the company ("Collaboration is a
# big part of what we do", "a team spirit built on openness that our people share"): the
# company describing itself, not asking. Technologies and fields named there still count;
# the sectors it serves do not (COMPANY_PROFILE).
# (In lower case: a capital "We" mid-sentence starts a sentence whose full stop was lost.)
OWN_VOICE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))[^.!?\n]*\b(?:we|our|us)\b[^.!?\n]*")
SOFT_CATEGORY = "soft"
SECTOR_CATEGORIES = frozenset({"domain", "healthcare", "education"})
# A sentence that profiles the company or its market ("<Acme> is the world's largest search
# engine for vacation rentals", "products are also used in the mining industry", "we
# deliver IT solutions to local governments"): the sector it names is the employer's, not
# one the role asks experience of, unless the sentence asks for something.
COMPANY_PROFILE = re.compile(
    r"\b(?:we|our|us)\b|\b(?:is|are)[ \t]+(?:now[ \t]+)?(?:the|a|an|one[ \t]+of)\b|"
    r"\b(?:provides?|providing|provider|delivers?|serves?|serving|operates?|produces?|"
    r"suppl(?:y|ies|ying|ier)|manufactures?|leader|leading|largest|biggest|pioneers?|founded|"
    r"headquartered|used[ \t]+in|clients?|customers?)\b"
)
# Words that make a sentence a requirement however it is phrased ("Experience with video
# streaming is a plus").
REQUIREMENT_WORDS = re.compile(
    r"\b(?:experience[ds]?|knowledge|familiar(?:ity)?|background|expertise|exposure|"
    r"understanding|plus|advantage|preferred|preferably|ideally|required|desired)\b",
    re.IGNORECASE,
)
ASKS_FOR = re.compile(
    r"\b(?:looking for|look for|seek|seeking|expect|need|require|want|hope|would like|"
    r"you|your|candidate|must|should)\b",
    re.IGNORECASE,
)
# A language name used as an adjective ("Danish universities", "the English version") or
# as the language an application is written in ("send your CV in English") claims no
# command of the language. The words after it that make it an adjective:
LANGUAGE_AS_ADJECTIVE = frozenset(
    "grading system systems universities university market markets company companies "
    "citizen citizens citizenship nationals government authorities law laws legislation "
    "society customers clients version versions translation subtitles department team "
    "teams office offices school schools institutions sector residents residence "
    "passport education pension tax welfare healthcare health style culture cuisine "
    "food territory mainland economy labour labor banks".split()
)
APPLICATION_CUES = re.compile(
    r"\b(?:appl(?:y|ication|ications)|cv|resume|curriculum|letter|submit|submitted|send|"
    r"documents?|attach)\b",
    re.IGNORECASE,
)
IN_LANGUAGE_BEFORE = re.compile(r"\bin[ \t]+(?:[A-Za-z]+[ \t]+(?:or|and)[ \t]+)?$", re.IGNORECASE)
CLAUSE_REACH = 120  # characters either side: the same clause, not a run-on paragraph
# What an application is made of: a term in the same clause names a document or a step
# of applying ("attach an Excel sheet of your grades", "interviews over Skype", "submit a
# teaching portfolio"), not a skill asked for.
APPLICATION_STEPS = re.compile(
    r"\b(?:cv|cvs|curriculum vitae|cover letters?|transcripts?|attach(?:ed|ment|ments)?|"
    r"submit(?:ted)?|interviews?|interviewed|shortlisted)\b",
    re.IGNORECASE,
)
NEXT_WORD = re.compile(r"[ \t]+([A-Za-z][A-Za-z-]*)")
# How far back from its cue a boilerplate sentence may start: "Acme is an equal opportunity
# employer", "openness and trust are our core values"; farther back, in text whose full
# stops were lost, lie the requirements.
BOILERPLATE_BACK_REACH = 120
SENTENCE_REACH = 400  # characters searched either side for the ends of a sentence
HELD_DEGREE_REACH = 100  # characters either side searched for an education entry's marks
DEGREE_WORDS = re.compile(
    r"\b(?:bachelor|master|doctor|ph\.?\s?d|degree|diploma|b\.?\s?(?:sc|s|a|e|tech|eng)\b|"
    r"m\.?\s?(?:sc|s|a|tech|eng|ba)\b|mba|associate|graduat|major|minor|university|college|"
    r"school|institute)",
    re.IGNORECASE,
)


class DocumentCues:
    """The per-document spans the rules read, worked out once and only when asked."""

    def __init__(self, text: str, kind: str = "auto") -> None:
        self.text = text
        self.kind = kind  # "resume", "role" (a job ad) or "auto" (judged from the text)

    @cached_property
    def in_capitals(self) -> bool:
        return mostly_upper(self.text)

    @cached_property
    def boilerplate(self) -> list[tuple[int, int]]:
        return self.offers + asking_nothing(COMPANY_VOICE, self.text)

    # The regions below hold in job ads only: an HR resume's "Benefits" heads the plans its
    # author ran, its "Further information" holds languages and licences, and a sentence
    # about an employer or a project is the candidate's own work.

    @cached_property
    def benefits(self) -> list[tuple[int, int]]:
        """The lines of a benefits list ("Job benefits:", "What we offer"): what the job
        gives, not asks ("Healthcare and Insurance Plans", "Mentoring programme")."""
        return headed_lists(self.text, BENEFITS_HEADING) if self.is_job_ad else []

    @cached_property
    def applying(self) -> list[tuple[int, int]]:
        return headed_lists(self.text, APPLYING_HEADING) if self.is_job_ad else []

    @cached_property
    def about_employer(self) -> list[tuple[int, int]]:
        """A "Company description" list and the sentences whose subject is the organisation."""
        if not self.is_job_ad:
            return []
        return headed_lists(self.text, ABOUT_HEADING) + profile_spans(self.text)

    @cached_property
    def offers(self) -> list[tuple[int, int]]:
        return boilerplate_spans(self.text) + self.benefits

    @cached_property
    def own_voice(self) -> list[tuple[int, int]]:
        return asking_nothing(OWN_VOICE, self.text)

    @cached_property
    def is_job_ad(self) -> bool:
        """A role, as the caller says, or a text that speaks to its reader as a job ad does
        ("you will", "your profile", "we offer") or has more of a job ad's headings than of a
        resume's; a resume does neither, and there a sentence about an employer, a client or
        a project is the candidate's own work."""
        if self.kind != "auto":
            return self.kind == "role"
        if len(READER_WORDS.findall(self.text)) >= READER_WORDS_MIN:
            return True
        return guess_kind(self.text) == "role"  # "Requirements", "What we offer" headings

    def names_no_skill_at(self, start: int, end: int) -> bool:
        """Inside the boilerplate, the benefits, the application part or the employer's
        description, where a span the NER proposes is what the job offers, how to apply or
        what the employer does, whatever its words."""
        regions = (self.offers, self.applying, self.about_employer)
        return any(inside(spans, start, end) for spans in regions)


def not_a_claim(
    skill: Skill,
    surface: str,
    start: int,
    end: int,
    sections: list[Section],
    cues: DocumentCues,
) -> bool:
    """Does ``text[start:end]``, a surface of ``skill``, name the skill without claiming it?
    (The list-label rule, which needs the taxonomy's children, stays with the extractor.)"""
    text = cues.text
    for section in sections:
        if section.start <= start < section.body_start:
            return True  # a section heading
    technical = skill.category in TECH_CATEGORIES
    if (
        not technical
        and shouted(text[start:end], surface)
        and not after_lower_case_word(text, start)
        and not cues.in_capitals
    ):
        return True  # "TEACHING EXPERIENCE", "PRESENTATIONS": a heading run into the text
    if not technical and inside(cues.boilerplate, start, end):
        return True  # "we offer ... mental health support", "equal opportunity employer"
    if not technical and inside(cues.about_employer, start, end):
        return True  # "Company description: ...", "The Center comprises proteomics ..."
    if inside(cues.benefits, start, end):
        return True  # "Job benefits: ... Unlimited access to LinkedIn Learning"
    if not technical and cues.is_job_ad and among_perks(text, start, end):
        return True  # "Discretionary bonus 25 days holiday Life Insurance Pension scheme"
    if skill.category == SOFT_CATEGORY and inside(cues.own_voice, start, end):
        return True  # "Collaboration is a big part of what we do here"
    if (
        skill.category in SECTOR_CATEGORIES
        and cues.is_job_ad  # a resume's "for healthcare clients" is the author's sector
        and company_profile(text, start, end)
    ):
        return True  # "<Acme> is a leader in providing B2B wealth management platforms"
    if not technical and INSTITUTION_BEFORE.search(text, max(0, start - INSTITUTION_REACH), start):
        return True  # "Department of Clinical Medicine": an institution's name
    if PROFILE_LINK_AFTER.match(text, end):
        return True  # "GitHub: https://github.com/jo": the author's address, not a skill
    if text[start : start + 1].isupper() and ORGANISATION_AFTER.match(text, end):
        return True  # "Charles River Analytics Inc.": a company's name, not a skill
    if cues.is_job_ad and names_the_job(skill, text, end):
        return True  # "Role: Full Stack Developer": the job's title, not a skill asked for
    if (skill.category in AREA_CATEGORIES or names_a_field(skill)) and other_people(
        skill.category, text, end
    ):
        return True  # "frontend engineers", "product teams": other people, not a skill
    if (
        (not technical or skill.category == OFFICE_CATEGORY)
        and skill.category != DEGREE_CATEGORY  # "attach your BSc/MSc diploma": asked for
        and (application_step(text, start, end) or inside(cues.applying, start, end))
    ):
        return True  # "Excel sheet with your grades", "interviews over video conferencing"
    if skill.category == SPOKEN_LANGUAGE_CATEGORY and language_not_spoken(text, start, end):
        return True  # "the Danish grading system", "send your application in English"
    if skill.category == DEGREE_CATEGORY and marks_an_education_entry(
        text[max(0, start - HELD_DEGREE_REACH) : end + HELD_DEGREE_REACH]
    ):
        return True  # "B.Sc. Computer Science, Pune University, 2012": education, no claim
    if not technical and section_at(sections, start) == "education":
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", start)
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        # "The applicant should hold a PhD degree": a job ad's Qualifications ask for it
        return bool(DEGREE_WORDS.search(line)) and not ASKS_FOR.search(line)
    return False


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(lo <= start and end <= hi for lo, hi in spans)


_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or line) holding ``text[start:end]``, at most SENTENCE_REACH either side."""
    lo = max(0, start - SENTENCE_REACH)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, start)]
    begin = ends[-1] if ends else lo
    tail = _SENTENCE_END.search(text, end, min(len(text), end + SENTENCE_REACH))
    return begin, tail.start() if tail else min(len(text), end + SENTENCE_REACH)


def clause_bounds(text: str, start: int, end: int, reach: int) -> tuple[int, int]:
    """The sentence holding ``text[start:end]``, at most ``reach`` characters either side:
    the clause, not a run-on paragraph whose full stops were lost."""
    begin, finish = sentence_bounds(text, start, end)
    return max(begin, start - reach), min(finish, end + reach)


def boilerplate_spans(text: str) -> list[tuple[int, int]]:
    """The sentences of ``text`` about what the employer offers or must say (BOILERPLATE,
    BOILERPLATE_AHEAD); one pass per document."""
    spans = []
    for m in BOILERPLATE.finditer(text):
        begin, end = sentence_bounds(text, m.start(), m.end())
        spans.append((max(begin, m.start() - BOILERPLATE_BACK_REACH), end))  # back only
    spans += [
        (m.start(), sentence_bounds(text, m.start(), m.end())[1])
        for m in BOILERPLATE_AHEAD.finditer(text)
    ]
    return spans


def profile_spans(text: str) -> list[tuple[int, int]]:
    """Sentences whose subject is the organisation and that ask for nothing."""
    out = []
    for m in ORG_SUBJECT.finditer(text):
        if PRONOUN_START.match(text, m.start()):
            continue
        end = sentence_bounds(text, m.start(), m.end())[1]
        sentence = text[m.start() : end]
        if not asks_for_something(sentence, PROFILE_ABOUT_THE_JOB):
            out.append((m.start(), end))
    return out


def asks_for_something(sentence: str, *more: re.Pattern[str]) -> bool:
    """A sentence that asks the reader (ASKS_FOR) or names a requirement (REQUIREMENT_WORDS,
    and the ``more`` patterns a caller adds) is about the job, not the company."""
    return any(p.search(sentence) for p in (ASKS_FOR, REQUIREMENT_WORDS, *more))


def asking_nothing(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """The sentences ``pattern`` finds in ``text`` that ask for nothing (ASKS_FOR): the
    company speaking of itself (COMPANY_VOICE, OWN_VOICE)."""
    return [m.span() for m in pattern.finditer(text) if not ASKS_FOR.search(m.group())]


def headed_lists(text: str, heading: re.Pattern[str]) -> list[tuple[int, int]]:
    """The lines under each match of ``heading``, up to the next heading of another kind
    (LIST_END) or LIST_REACH characters."""
    spans = []
    for m in heading.finditer(text):
        stop = LIST_END.search(text, m.end(), m.end() + LIST_REACH)
        spans.append((m.start(), stop.start() if stop else min(len(text), m.end() + LIST_REACH)))
    return spans


def other_people(category: str, text: str, end: int) -> bool:
    """The term names other people ("frontend engineers", "the marketing team"); a team
    named for its method works by it ("a cross-functional Scrum team", "Agile teams")."""
    after = PEOPLE_AFTER.match(text, end)
    if not after:
        # "the Sales, Marketing and Finance teams": a list of departments ends in the word
        listed = DEPARTMENT_LIST.match(text, end)
        after = PEOPLE_AFTER.match(text, listed.end()) if listed else None
    if not after:
        return False
    return category != METHOD_CATEGORY or not after.group().strip().casefold().startswith("team")


def among_perks(text: str, start: int, end: int) -> bool:
    """The clause around the term names PERKS_MIN benefits besides it. A cue that opens
    the boilerplate after the term ends the clause: in run-on text what comes before
    "Job benefits:" is the last requirement."""
    begin, finish = clause_bounds(text, start, end, CLAUSE_REACH)
    cue = BOILERPLATE_AHEAD.search(text, end, finish)
    finish = cue.start() if cue else finish
    perks = {
        m.group().casefold()
        for m in PERK_WORDS.finditer(text, begin, finish)
        if not (m.start() < end and start < m.end())
    }
    return len(perks) >= PERKS_MIN


def names_a_field(skill: Skill) -> bool:
    """A field of work named by a generic noun ("Data engineering", "Quality assurance"),
    not a product ("iOS") and not a trait of a person (soft skills)."""
    return skill.category != SOFT_CATEGORY and bool(FIELD_OF_WORK_NAME.search(skill.name))


def names_the_job(skill: Skill, text: str, end: int) -> bool:
    """A field of work followed by a job title noun ("Frontend Developer", "Quality
    Assurance Engineer"); soft skills describe the person sought ("a self-driven engineer")."""
    return names_a_field(skill) and bool(JOB_TITLE_AFTER.match(text, end))


def company_profile(text: str, start: int, end: int) -> bool:
    """The sentence around ``text[start:end]`` profiles the company and asks for nothing."""
    begin, finish = clause_bounds(text, start, end, CLAUSE_REACH)
    sentence = text[begin:finish]
    if not COMPANY_PROFILE.search(sentence):
        return False
    return not asks_for_something(sentence)


def application_step(text: str, start: int, end: int) -> bool:
    """The term follows, in the same clause, a word about the application itself
    (APPLICATION_STEPS). Only before it: in text whose full stops were lost, the word after
    may head the next paragraph ("... life cycle Interview Process: ...")."""
    begin = clause_bounds(text, start, end, CLAUSE_REACH)[0]
    return bool(APPLICATION_STEPS.search(text, begin, start))


def language_not_spoken(text: str, start: int, end: int) -> bool:
    """A language name as an adjective ("Danish universities") or as the language of the
    application ("submitted in English", "tell us (in Danish or English)")."""
    after = NEXT_WORD.match(text, end)
    if after and after.group(1).casefold() in LANGUAGE_AS_ADJECTIVE:
        return True
    if not IN_LANGUAGE_BEFORE.search(text, max(0, start - 40), start):
        return False
    return bool(APPLICATION_CUES.search(text, *clause_bounds(text, start, end, CLAUSE_REACH)))


def shouted(found: str, surface: str) -> bool:
    """Written in capitals although the skill's own spelling is not ("SALES", not "CRM")."""
    if not found.isupper() or surface.isupper():
        return False
    return sum(ch.isalpha() for ch in found) >= 4


_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \t]*$")


def after_lower_case_word(text: str, start: int) -> bool:
    """Written mid-sentence ("methods such as SAFE and SCRUM"): no heading, however shouted."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return bool(before) and before.group(1).islower()


def mostly_upper(text: str) -> bool:
    """A document typed in capitals throughout, where capitals mark nothing."""
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and sum(ch.isupper() for ch in letters) > 0.6 * len(letters)
