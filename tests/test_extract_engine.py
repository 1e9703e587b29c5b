"""The extraction engine on a small fixed taxonomy: tokens, overlaps, context, sections, NER."""

from __future__ import annotations

import pytest

from skillmatch.spelling import american
from skillmatch.tokens import plural_of, singulars, surface_key, tokenize, versionless


def ids(extractor, text):
    return [m.skill_id for m in extractor.extract_text(text).mentions]


@pytest.mark.parametrize(
    "text, expected, forbidden",
    [
        ("C++, C#, .NET and Node.js", {"cpp", "csharp", "dotnet", "nodejs"}, set()),
        ("C#/.NET developer", {"csharp", "dotnet"}, set()),
        ("Java/Kotlin services", {"java"}, set()),
        ("CI/CD pipelines", {"ci_cd"}, set()),
        ("Postgres and k8s", {"postgresql", "kubernetes"}, set()),
        ("Objective-C and Swift for iOS", {"objective_c", "swift"}, {"c"}),
        ("ASP.NET Core", set(), {"dotnet"}),
        ("Node. js", set(), {"nodejs", "javascript"}),
        ("Spring Boot and Spring", {"spring_boot", "spring"}, set()),
        # a hyphen glued between words reads as a space, both ways
        ("spring-boot services", {"spring_boot"}, {"spring"}),
        ("continuous-integration pipelines", {"ci_cd"}, set()),
        ("Objective C for iOS", {"objective_c"}, {"c"}),
        # ... but not a spaced dash, a leading minus, or a hyphen after a symbol
        ("Spring - Boot", {"spring"}, {"spring_boot"}),
        # the last word of a multi-word surface may be its regular plural ...
        ("Spring Boots everywhere", {"spring_boot"}, set()),
        ("written communications to clients", {"communication"}, set()),
        # ... a single word may not, nor a case-sensitive surface
        ("Pythons in the zoo", set(), {"python"}),
        ("Excels, Gos", set(), {"excel", "go"}),
        # a release number glued to a one-word name
        ("Java8 and Python3.8 services", {"java", "python"}, set()),
        ("Go1 and C99", set(), {"go", "c"}),  # names under three letters: no
        # typographic apostrophes and invisible separators read as plain text
        ("Bachelor\u2019s degree in physics", {"bachelors_degree"}, set()),
        ("\u200bBachelor's degree and\u200bPython", {"bachelors_degree", "python"}, set()),
    ],
)
def test_special_tokens_and_overlaps(mini_extractor, text, expected, forbidden):
    found = set(ids(mini_extractor, text))
    assert expected <= found
    assert not (forbidden & found)


@pytest.mark.parametrize(
    "text, skill, accepted",
    [
        ("Go, Rust and Python", "go", True),
        ("Go, grow and learn Python", "go", False),  # the next list item is no skill
        ("backend services in Go", "go", True),
        ("a go to market plan", "go", False),
        ("Go-getter attitude with Python", "go", False),
        ("We Go fast", "go", False),
        ("R and SAS for statistical modelling", "r", True),
        ("R&D department, Python", "r", False),
        ("John R. Smith, statistical modelling in SAS", "r", False),  # a middle initial
        ("Statistics in SAS and R. Python for the rest", "r", True),
        ("C, C++ and Java", "c", True),
        ("Grade C student", "c", False),
        ("Swift delivery of parcels", "swift", False),
        ("apps in Swift with Xcode", "swift", True),
        ("I excel at teamwork", "excel", False),
        ("Excel at the heart of reporting", "excel", False),
        ("Excel pivot tables and VLOOKUP", "excel", True),
        ("spring semester", "spring", False),
    ],
)
def test_ambiguous_names_decided_by_context(mini_extractor, text, skill, accepted):
    mentions = [m for m in mini_extractor.extract_text(text).mentions if m.skill_id == skill]
    assert bool(mentions) is accepted
    if accepted:
        assert mentions[0].reason  # the reason is kept for --explain


def test_skills_section_accepts_bare_ambiguous_name(mini_extractor):
    text = "Summary\nBuilt things.\n\nSkills\nGo\n"
    mentions = mini_extractor.extract_text(text).mentions
    assert [(m.skill_id, m.section, m.reason) for m in mentions] == [
        ("go", "skills", "in the Skills section")
    ]


def test_mentions_carry_offsets_lines_sections_and_confidence(mini_extractor):
    text = "Skills\nPython, Postgres\n\nExperience\nBuilt APIs in Python.\n"
    extraction = mini_extractor.extract_text(text)
    for mention in extraction.mentions:
        assert text[mention.start : mention.end] == mention.text
    python = next(h for h in extraction.skills if h.skill_id == "python")
    assert [(m.line, m.section) for m in python.mentions] == [(2, "skills"), (5, "experience")]
    in_list, in_prose = python.mentions
    assert in_list.confidence > in_prose.confidence
    alias = next(m for m in extraction.mentions if m.skill_id == "postgresql")
    assert alias.method == "alias" and alias.name == "PostgreSQL"


def test_stop_words_are_not_dropped(mini_extractor):
    # "go" is a spaCy stop word; the capitalised language still counts in a list.
    assert "go" in ids(mini_extractor, "Languages: Java, Go, Python")


@pytest.mark.parametrize(
    "word, plural, expected",
    [
        ("database", "databases", True),
        ("process", "processes", True),
        ("approach", "approaches", True),
        ("technology", "technologies", True),
        ("api", "apis", True),
        ("key", "keys", True),
        ("test", "testes", False),
        ("technology", "technologys", False),
        ("c", "cs", False),
        ("v8", "v8s", False),
    ],
)
def test_plural_of_is_the_regular_english_plural(word, plural, expected):
    assert plural_of(word, plural) is expected
    assert (word in singulars(plural)) is expected


@pytest.mark.parametrize(
    "word, name",
    [
        ("java8", "java"),
        ("oracle11g", "oracle"),
        ("ios14", "ios"),
        ("c99", ""),
        ("java", ""),
        ("log4j2", ""),
        ("2019", ""),
    ],
)
def test_versionless_reads_a_glued_release_number(word, name):
    assert versionless(word) == name


@pytest.mark.parametrize(
    "british, american_form",
    [
        ("optimisation", "optimization"),
        ("visualisations", "visualizations"),
        ("modelling", "modeling"),
        ("behaviour", "behavior"),
        ("centre", "center"),
        ("programme", "program"),
        ("paediatric", "pediatric"),
        ("analyse", "analyze"),
        # words that only look British keep their spelling
        ("enterprise", "enterprise"),
        ("expertise", "expertise"),
        ("hour", "hour"),
    ],
)
def test_american_spelling(british, american_form):
    assert american(british) == american_form


def test_surface_key_reads_british_spelling_as_american():
    assert surface_key("Data Visualisation")[0] == surface_key("data visualization")[0]


def test_tokenizer_keeps_offsets_and_spacing():
    tokens = tokenize("C++ and Node.js")
    assert [t.text for t in tokens] == ["C", "+", "+", "and", "Node", ".", "js"]
    assert [t.space_before for t in tokens] == [True, False, False, True, True, False, False]
    assert surface_key("Node.js") == (("node", ".", "js"), (False, False))


class FakeNER:
    """Stands in for the statistical model: proposes fixed spans."""

    def __init__(self, words):
        self.words = words

    def spans(self, text):
        out = []
        for word in self.words:
            at = text.find(word)
            if at >= 0:
                out.append((at, at + len(word), 0.9))
        return out


def test_ner_spans_resolved_fuzzily_or_reported_unlisted(mini_taxonomy):
    from skillmatch.extract import Extractor

    extractor = Extractor.create(
        taxonomy=mini_taxonomy, ner=FakeNER(["Zorblax", "Postgress", "Python"])
    )
    extraction = extractor.extract_text("Skills: Python, Zorblax, Postgress")
    by_name = {h.name: h for h in extraction.skills}
    assert by_name["Python"].origin == "taxonomy"
    assert by_name["Python"].mentions[0].method == "name"  # the rule layer won the overlap
    assert by_name["zorblax"].origin == "ner" and by_name["zorblax"].skill_id is None
    fuzzy = by_name["PostgreSQL"].mentions[0]
    assert fuzzy.method == "fuzzy" and fuzzy.text == "Postgress"


def test_ner_spans_in_a_benefits_list_are_dropped(mini_taxonomy):
    from skillmatch.extract import Extractor

    extractor = Extractor.create(taxonomy=mini_taxonomy, ner=FakeNER(["Zorblax", "Quuxcraft"]))
    ad = "You will join our team; your manager and you plan your work.\n"  # reads as a job ad
    text = ad + "Requirements\nZorblax experience\nJob benefits:\nFree Quuxcraft classes\n"
    assert {h.name for h in extractor.extract_text(text).skills} == {"zorblax"}
    text = ad + "Company description:\nAcme leads the Quuxcraft market.\nRequirements\nZorblax\n"
    assert {h.name for h in extractor.extract_text(text).skills} == {"zorblax"}


def test_ner_does_not_repropose_a_name_the_rules_refused(mini_taxonomy):
    from skillmatch.extract import Extractor

    # "Databases" labels the list; the NER's span over it is the same label
    extractor = Extractor.create(taxonomy=mini_taxonomy, ner=FakeNER(["Databases", "Zorblax"]))
    hits = extractor.extract_text("Databases: PostgreSQL, MySQL, Zorblax").skills
    assert {h.skill_id for h in hits} == {"postgresql", "mysql", None}


def test_unknown_document_kind_is_an_error(mini_extractor):
    with pytest.raises(ValueError, match="letter"):
        mini_extractor.extract_text("Python", kind="letter")


def test_extractor_without_ner_has_no_unlisted(mini_extractor):
    extraction = mini_extractor.extract_text("Skills: Zorblax")
    assert extraction.skills == ()


def test_links_and_emails_are_not_skills(mini_extractor):
    text = "Contact: jo@python.org · https://example.com/java · github.com/go-java\nSkills: Java"
    mentions = mini_extractor.extract_text(text).mentions
    assert [(m.skill_id, m.line) for m in mentions] == [("java", 2)]


def test_list_rule_needs_a_whole_list_item(mini_extractor):
    # "Go" after a comma but followed by more prose is not an item of a list.
    assert "go" not in ids(mini_extractor, "Built it in Java, Go faster next time")
    assert "go" in ids(mini_extractor, "Built it in Java, Go.")


@pytest.mark.parametrize(
    "text, evidence",
    [
        ("Python3.11 services", "Python3.11"),  # a glued release, with its minor number
        ("Java8.1.2 and more", "Java8.1.2"),
        ("python3. Then Java", "python3"),  # a full stop ends the sentence, not a release
        ("Java 8. Then", "Java"),  # "8" is no part of a surface here
    ],
)
def test_evidence_keeps_the_whole_release_number(mini_extractor, text, evidence):
    mention = mini_extractor.extract_text(text).mentions[0]
    assert text[mention.start : mention.end] == mention.text == evidence


def test_glued_hyphen_mentions_keep_the_document_text(mini_extractor):
    text = "Built spring-boot apps"
    mention = next(m for m in mini_extractor.extract_text(text).mentions)
    assert mention.skill_id == "spring_boot"
    assert text[mention.start : mention.end] == mention.text == "spring-boot"


@pytest.mark.parametrize(
    "text, kept",
    [
        ("Strong written communication with clients.", {"communication"}),
        (
            "We are an equal opportunity employer and value written communication and Python.",
            {"python"},
        ),
        ("We offer written communication coaching. You write Python.", {"python"}),
        ("Perks: written communication coaching\n\nSkills\nPython\n", {"python"}),
        ("Our mission is written communication and open source.", set()),
        ("Our recruitment process tests written communication.", set()),
        ("Job benefits: written communication coaching", set()),
        # a cue that opens the boilerplate leaves what comes before it (lost line breaks)
        ("Good written communication Job benefits: free parking", {"communication"}),
        ("Written communication matters We offer free parking", {"communication"}),
        # the company's own voice, unless it asks for something
        ("We are a small team that loves written communication and Python.", {"python"}),
        ("We are looking for written communication skills.", {"communication"}),
        ("Our ideal candidate has written communication skills.", {"communication"}),
    ],
)
def test_boilerplate_and_benefits_drop_non_technical_terms(mini_extractor, text, kept):
    assert set(ids(mini_extractor, text)) == kept


@pytest.mark.parametrize(
    "text, skill, kept",
    [
        ("Fluent in English, written and spoken.", "english", True),
        ("Good English skills, written and spoken.", "english", True),
        # the language an application is written in
        ("Applications must be written in English and include a CV.", "english", False),
        ("Send your CV, written in English, to the address below.", "english", False),
        # a language name as an adjective
        ("A translation of your grades to the Danish grading system.", "danish", False),
        ("Fluent Danish and English required.", "danish", True),
        # a department, a partner role, a social link, an institution's name
        ("Experience in B2B marketing and sales.", "marketing", True),
        ("You will work closely with the marketing team.", "marketing", False),
        ("Ask our HR business partner about it.", "human_resources", False),
        ("Follow us on Instagram and Facebook.", "instagram", False),
        ("Grew our Instagram audience to 50k followers.", "instagram", True),
        ("Department of Neuroscience and Pharmacology, Aarhus", "pharmacology", False),
        ("Knowledge of clinical pharmacology is required.", "pharmacology", True),
    ],
)
def test_terms_that_name_no_claim(shipped_extractor, text, skill, kept):
    assert (skill in ids(shipped_extractor, text)) is kept


def test_a_described_culture_claims_no_soft_skill(mini_extractor):
    text = "The engineering culture is built on written communication and Python."
    assert set(ids(mini_extractor, text)) == {"python"}
    assert "communication" in ids(mini_extractor, "Good written communication and Python.")


@pytest.mark.parametrize(
    "text, kept",
    [
        # a non-technical term in capitals is a heading run into the text ...
        ("Jane Doe WRITTEN COMMUNICATION Led workshops in Python", {"python"}),
        # ... a technical one is still a skill, and an all-capitals document reads as usual
        ("JAVA, PYTHON and written communication", {"java", "python", "communication"}),
        ("JANE DOE. SKILLS: WRITTEN COMMUNICATION, PYTHON", {"python", "communication"}),
    ],
)
def test_capitals_mark_headings_of_non_technical_terms(mini_extractor, text, kept):
    assert set(ids(mini_extractor, text)) == kept


@pytest.mark.parametrize(
    "text, found",
    [
        ("BSc or equivalent experience required.", True),
        # an education entry (institution and year) even without an Education heading
        ("Jane Doe Python developer BSc, Pune University, 2012 Worked at Acme", False),
        ("2008 - 2012 Riverside College BSc in physics", False),
    ],
)
def test_a_held_degree_is_education_not_a_skill(mini_extractor, text, found):
    assert ("bachelors_degree" in ids(mini_extractor, text)) is found
