"""The O*NET / ESCO layer generator (scripts/build_taxonomy_layers.py) on small inline
samples: filtering, vendor and acronym variants, linking to curated skills, and that its
output passes the real taxonomy validator. No ../shared data is needed."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from collections import Counter
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
_SPEC = importlib.util.spec_from_file_location(
    "build_taxonomy_layers", ROOT / "scripts" / "build_taxonomy_layers.py"
)
gen = importlib.util.module_from_spec(_SPEC)
sys.modules["build_taxonomy_layers"] = gen
_SPEC.loader.exec_module(gen)

# English frequencies (Zipf) for the words these tests use, so wordfreq is not needed.
ZIPF = {
    "software": 5.0,
    "advanced": 5.0,
    "procurement": 4.0,
    "flow": 4.8,
    "data": 5.5,
    "guard": 4.5,
    "manufacturing": 4.5,
    "management": 5.0,
    "clinical": 4.5,
    "printing": 4.3,
    "nursing": 4.3,
    "java": 4.0,
    "excel": 3.7,
    "eric": 4.5,
    "forklift": 2.9,
    "arcgis": 1.5,
    "sharepoint": 2.6,
    "graphite": 3.3,
    "bookkeeping": 3.0,
    "python": 3.8,
    "radiation": 4.3,
    "finder": 3.2,
    "runner": 3.9,
    "sequencher": 0.0,
}
COMMON = frozenset({"the", "word", "access", "sales", "security", "excel", "go"})


@pytest.fixture
def judge() -> gen.WordJudge:
    return gen.WordJudge(COMMON | gen.package_common_words(), ZIPF)


CORE_YAML = """
version: "2026.11"
layer: core
skills:
  - {id: java, name: Java, category: language}
  - {id: python, name: Python, category: language, aliases: [python3]}
  - id: excel
    name: Microsoft Excel
    category: office
    aliases: [Excel]
    case_sensitive: [Excel]
  - {id: aws, name: AWS, category: cloud, aliases: [Amazon Web Services], case_sensitive: [AWS]}
  - {id: graphite, name: Graphite, category: monitoring, aliases: [graphite metrics]}
"""


@pytest.fixture
def core_dir(tmp_path: Path) -> Path:
    (tmp_path / "core").mkdir()
    (tmp_path / "core" / "sample.yaml").write_text(CORE_YAML, encoding="utf-8")
    shutil.copy(ROOT / "skills" / "categories.yaml", tmp_path / "categories.yaml")
    return tmp_path


# --------------------------------------------------------------------------- text helpers


def test_strip_software_and_parenthetical() -> None:
    assert gen.strip_software("ESRI ArcGIS software") == "ESRI ArcGIS"
    assert gen.strip_software("software") == "software"
    assert gen.strip_parenthetical("Python (computer programming)") == "Python"


def test_slug_spells_out_symbols_and_is_stable() -> None:
    assert gen.slug("C++") == "cpp"
    assert gen.slug("Microsoft Visual C# .NET") == "microsoft_visual_csharp_dotnet"
    assert gen.slug("Café Ödeme") == "cafe_odeme"
    assert gen.slug("Oracle Java") == gen.slug("Oracle Java")


def test_split_acronym_trailing_and_inner() -> None:
    assert gen.split_acronym("Amazon Web Services AWS") == ("Amazon Web Services", "AWS", "")
    assert gen.split_acronym("Amazon Web Services AWS CloudFormation") == (
        "Amazon Web Services CloudFormation",
        "AWS CloudFormation",
        "CloudFormation",
    )
    assert gen.split_acronym("Customer relationship management CRM") == (
        "Customer relationship management",
        "CRM",
        "",
    )
    assert gen.split_acronym("Adobe Acrobat") is None


def test_vendor_prefix_gives_residual_and_ms_form() -> None:
    labels = ["Microsoft SharePoint", "Microsoft Word", "Microsoft Visio", "Object oriented x"]
    vendors = gen.vendor_prefixes(labels)
    assert vendors[("Microsoft",)] == 3
    names = gen.onet_variants("Microsoft SharePoint", vendors)
    assert names.name == "Microsoft SharePoint"
    assert names.residual == "SharePoint"
    assert "MS SharePoint" in names.others
    # sentence case is a description, not vendor + product
    assert gen.onet_variants("Object oriented x", Counter({("Object",): 3})).residual == ""


# --------------------------------------------------------------------------- filtering


@pytest.mark.parametrize(
    "text",
    [
        "software",  # generic noun
        "management software",  # only generic words
        "ab",  # too short
        "manage staff to ensure safe and efficient operation",  # too long
        "the study of gems",  # starts with a determiner
        "security",  # common English word
        "Clinical",  # a capitalised English word alone
        "ERIC",  # an acronym that is also a first name
    ],
)
def test_judge_surface_drops_false_match_risks(text: str, judge: gen.WordJudge) -> None:
    assert gen.judge_surface(text, judge) is None


def test_judge_surface_keeps_skills_with_the_right_case_rule(judge: gen.WordJudge) -> None:
    assert gen.judge_surface("forklift operation", judge) == gen.Kept("forklift operation")
    assert gen.judge_surface("nursing", judge) == gen.Kept("nursing")
    assert gen.judge_surface("ArcGIS", judge) == gen.Kept("ArcGIS")
    assert gen.judge_surface("CRM", judge) == gen.Kept("CRM", case_sensitive=True)
    assert gen.judge_surface("  forklift   operation ", judge).text == "forklift operation"


def test_object_phrase_and_verbal_labels() -> None:
    assert gen.object_phrase("operate forklift") == "forklift"
    assert gen.object_phrase("perform forensic accounting") == "forensic accounting"
    assert gen.object_phrase("carry out market research") == "market research"
    assert gen.object_phrase("manage staff to ensure quality") is None
    verbs = frozenset({"operate", "manage", "unload"})
    assert gen.is_verbal("operating forklift", verbs)
    assert gen.is_verbal("unload cargo", verbs)
    assert not gen.is_verbal("nursing care", verbs)
    assert not gen.is_verbal("forklift operation", verbs)


def test_verb_set_comes_from_skill_labels() -> None:
    concepts = [gen.EscoConcept(f"operate thing {i}", [], "skill/competence") for i in range(5)]
    concepts.append(gen.EscoConcept("welding techniques", [], "knowledge"))
    verbs = gen.verb_set(concepts)
    assert "operate" in verbs and "welding" not in verbs


def test_close_to_requires_a_shared_word() -> None:
    assert gen.close_to("JavaScript 1.7", ["JavaScript"])
    assert not gen.close_to("Mocha", ["JavaScript"])


# --------------------------------------------------------------------------- building


def _onet(label: str, category: str = "tool") -> gen.OnetTech:
    return gen.OnetTech(label, category, False, 1)


def _judge_knowing(frequencies: dict[str, float]) -> gen.WordJudge:
    """The test judge, told how frequent some more English words are."""
    return gen.WordJudge(COMMON | gen.package_common_words(), ZIPF | frequencies)


def _onet_surfaces(
    builder: gen.Builder, techs: list[gen.OnetTech], judge: gen.WordJudge
) -> set[str]:
    """Every name, alias and exact-case surface the O*NET layer gets from ``techs``."""
    gen.build_onet(builder, techs, judge)
    doc = gen.layer_document(builder, "onet", "attribution")
    return {
        s
        for e in doc["skills"]
        for s in (e.get("name", ""), *e.get("aliases", []), *e.get("case_sensitive", []))
    }


def test_onet_links_to_curated_skills_instead_of_duplicating(
    core_dir: Path, judge: gen.WordJudge
) -> None:
    builder = gen.Builder(gen.load_core(core_dir))
    techs = [
        _onet("Oracle Java"),
        _onet("Oracle Database"),
        _onet("Oracle Forms"),
        _onet("Microsoft Excel"),
        _onet("Microsoft Word"),
        _onet("Microsoft SharePoint"),
        _onet("Amazon Web Services AWS software", "cloud"),
        _onet("ESRI ArcGIS software", "data"),
        _onet("ESRI ArcView"),
        _onet("ESRI ArcPad"),
    ]
    gen.build_onet(builder, techs, judge)
    doc = gen.layer_document(builder, "onet", "attribution")
    ids = {e["id"] for e in doc["skills"] if "id" in e}
    extends = {e["extends"]: e for e in doc["skills"] if "extends" in e}
    assert "java" in extends and "Oracle Java" in extends["java"]["aliases"]
    assert "MS Excel" in extends["excel"]["aliases"]
    assert not any("excel" in i or "java" in i for i in ids)
    assert not any("amazon" in i or "aws" in i for i in ids)  # all its names are curated
    assert "aws" not in extends  # nothing new to add
    arcgis = next(e for e in doc["skills"] if e.get("id") == "onet_esri_arcgis")
    assert arcgis["name"] == "ESRI ArcGIS" and arcgis["aliases"] == ["ArcGIS"]
    assert arcgis["category"] == "data"
    sharepoint = next(e for e in doc["skills"] if e.get("id") == "onet_microsoft_sharepoint")
    assert set(sharepoint["aliases"]) == {"MS SharePoint", "SharePoint"}


def test_a_vendor_product_named_by_an_everyday_word_keeps_no_bare_alias(
    core_dir: Path, judge: gen.WordJudge
) -> None:
    """ "Gene Finder" must not match every "finder"; "Gene Codes Sequencher" keeps its
    rare product word."""
    builder = gen.Builder(gen.load_core(core_dir))
    techs = [_onet("Gene Finder"), _onet("Gene Runner"), _onet("Gene Codes Sequencher")]
    gen.build_onet(builder, techs, judge)
    doc = gen.layer_document(builder, "onet", "attribution")
    surfaces = {
        a.casefold() for e in doc["skills"] for a in (e.get("name", ""), *e.get("aliases", []))
    }
    assert "gene finder" in surfaces and "finder" not in surfaces and "runner" not in surfaces
    assert "sequencher" in {w for s in surfaces for w in s.split()}


def test_esco_links_filters_and_splits_product_lists(core_dir: Path, judge: gen.WordJudge) -> None:
    builder = gen.Builder(gen.load_core(core_dir))
    concepts = [
        gen.EscoConcept("Python (computer programming)", ["Python 3K", "Mocha"], "knowledge"),
        gen.EscoConcept("graphite", ["carbon crystal"], "knowledge"),
        gen.EscoConcept("heat transfer processes", ["radiation", "heat transfer"], "knowledge"),
        gen.EscoConcept("bookkeeping regulations", ["bookkeeping rules"], "knowledge"),
        gen.EscoConcept("in-memory databases", ["TimesTen", "memory databases"], "knowledge"),
        gen.EscoConcept(
            "operate forklift", ["forklift operation", "operating forklift"], "skill/competence"
        ),
        gen.EscoConcept("manage staff", ["staff management"], "skill/competence"),
    ] + [gen.EscoConcept(f"operate thing {i}", [], "skill/competence") for i in range(5)]
    gen.build_esco(builder, sorted(concepts, key=lambda c: c.skill_type), judge)
    doc = gen.layer_document(builder, "esco", "attribution")
    by_name = {e["name"]: e for e in doc["skills"] if "id" in e}
    extends = {e["extends"]: e for e in doc["skills"] if "extends" in e}
    assert extends["python"]["aliases"] == ["Python 3K"]  # Mocha is an example, not Python
    assert "graphite" not in extends  # the mineral is not the metrics tool
    assert "carbon crystal" in by_name
    assert "radiation" not in str(doc)  # a broad one-word alternative label
    assert "TimesTen" in by_name  # a product ESCO lists under a concept: its own skill
    assert by_name["in-memory databases"]["aliases"] == ["memory databases"]
    forklift = by_name["forklift"]
    assert forklift["aliases"] == ["forklift operation"]
    assert "operating forklift" not in str(doc)
    assert by_name["staff management"]["id"] == "esco_staff_management"


def test_generated_output_passes_the_taxonomy_validator(
    core_dir: Path, judge: gen.WordJudge, tmp_path_factory: pytest.TempPathFactory
) -> None:
    from skillmatch.taxonomy import check_paths

    builder = gen.Builder(gen.load_core(core_dir))
    gen.build_onet(
        builder,
        [_onet("Oracle Java"), _onet("Oracle Forms"), _onet("Oracle Hyperion"), _onet("CRM CRM")],
        judge,
    )
    gen.build_esco(
        builder,
        [
            gen.EscoConcept("Java (computer programming)", ["Java SE"], "knowledge"),
            gen.EscoConcept("Oracle Hyperion", ["Hyperion"], "knowledge"),
            gen.EscoConcept("nursing", ["nursing science"], "knowledge"),
        ],
        judge,
    )
    out = core_dir / "generated"
    for layer in ("onet", "esco"):
        doc = gen.layer_document(builder, layer, f"{layer} attribution")
        gen.dump(doc, out / f"{layer}.yaml", "# test\n")
        again = yaml.safe_load((out / f"{layer}.yaml").read_text(encoding="utf-8"))
        assert again["layer"] == layer and again["attribution"] == f"{layer} attribution"
    taxonomy, problems = check_paths([core_dir])
    assert problems == []
    java = taxonomy.get("java")
    assert {"Oracle Java", "Java SE"} <= set(java.aliases)
    hyperion = taxonomy.lookup("Hyperion")
    assert hyperion is not None and hyperion.id.startswith("onet_")
    assert taxonomy.lookup("nursing science").id == "esco_nursing"


def test_output_is_deterministic(core_dir: Path, judge: gen.WordJudge) -> None:
    def run() -> str:
        builder = gen.Builder(gen.load_core(core_dir))
        gen.build_onet(builder, [_onet("Zeta Tool"), _onet("Alpha Tool"), _onet("ESRI X")], judge)
        return yaml.safe_dump(gen.layer_document(builder, "onet", "a"), sort_keys=False)

    first = run()
    assert first == run()
    assert first.index("Alpha") < first.index("Zeta")


def test_a_vendor_residual_that_names_a_business_function_is_no_alias(
    core_dir: Path, judge: gen.WordJudge
) -> None:
    """ "Oracle Advanced Procurement" must not read the job title "Advanced Procurement
    Engineer"; the full product name stays."""
    builder = gen.Builder(gen.load_core(core_dir))
    techs = [_onet("Oracle Advanced Procurement"), _onet("Oracle Flow Manufacturing")]
    techs.append(_onet("Oracle Data Guard"))  # a one-word vendor needs three names
    surfaces = _onet_surfaces(builder, techs, judge)
    assert "Oracle Advanced Procurement" in surfaces
    assert "Advanced Procurement" not in surfaces and "Flow Manufacturing" not in surfaces
    assert "Data Guard" in surfaces


def test_a_product_named_like_a_job_title_is_not_read_as_one(core_dir: Path) -> None:
    """O*NET lists "Restaurant Manager" and "Site Manager" as software; on a resume they
    are the job held. A major vendor's product keeps its full name ("IBM Content Manager")
    but not the bare job title as an alias; an acronym before the noun makes a product."""
    english = "restaurant real estate content director motion power tab editor agency applied"
    judge = _judge_knowing(dict.fromkeys(english.split(), 4.0) | {"manager": 4.5, "assistant": 4.0})
    labels = (
        "Restaurant Manager",
        "Real Estate Assistant (REA)",
        "IBM Content Manager",
        "IBM Director",
        "IBM Notes",  # a one-word vendor needs three names
        "NI Motion Assistant",
        "Applied Systems The Agency Manager",
        "Power Tab Editor",
    )
    builder = gen.Builder(gen.load_core(core_dir))
    surfaces = _onet_surfaces(builder, [_onet(x) for x in labels], judge)
    assert "Restaurant Manager" not in surfaces
    assert "Real Estate Assistant" not in surfaces and "REA" not in surfaces
    assert {"IBM Content Manager", "IBM Director", "NI Motion Assistant"} <= surfaces
    assert "Content Manager" not in surfaces
    assert {"Applied Systems The Agency Manager", "Power Tab Editor"} <= surfaces


def test_software_stays_in_a_name_that_dangles_or_names_a_thing(
    core_dir: Path, judge: gen.WordJudge
) -> None:
    """ "Engine diagnostic software" without "software" ends in an adjective; "Invoice
    software" without it would match every invoice. An activity keeps the short form."""
    assert gen.strip_software("Engine diagnostic software") == "Engine diagnostic software"
    assert gen.strip_software("Naturopathic Clinic software") == "Naturopathic Clinic"
    assert gen.strip_software("Fund accounting software") == "Fund accounting"
    judge = _judge_knowing({"invoice": 3.3, "scripting": 3.1})
    labels = ("Invoice", "Scripting", "Math educational", "Student record")
    builder = gen.Builder(gen.load_core(core_dir))
    gen.build_onet(builder, [_onet(f"{x} software") for x in labels], judge)
    doc = gen.layer_document(builder, "onet", "attribution")
    names = {e.get("name") for e in doc["skills"]}
    assert {"Invoice software", "Scripting", "Math educational software"} <= names
    assert "Student record software" in names and "Student record" not in names
    assert "Invoice" not in names and "Math educational" not in names


def test_the_kinds_esco_lists_under_a_class_are_not_its_names(
    core_dir: Path, judge: gen.WordJudge
) -> None:
    """ "manufacturing plant equipment" (with "types of ...") lists mixers and pumps: kinds,
    not synonyms. Its initials and a respelling of its name stay."""
    builder = gen.Builder(gen.load_core(core_dir))
    concepts = [
        gen.EscoConcept(
            "manufacturing plant equipment",
            ["types of manufacturing plant equipment", "mixers", "pumps", "plant equipment"],
            "knowledge",
        ),
        gen.EscoConcept(
            "micro-electro-mechanical systems",
            ["typology of MEMS", "MEMS", "microelectromechanics"],
            "knowledge",
        ),
        gen.EscoConcept("agritourism", ["types of agritourism", "agrotourism"], "knowledge"),
        gen.EscoConcept("pumping stations", ["pumps"], "knowledge"),  # no "types of"
    ]
    gen.build_esco(builder, concepts, judge)
    doc = gen.layer_document(builder, "esco", "attribution")
    by_name = {e["name"]: e for e in doc["skills"] if "id" in e}
    plant = by_name["manufacturing plant equipment"]
    assert "mixers" not in plant["aliases"] and "plant equipment" in plant["aliases"]
    assert "MEMS" in by_name["micro-electro-mechanical systems"]["aliases"]
    assert "agrotourism" in by_name["agritourism"]["aliases"]
    assert "pumps" in by_name["pumping stations"]["aliases"]
