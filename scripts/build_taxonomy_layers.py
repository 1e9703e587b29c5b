"""Generate the wide taxonomy layers ``skills/generated/onet.yaml`` and ``esco.yaml``.

The curated core (``skills/core``) is deep but narrow; these layers add the long tail
of named tools (O*NET 29.2 "Technology Skills") and of occupational skills and
knowledge (ESCO 1.1.1), so non-tech resumes (nursing, accounting, logistics, sales,
construction, hospitality) are seen too. Labels that would produce false matches are
dropped (single common words, generic nouns, very long phrases, verb phrases); labels
that are the same thing as a curated skill become ``extends:`` entries that add
aliases to it instead of a duplicate skill.

Usage (from the repo root; reads ``../shared/data`` by default)::

    python scripts/build_taxonomy_layers.py [--data DIR] [--skills DIR]

Output is sorted and deterministic: the same data and core give the same bytes.
Single words are judged with ``wordfreq`` (Zipf frequency, pip install wordfreq;
used by this script only) plus the package's own common-word list.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from skillmatch.taxonomy import matching_key  # noqa: E402 - how the matcher compares

DEFAULT_DATA = ROOT.parent / "shared" / "data"
VERSION = "2026.11"

ONET_ATTRIBUTION = (
    "This product includes information from O*NET 29.2 Database by the U.S. Department of "
    "Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 "
    "license. O*NET(R) is a trademark of USDOL/ETA. Modified by skillmatch: only the "
    "technology names (Example column) and their commodity titles (as categories) are used; "
    "'software' suffixes, vendor prefixes and acronym duplicates were split into aliases, "
    "generic and common-word names were dropped, and names were linked to curated skills. "
    "USDOL/ETA has not approved, endorsed, or tested these modifications."
)
ESCO_ATTRIBUTION = (
    "(c) European Union, ESCO, CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). "
    "ESCO (European Skills, Competences, Qualifications and Occupations) classification "
    "v1.1.1, (c) European Union 2017-2024, https://esco.ec.europa.eu/, obtained via the "
    "Tabiya open dataset. Modified by skillmatch: only English preferred and alternative "
    "labels are used; verb phrases, long phrases, single common words and generic labels "
    "were dropped; the objects of 'operate/use/perform ...' skills were kept as noun "
    "phrases; parenthetical qualifiers were removed; product names listed as alternative "
    "labels became skills of their own; categories were assigned by keyword; labels were "
    "linked to curated skills. The European Commission is not responsible for this "
    "adaptation."
)

MAX_WORDS = 5  # longer phrases practically never recur verbatim in a resume
MAX_ESCO_SKILL_WORDS = 4  # noun phrases from skill/competence concepts: stricter
COMMON_ZIPF = 4.6  # a single word at least this frequent in English is too ambiguous
CASE_ZIPF = 3.3  # a capitalised single word this frequent keeps its casing (Premiere)
ALT_ZIPF = 3.5  # a one-word ESCO alternative label more frequent than this is too broad
NAME_ZIPF = 4.25  # an all-caps short token this frequent reads as a word or a name
FIELD_ZIPF = 3.8  # "evaluation", "documentation" alone are too generic to be a skill
ENGLISH_ZIPF = 3.5  # every word of a Title Case name this frequent: an English phrase
RARE_ZIPF = 2.5  # a single word this rare in English is a name, not a concept
# Vendors whose product names are also used without the vendor ("Oracle Java" is Java).
MAJOR_VENDORS = frozenset(
    "microsoft oracle apple google amazon aws adobe ibm apache sap autodesk atlassian "
    "salesforce intuit cisco vmware red hat hp hewlett-packard".split()
)
MIN_CHARS = 3

# Words that on their own (or only together) name no skill.
GENERIC = frozenset(
    """
    software program programs programme application applications app apps system systems tool
    tools technology technologies solution solutions suite platform platforms service services
    online management manager data database analysis professional enterprise cloud server
    studio pro plus office business basic standard edition version module modules package
    packages utility utilities product products interface network web internet computer
    computers digital electronic information center centre series toolkit toolbox kit library
    framework engine console portal desktop mobile client manager express lite light premium
    ultimate advanced general principles techniques methods types procedures processes process
    practice practices theory concepts operations equipment machine machines devices device
    materials products standards regulations legislation workflow directory scheduling
    """.split()
)
# Tokens that end an organisation name rather than start a product name.
ORG_WORDS = frozenset(
    """
    software systems system technologies technology inc corporation corp group international
    labs lab solutions associates company co ltd llc gmbh consulting research sciences
    """.split()
)
DETERMINERS = frozenset("a an the some any own one's your their his her its our".split())
STOP_FIRST = frozenset(
    "ability able competent knowledge understanding capacity skills skill of and or with for to in"
    " on by at as".split()
)
# ESCO skill/competence verbs whose object is itself a nameable skill (operate forklift).
OBJECT_VERBS = frozenset(
    "operate use perform apply provide conduct practise practice tend utilise utilize "
    "undertake execute administer carry".split()
)
# -ing words that are fields or trades, not verb forms, at the start of a label.
NOUN_GERUNDS = frozenset(
    """
    nursing accounting marketing bookkeeping engineering programming planning budgeting welding
    plumbing manufacturing cooking banking catering farming fishing mining printing packaging
    shipping auditing machining forging landscaping bricklaying carpentry tailoring brewing
    baking butchering roofing plastering tiling painting glazing scaffolding surveying
    engraving soldering wiring modelling modeling rendering scripting testing networking
    computing processing recruiting recruitment merchandising invoicing payroll billing
    sewing knitting weaving embroidery hairdressing lifeguarding tutoring coaching counselling
    counseling nursing caregiving housekeeping bartending waitressing cleaning dispatching
    warehousing trucking forwarding purchasing procurement sourcing lending underwriting
    pricing costing forecasting reporting budgeting fundraising advertising publishing
    broadcasting editing proofreading translating interpreting copywriting blogging
    storytelling drafting estimating inspecting
    """.split()
)

# O*NET commodity titles -> categories.yaml
COMMODITY_CATEGORY = {
    "Analytical or scientific software": "science",
    "Data base user interface and query software": "database",
    "Data base management system software": "database",
    "Object oriented data base management software": "database",
    "Metadata management software": "database",
    "Medical software": "healthcare",
    "Word processing software": "office",
    "Spreadsheet software": "office",
    "Office suite software": "office",
    "Presentation software": "office",
    "Electronic mail software": "office",
    "Calendar and scheduling software": "office",
    "Desktop communications software": "office",
    "Instant messaging software": "office",
    "Video conferencing software": "office",
    "Network conferencing software": "office",
    "Spell checkers": "office",
    "Dictionary software": "office",
    "Fax software": "office",
    "Document management software": "office",
    "Cloud-based data access and sharing software": "office",
    "Content workflow software": "office",
    "Optical character reader OCR or scanning software": "office",
    "Label making software": "office",
    "Enterprise resource planning ERP software": "finance",
    "Accounting software": "finance",
    "Financial analysis software": "finance",
    "Tax preparation software": "finance",
    "Time accounting software": "finance",
    "Risk management data and analysis software": "finance",
    "Audit software": "finance",
    "Development environment software": "tool",
    "Object or component oriented development software": "language",
    "Compiler and decompiler software": "tool",
    "Graphical user interface development software": "tool",
    "Program testing software": "testing",
    "Configuration management software": "devops",
    "File versioning software": "tool",
    "Computer aided design CAD software": "engineering",
    "Computer aided manufacturing CAM software": "manufacturing",
    "Computer aided design CAD and computer aided manufacturing CAM system": "engineering",
    "Pattern design software": "design",
    "Operating system software": "os",
    "Network operating system enhancement software": "os",
    "Network operation system software": "os",
    "Filesystem software": "os",
    "Device drivers or system software": "os",
    "Web platform development software": "web",
    "Web page creation and editing software": "web",
    "Internet browser software": "tool",
    "Graphics or photo imaging software": "design",
    "Video creation and editing software": "design",
    "Music or sound editing software": "design",
    "Desktop publishing software": "design",
    "Computer imaging software": "design",
    "Charting software": "data",
    "Map creation software": "data",
    "Geographic information system": "data",
    "Project management software": "business",
    "Process mapping and design software": "business",
    "Procedure management software": "business",
    "Facilities management software": "business",
    "Customer relationship management CRM software": "business",
    "Sales and marketing software": "business",
    "Helpdesk or call center software": "business",
    "Contact center software": "business",
    "Interactive voice response software": "business",
    "Human resources software": "business",
    "Point of sale POS software": "business",
    "Computer based training software": "education",
    "Multi-media educational software": "education",
    "Foreign language software": "education",
    "Library software": "education",
    "Industrial control software": "manufacturing",
    "Manufacturing execution system MES software": "manufacturing",
    "Bar coding software": "logistics",
    "Flight control software": "engineering",
    "Aviation ground support software": "logistics",
    "Materials requirements planning logistics and supply chain software": "logistics",
    "Inventory management software": "logistics",
    "Route navigation software": "logistics",
    "Mailing and shipping software": "logistics",
    "Procurement software": "logistics",
    "Business intelligence and data analysis software": "data",
    "Data base reporting software": "data",
    "Data mining software": "data",
    "Information retrieval or search software": "data",
    "Categorization or classification software": "data",
    "Data conversion software": "data",
    "Expert system software": "ml",
    "Voice recognition software": "ml",
    "Text to speech conversion software": "ml",
    "Voice synthesizer and recognition software": "ml",
    "Network monitoring software": "monitoring",
    "Network security and virtual private network VPN equipment software": "security",
    "Network security or virtual private network VPN management software": "security",
    "Transaction security and virus protection software": "security",
    "Authentication server software": "security",
    "Cloud-based protection or security software": "security",
    "Compliance software": "legal",
    "Legal management software": "legal",
    "Cloud-based management software": "cloud",
    "Enterprise application integration software": "devops",
    "Application server software": "devops",
    "Transaction server software": "devops",
    "Portal server software": "web",
    "Communications server software": "networking",
    "Enterprise system management software": "devops",
    "Administration software": "os",
    "Backup or archival software": "os",
    "Storage networking software": "os",
    "Clustering software": "devops",
    "Switch or router software": "networking",
    "WAN switching software and firmware": "networking",
    "LAN software": "networking",
    "Internet protocol IP multimedia subsystem software": "networking",
    "Internet directory services software": "networking",
    "Platform interconnectivity software": "networking",
    "Network connectivity terminal emulation software": "networking",
    "Wireless software": "networking",
    "Gateway software": "networking",
    "Bridge software": "networking",
    "Optical network management software": "networking",
    "Software defined networking/ virtualization software": "networking",
    "Mobile location based services software": "mobile",
    "Mobile messaging service software": "mobile",
    "Mobile operator specific application software": "mobile",
    "Graphics card driver software": "hardware",
    "Printer driver software": "hardware",
    "Storage media loading software": "hardware",
    "Requirements analysis and system architecture software": "tool",
    "Data compression software": "tool",
    "License management software": "tool",
    "Access software": "tool",
}

# ESCO has no category column here: keyword hints, first match wins.
ESCO_HINTS: tuple[tuple[str, str], ...] = (
    (
        r"\b(ict|software|programming|computer programming|databases?|web|internet|"
        r"cyber\w*|computer|algorithms?|operating systems?|cloud)\b",
        "tool",
    ),
    (
        r"\b(nurs\w*|patients?|medic\w*|clinic\w*|health\w*|therap\w*|diseases?|surg\w*|"
        r"pharma\w*|dental|dentist\w*|anatom\w*|physiolog\w*|patholog\w*|midwi\w*|"
        r"paediatric\w*|pediatric\w*|radiolog\w*|psychiatr\w*|disorders?|hygiene|first aid|"
        r"wound\w*|vaccin\w*|care plans?|caregiv\w*|elderly|disabilit\w*|rehabilitat\w*|"
        r"veterinar\w*|optometr\w*|obstetr\w*|oncolog\w*|cardi\w*|injur\w*|infection\w*|"
        r"blood|birth|childbirth|pregnan\w*|fetal|foetal|screening|autism|neuro\w*|"
        r"prosthe\w*|orthot\w*|counsel\w*|mental|psycholog\w*|drugs?)\b",
        "healthcare",
    ),
    (
        r"\b(account\w*|bookkeep\w*|tax\w*|financ\w*|audit\w*|budget\w*|bank\w*|"
        r"insurance|payroll|invoic\w*|ledger\w*|credit|loans?|mortgage\w*|securities|"
        r"actuar\w*|investment\w*|investor\w*|fiscal|treasury|cash|debt\w*|pension\w*|"
        r"stock exchange|trading)\b",
        "finance",
    ),
    (
        r"\b(logistic\w*|warehous\w*|cargo|shipping|freight|supply chain|inventor\w*|"
        r"forklift\w*|transport\w*|shipment\w*|stock control|dispatch\w*|pallet\w*|"
        r"customs|courier|delivery|deliveries|fleet|port operations|rail\w*|trucks?|"
        r"lorr\w*|aviation|aircraft|airport\w*|vessels?|maritime|ships?|navigation)\b",
        "logistics",
    ),
    (
        r"\b(construction|building\w*|concrete|masonry|scaffold\w*|plumb\w*|carpent\w*|"
        r"roof\w*|brick\w*|plaster\w*|tiling|tiles?|demolition|excavat\w*|insulation|"
        r"drywall|joinery|glazing|pipelines?|civil engineering|road works?|cranes?)\b",
        "construction",
    ),
    (
        r"\b(food|beverages?|hotels?|kitchens?|cook\w*|restaurants?|wines?|hospitality|"
        r"cater\w*|housekeeping|\w*touris\w*|culinary|bar|bartend\w*|chef|pastry|bakery|"
        r"baking|menus?|guests?|travel|accommodation|cocktails?|coffee|meat|dishes)\b",
        "hospitality",
    ),
    (
        r"\b(sales|sell\w*|marketing|customers?|retail|advertis\w*|merchandis\w*|"
        r"negotiat\w*|business|procurement|purchasing|public relations|branding|"
        r"e-commerce|ecommerce|market research|human resources|recruit\w*|"
        r"entrepreneur\w*|management|commerc\w*|trade|franchis\w*)\b",
        "business",
    ),
    (
        r"\b(law|laws|legal|legislation|contracts?|regulat\w*|court\w*|litigat\w*|"
        r"intellectual property|compliance|criminal|police|justice|rights)\b",
        "legal",
    ),
    (
        r"\b(teach\w*|pedagog\w*|educat\w*|curricul\w*|students?|learners?|school\w*|"
        r"tutor\w*|didactic\w*|classroom)\b",
        "education",
    ),
    (
        r"\b(weld\w*|machin\w*|manufactur\w*|assembly|production|textiles?|garments?|"
        r"footwear|leather|metal\w*|casting|forging|moulding|molding|plastics?|rubber|"
        r"furniture|printing|packaging|wood\w*|paper|glass|ceramic\w*|industrial)\b",
        "manufacturing",
    ),
    (
        r"\b(electric\w*|electronic\w*|mechanic\w*|engineering|hydraulic\w*|pneumatic\w*|"
        r"cad|automation|robotic\w*|engines?|thermodynamic\w*|circuits?|power plants?|"
        r"energy|vehicles?|automotive)\b",
        "engineering",
    ),
    (
        r"\b(design\w*|graphic\w*|photograph\w*|video|animation|illustrat\w*|drawing|"
        r"fashion|art|arts|music\w*|film|typograph\w*)\b",
        "design",
    ),
    (
        r"\b(chemi\w*|biolog\w*|physics|mathemat\w*|statistic\w*|geolog\w*|scien\w*|"
        r"ecolog\w*|botan\w*|zoolog\w*|astronom\w*|laborator\w*|genetic\w*|"
        r"microbiolog\w*|agricultur\w*|crops?|soil|forestry|animals?|plants?|fish\w*|"
        r"farm\w*|irrigat\w*|livestock|horses?|shellfish|aquacultur\w*|meteorolog\w*|"
        r"satellites?|environmental|biodiversity|pests?|weeds?|grain|harvest\w*)\b",
        "science",
    ),
    (r"\b(security|safety|surveillance|firefight\w*|emergenc\w*)\b", "security"),
)
_ESCO_HINTS = tuple((re.compile(p, re.IGNORECASE), c) for p, c in ESCO_HINTS)


# --------------------------------------------------------------------------- text helpers


def clean(text: str) -> str:
    """Collapse white space and strip stray quotes; the surface as it will be stored."""
    text = unicodedata.normalize("NFKC", text)
    return " ".join(text.replace("\u00a0", " ").split()).strip(" \"'`,;:")


def norm(text: str) -> str:
    """Case-folded, white space collapsed, a hyphen between words as a space, British
    spelling as American: two labels the matcher cannot tell apart are one surface
    ("call-centre operations" is "call center operations")."""
    return matching_key(text)


def loose(text: str) -> str:
    """A looser key to recognise the same name spelled differently (Node.js / NodeJS,
    PostgreSQL databases / postgresql database)."""
    key = re.sub(r"[^a-z0-9+#]", "", norm(text))
    if len(key) > 4 and key.endswith("s") and not key.endswith("ss"):
        key = key[:-1]
    return key


def slug(text: str) -> str:
    """Id part from a label: ascii, lowercase, symbols spelled out, words joined by _."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = text.casefold()
    text = text.replace("c++", "cpp").replace("c#", "csharp").replace("f#", "fsharp")
    text = text.replace("++", "pp").replace("#", "sharp").replace("&", " and ")
    text = text.replace("+", " plus ")
    text = re.sub(r"(^|\s)\.net\b", r"\1dotnet", text)
    text = re.sub(r"[^a-z0-9]+", "_", text).strip("_")
    return text[:60].rstrip("_") or "x"


def words(text: str) -> list[str]:
    return text.split()


def is_acronym(token: str) -> bool:
    letters = re.sub(r"[^A-Za-z]", "", token)
    return len(letters) >= 2 and letters.isupper()


class WordJudge:
    """Decides whether a single word (or symbol-laden short name) is too ambiguous."""

    def __init__(self, common: frozenset[str], zipf: dict[str, float] | None = None) -> None:
        self.common = common
        self._zipf = zipf

    def frequency(self, word: str) -> float:
        if self._zipf is not None:
            return self._zipf.get(word.casefold(), 0.0)
        try:
            from wordfreq import zipf_frequency
        except ImportError:  # without wordfreq only the package list is used
            return 0.0
        return zipf_frequency(word.casefold(), "en")

    def is_common(self, word: str) -> bool:
        key = norm(word)
        return key in self.common or self.frequency(key) >= COMMON_ZIPF

    def product_like(self, surface: str) -> bool:
        """A vendor-less residual worth keeping: several words, an inner capital or digit
        (SharePoint, OpenVMS, 3ds Max), or a word rare in English."""
        toks = words(surface)
        if len(toks) == 1:
            return self._product_word(surface) or (
                not self.is_common(surface) and self.frequency(surface) < CASE_ZIPF
            )
        return any(self._product_word(w) for w in toks)

    def everyday_word(self, surface: str) -> bool:
        """One English word, not spelled as a product (no inner capital, no digit) and not
        rare: left alone after its vendor, it names nothing ("Navigator", "Scheduler")."""
        toks = words(surface)
        if len(toks) != 1 or re.search(r"[A-Z]", surface[1:]) or re.search(r"\d", surface):
            return False
        return self.frequency(surface) >= RARE_ZIPF

    def _product_word(self, word: str) -> bool:
        if re.search(r"[A-Z]", word[1:]) or re.search(r"\d", word):
            return True
        return self.frequency(word) < 3.0 and word.casefold() not in GENERIC

    def short(self, surface: str) -> bool:
        alnum = re.sub(r"[^A-Za-z0-9]", "", surface)
        return len(alnum) < MIN_CHARS or len(surface.strip()) < MIN_CHARS


@dataclass
class Kept:
    """A surface that survived filtering, with its casing rule."""

    text: str
    case_sensitive: bool = False


def judge_surface(text: str, judge: WordJudge, max_words: int = MAX_WORDS) -> Kept | None:
    """Keep a surface, keep it case-sensitively, or drop it (None): the false-match filter."""
    text = clean(text)
    if not text or "<" in text or ">" in text:
        return None
    toks = words(text)
    if len(toks) > max_words:
        return None
    if judge.short(text):
        return None
    lowered = [t.casefold() for t in toks]
    if lowered[0] in DETERMINERS or lowered[0] in STOP_FIRST:
        return None
    if lowered[-1] in {"of", "and", "or", "with", "for", "to", "in", "the", "a"}:
        return None
    if all(re.sub(r"[^a-z0-9]", "", t) in GENERIC for t in lowered):
        return None
    if re.fullmatch(r"[\d\W_]+", text):
        return None
    if len(toks) == 1:
        return _judge_word(text, judge)
    return Kept(text)


def _judge_word(text: str, judge: WordJudge) -> Kept | None:
    """One-word surfaces: the main source of false matches."""
    if judge.is_common(text):
        return None
    frequent = judge.frequency(text) >= CASE_ZIPF
    if is_acronym(text):
        if len(re.sub(r"[^A-Za-z0-9]", "", text)) <= 4:
            if judge.frequency(text) >= NAME_ZIPF:
                return None  # ERIC, ROSS, MARS: a first name or a word before an acronym
            return Kept(text, case_sensitive=True)  # SQL-like acronyms: exact casing
        return None if frequent else Kept(text, case_sensitive=True)  # HARVEST, SEQUENCE
    if not frequent:
        return Kept(text)  # rare in English: a name or a term (Drupal, phlebotomy)
    if re.search(r"[A-Z]", text[1:]) or re.search(r"[\d+#]", text):
        return Kept(text, case_sensitive=True)  # product spelling (FastEST, Charm++)
    low = text.casefold()
    field_name = low.endswith(FIELD_SUFFIXES) and judge.frequency(low) < FIELD_ZIPF
    if text[:1].islower() and (field_name or low.endswith(SCIENCE_SUFFIXES) or low in NOUN_GERUNDS):
        return Kept(text)  # a field of knowledge as ESCO writes it (nursing, ethics)
    if text[:1].islower():
        return None  # a frequent object or generic noun (folders, pipelines, directory)
    return None  # a capitalised English word alone (Clinical, Outlook, Pricing)


# --------------------------------------------------------------------------- the core


@dataclass
class Core:
    """Surfaces of the curated skills, to link to instead of duplicating."""

    owner: dict[str, str] = field(default_factory=dict)  # norm surface -> id
    loose_owner: dict[str, str] = field(default_factory=dict)  # loose key -> id
    names: dict[str, str] = field(default_factory=dict)  # id -> name
    categories: dict[str, str] = field(default_factory=dict)  # id -> category
    extended: set[str] = field(default_factory=set)  # ids the core adds rules to

    def add(self, skill_id: str, surface: str, is_name: bool = False) -> None:
        self.owner.setdefault(norm(surface), skill_id)
        key = loose(surface)
        if len(key) >= 4:
            self.loose_owner.setdefault(key, skill_id)
        if is_name:
            self.names.setdefault(skill_id, surface)

    def find(self, surface: str) -> str | None:
        hit = self.owner.get(norm(surface))
        if hit is None and len(loose(surface)) >= 4:
            hit = self.loose_owner.get(loose(surface))
        return hit


def load_core(skills_dir: Path) -> Core:
    """Read ``skills/core/*.yaml`` directly: the core may be mid-edit and not yet valid."""
    core = Core()
    extends: list[dict] = []
    for path in sorted((skills_dir / "core").glob("*.yaml")):
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError:
            continue
        for item in data.get("skills") or []:
            if not isinstance(item, dict):
                continue
            if "extends" in item:
                extends.append(item)
                continue
            sid, name = item.get("id"), item.get("name")
            if not isinstance(sid, str) or not isinstance(name, str):
                continue
            core.add(sid, name, is_name=True)
            core.categories[sid] = str(item.get("category", "general"))
            for alias in _as_list(item.get("aliases")) + _as_list(item.get("case_sensitive")):
                core.add(sid, alias)
    for item in extends:
        sid = item.get("extends")
        if isinstance(sid, str):
            core.extended.add(sid)
        # A core rule for a generated skill (short_names.yaml: "Flex" for onet_apache_flex)
        # must not make that generated skill look curated, or it would not be generated.
        if isinstance(sid, str) and sid in core.categories:
            for alias in _as_list(item.get("aliases")):
                core.add(sid, alias)
    return core


def _as_list(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [str(v) for v in value if isinstance(v, (str, int, float))]
    return []


# --------------------------------------------------------------------------- layer model


@dataclass
class GenSkill:
    id: str
    name: str
    category: str
    aliases: list[str] = field(default_factory=list)
    case_sensitive: list[str] = field(default_factory=list)


@dataclass
class Builder:
    """Assigns surfaces to skills, never one surface to two skills."""

    core: Core
    owner: dict[str, str] = field(default_factory=dict)  # norm -> generated id
    skills: dict[str, GenSkill] = field(default_factory=dict)
    layer_of: dict[str, str] = field(default_factory=dict)  # generated id -> layer
    extensions: dict[str, dict[str, GenSkill]] = field(
        default_factory=lambda: defaultdict(dict)
    )  # layer -> target id -> aliases holder

    def owner_of(self, surface: str) -> str | None:
        return self.core.owner.get(norm(surface)) or self.owner.get(norm(surface))

    def new_id(self, prefix: str, label: str) -> str:
        base = f"{prefix}_{slug(label)}"
        candidate, n = base, 2
        while candidate in self.skills or candidate in self.core.names:
            candidate = f"{base}_{n}"
            n += 1
        return candidate

    def add_skill(
        self, layer: str, prefix: str, name: Kept, others: Iterable[Kept], category: str
    ) -> str | None:
        """A new skill named ``name`` (which must be free) with the free ``others``."""
        if self.owner_of(name.text):
            return None
        sid = self.new_id(prefix, name.text)
        skill = GenSkill(sid, name.text, category)
        self.skills[sid] = skill
        self.layer_of[sid] = layer
        self._claim(skill, name, alias=False)
        for kept in others:
            if not self.owner_of(kept.text):
                self._claim(skill, kept, alias=True)
        return sid

    def extend(self, layer: str, target: str, surfaces: Iterable[Kept]) -> None:
        """More aliases for an existing skill: in place when it is ours, else extends:."""
        if target in self.skills and self.layer_of[target] == layer:
            holder = self.skills[target]
        else:
            holder = self.extensions[layer].setdefault(target, GenSkill(target, "", ""))
        for kept in surfaces:
            if not self.owner_of(kept.text):
                self._claim(holder, kept, alias=True)

    def _claim(self, skill: GenSkill, kept: Kept, alias: bool) -> None:
        self.owner[norm(kept.text)] = skill.id
        if alias:
            skill.aliases.append(kept.text)
        if kept.case_sensitive:
            skill.case_sensitive.append(kept.text)


def link_target(builder: Builder, strong: Iterable[str]) -> str | None:
    """The existing skill (curated first, then generated) one of the strong surfaces names."""
    strong = list(strong)
    for text in strong:
        hit = builder.core.find(text)
        if hit:
            return hit
    for text in strong:
        hit = builder.owner.get(norm(text))
        if hit:
            return hit
    return None


# --------------------------------------------------------------------------- O*NET


@dataclass
class OnetTech:
    label: str
    category: str
    hot: bool
    occupations: int


def read_onet(path: Path) -> list[OnetTech]:
    """Distinct technology names with their most frequent commodity category."""
    titles: dict[str, Counter[str]] = defaultdict(Counter)
    hot: dict[str, bool] = defaultdict(bool)
    occ: dict[str, set[str]] = defaultdict(set)
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            label = clean(row["Example"])
            if not label:
                continue
            titles[label][row["Commodity Title"]] += 1
            hot[label] |= row.get("Hot Technology") == "Y" or row.get("In Demand") == "Y"
            occ[label].add(row["O*NET-SOC Code"])
    out = []
    for label in sorted(titles):
        title = sorted(titles[label].items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        out.append(
            OnetTech(label, COMMODITY_CATEGORY.get(title, "general"), hot[label], len(occ[label]))
        )
    return out


def vendor_prefixes(labels: Iterable[str], min_count: int = 2) -> Counter[tuple[str, ...]]:
    """How many distinct labels start with each capitalised 1-3 word prefix."""
    counts: Counter[tuple[str, ...]] = Counter()
    for label in {strip_software(x) for x in labels}:
        toks = words(label)
        for k in range(1, min(3, len(toks) - 1) + 1):
            prefix = tuple(toks[:k])
            if all(t[:1].isupper() or t[:1].isdigit() for t in prefix):
                counts[prefix] += 1
    return Counter({p: c for p, c in counts.items() if c >= min_count})


# The last word of an O*NET "... software" label that is an adjective: without "software"
# the name dangles ("Math educational", "Engine diagnostic", "Voice activated").
DANGLING = re.compile(r"[a-z](?:al|ic|ive|ed)$")
NOT_DANGLING = frozenset(
    "clinic logic music traffic topic graphic mechanic signal terminal portal journal manual "
    "hospital capital rental proposal approval interval material tutorial archive drive "
    "executive directive feed seed speed need".split()
)


def without_software(label: str) -> str:
    """'Engine diagnostic software' -> 'Engine diagnostic': the suffix dropped, always."""
    return re.sub(r"\s+software$", "", label, flags=re.IGNORECASE).strip()


def strip_software(label: str) -> str:
    """'ESRI ArcGIS software' -> 'ESRI ArcGIS'; 'Engine diagnostic software' stays whole."""
    out = without_software(label)
    last = out.split()[-1] if out else ""
    if not out or (out != label and DANGLING.search(last) and last.casefold() not in NOT_DANGLING):
        return label
    return out


def split_acronym(label: str) -> tuple[str, str, str] | None:
    """O*NET writes "Long Form ACR [product]". Returns (long form, short form, product):
    'Amazon Web Services AWS' -> ('Amazon Web Services', 'AWS', ''); 'Amazon Web Services
    AWS CloudFormation' -> ('Amazon Web Services CloudFormation', 'AWS CloudFormation',
    'CloudFormation')."""
    toks = words(label)
    for i in range(2, len(toks)):
        if not is_acronym(toks[i]):
            continue
        acr = re.sub(r"[^A-Za-z]", "", toks[i]).upper()
        for k in range(2, i + 1):
            tail = [t for t in toks[i - k : i] if t.casefold() not in {"of", "and", "for", "&"}]
            initials = "".join(t[0] for t in tail if t[:1].isalpha()).upper()
            if initials == acr:
                long_form = " ".join(toks[:i] + toks[i + 1 :])
                short_form = " ".join(toks[: i - k] + [toks[i]] + toks[i + 1 :])
                return long_form, short_form, " ".join(toks[i + 1 :])
            if len(initials) > len(acr):
                break
    return None


@dataclass
class OnetNames:
    """The surfaces one O*NET technology name yields."""

    name: str
    others: list[str]
    residual: str = ""  # the product name without its vendor, if any
    vendor: str = ""
    short: str = ""  # the acronym form of a "Long Form ACR product" name


def onet_variants(label: str, vendors: Counter[tuple[str, ...]]) -> OnetNames:
    """Split an O*NET name into display name, acronym forms and vendor-less residual."""
    others: list[str] = []
    for inner in re.findall(r"\(([^)]*)\)", label):
        if is_acronym(inner) and len(words(inner)) == 1:
            others.append(inner)
    base = strip_software(strip_parenthetical(label))
    split = split_acronym(base)
    if split:
        long_form, short_form, product = split
        if product:  # "AWS CloudFormation" reads best
            first = words(short_form)[0].casefold()
            return OnetNames(short_form, [long_form, *others, product], product, first, short_form)
        return OnetNames(long_form, [short_form, *others], short=short_form)
    toks = words(base)
    ks = _vendor_lengths(toks, vendors)
    for k in ks:
        prefix, rest = toks[:k], toks[k:]
        if not prefix[0][:1].isalpha() or rest[0].casefold() in ORG_WORDS:
            continue
        if not (rest[0][:1].isupper() or rest[0][:1].isdigit()):
            break  # sentence case ("Object oriented ..."): not a vendor + product name
        if len(rest) > 1 and _initials_of(rest[0], prefix):
            others.append(" ".join(rest))  # "Hewlett-Packard HP OpenVMS" -> "HP OpenVMS"
            rest = rest[1:]
        if len(rest) == 1 and is_acronym(rest[0]) and len(rest[0]) <= 4:
            return OnetNames(base, others)  # "Eclipse IDE", "SAP SCM": a category, no name
        residual = " ".join(rest)
        if prefix == ["Microsoft"]:
            others.append(f"MS {residual}")  # resumes write "MS Word", "MS Project"
        return OnetNames(base, [*others, residual], residual, prefix[0].casefold())
    return OnetNames(base, others)


def _vendor_lengths(toks: list[str], vendors: Counter[tuple[str, ...]]) -> list[int]:
    """Candidate vendor prefix lengths, best first: the longest prefix that covers at
    least half of the vendor's names ("Red Hat", "Bentley Systems"), not a product family
    ("Microsoft Visual"); a one-word vendor needs three names."""
    first = vendors.get(tuple(toks[:1]), 0)
    ks = []
    for k in range(1, min(3, len(toks) - 1) + 1):
        count = vendors.get(tuple(toks[:k]), 0)
        if (k == 1 and count >= 3) or (k > 1 and count >= 2 and count * 3 >= first):
            ks.append(k)
    return sorted(ks, key=lambda k: -k if vendors[tuple(toks[:k])] * 3 >= first else k)


def _initials_of(token: str, prefix: list[str]) -> bool:
    """'HP' after 'Hewlett-Packard': the vendor's own acronym repeated."""
    parts = [p for t in prefix for p in re.split(r"[-\s]", t) if p]
    return is_acronym(token) and "".join(p[0] for p in parts).upper() == token.upper()


def _residual_links(residual: str, vendor: str, judge: WordJudge) -> bool:
    """May the vendor-less name alone identify a curated skill? 'Oracle Java' -> Java yes,
    'Oracle Application Server' -> the application-server concept no."""
    single = len(words(residual)) == 1
    if vendor in MAJOR_VENDORS:
        return single or judge.product_like(residual)
    return single and judge.frequency(residual) < RARE_ZIPF


def _english_title(name: str, judge: WordJudge) -> bool:
    """A product named with ordinary English words in Title Case: exact casing only."""
    toks = words(name)
    return (
        len(toks) > 1
        and all(t[:1].isupper() for t in toks)
        and all(judge.is_common(t) or judge.frequency(t) >= ENGLISH_ZIPF for t in toks)
    )


# The last word of a vendor-less residual that names a business function, not a product:
# "Oracle Advanced Procurement" -> "Advanced Procurement" reads a job title ("Advanced
# Procurement Engineer"), "SAP Customs Management" a department.
FUNCTION_WORDS = frozenset(
    "management procurement scheduling manufacturing analytics intelligence marketing capture "
    "planning accounting payroll learning compliance governance".split()
)


def _title_product(residual: str, vendor: str) -> bool:
    """'Microsoft Visual Studio' -> 'Visual Studio': English words, but Title Case after a
    major vendor make a product name; kept with its exact casing only. Not when the name
    ends in a business function (FUNCTION_WORDS)."""
    toks = words(residual)
    return (
        vendor in MAJOR_VENDORS
        and len(toks) > 1
        and all(t[:1].isupper() or t[:1].isdigit() for t in toks)
        and not all(t.casefold() in GENERIC for t in toks)
        and toks[-1].casefold() not in FUNCTION_WORDS
    )


# The last word of a name that makes it read as a person's job title: "Site Manager",
# "Restaurant Manager", "Real Estate Assistant" are O*NET product names, but on a resume
# they are the job held. A short name of ordinary English words ending in one is not kept
# (nor its acronym) unless a major vendor's ("IBM Director"); with its vendor ("IBM
# Content Manager") it stays a product, without it ("Content Manager") it is no alias.
PERSON_NOUNS = frozenset(
    "manager assistant engineer master planner administrator designer architect analyst "
    "developer director consultant specialist technician operator officer coordinator".split()
)


def reads_as_job_title(name: str) -> bool:
    """'Content Manager', 'Control Station ENGINEER': ends in a person's job noun."""
    toks = words(name)
    return bool(toks) and toks[-1].casefold() in PERSON_NOUNS


def _major_product(names: OnetNames, kept: Kept) -> bool:
    """'IBM Director', 'Oracle Designer': a major vendor's name makes a product of a job
    title; so do an acronym or a number before it and more than three words ('Applied
    Systems The Agency Manager')."""
    toks = words(kept.text)
    return (
        names.vendor in MAJOR_VENDORS
        or len(toks) > 3
        or any(is_acronym(t) or re.search(r"\d", t) for t in toks[:-1])  # "NI", "PM/2"
    )


# The head noun of a "... software" name that is a document or record the software keeps:
# "Student record software" is a product, "student records" in a sentence are not.
RECORD_NOUNS = frozenset(
    "record records document documents signal card order form diary log book report registry "
    "file map chart diagram template guide table catalog loan contract forecast".split()
)


def _names_an_object(name: str, label: str, judge: WordJudge) -> bool:
    """'Invoice software' -> 'Invoice' would match every invoice: one everyday word left
    by stripping "software" that is a thing, not an activity ("Scripting", "Telephony"),
    or a phrase ending in a record it keeps ("Student record", "Legal document")."""
    if name == label or name != strip_software(label):
        return False
    toks = words(name)
    if len(toks) > 1:
        inner_capital = any(re.search(r"[A-Z]", t[1:]) for t in toks)  # "eCTD": a product
        return toks[-1].casefold() in RECORD_NOUNS and not inner_capital
    return judge.everyday_word(name) and not re.search(r"(ing|ion|ny|ics|sis)$", name)


# Curated categories an O*NET software name never is: soft skills, industries, fields of
# knowledge and degrees.
NOT_SOFTWARE = frozenset({"soft", "domain", "science", "qualification"})


def build_onet(builder: Builder, techs: list[OnetTech], judge: WordJudge) -> None:
    vendors = vendor_prefixes(t.label for t in techs)
    for tech in techs:
        names = onet_variants(tech.label, vendors)
        reviewed = f"onet_{slug(names.name)}" in builder.core.extended  # "Gaussian 16"
        if not reviewed and _names_an_object(names.name, tech.label, judge):
            names = OnetNames(tech.label, [])  # "Invoice software", not every "invoice"
        # strip_software's name is one of the first two, so it needs no place here
        strong = [tech.label, without_software(tech.label), names.name]
        if len(words(names.short)) > 1:
            strong.append(names.short)  # "AWS CloudFormation"
        if (
            names.residual
            and _residual_links(names.residual, names.vendor, judge)
            and names.residual.casefold() not in judge.common
        ):
            strong.append(names.residual)  # not "SAP Maintenance" -> "maintenance"
        target = link_target(builder, strong)
        if target and builder.core.categories.get(target) in NOT_SOFTWARE:
            # "Adobe Persuasion" is software, not the soft skill; "Music software" is not
            # the music industry, nor "PCI Geomatics" the field of geodesy
            target = None
        kept_name = judge_surface(names.name, judge)
        if kept_name is None and names.name != tech.label:
            # "Accounting software": the bare "Accounting" is too common; keep the full name
            kept_name = judge_surface(strip_parenthetical(tech.label), judge)
        kept_others = []
        for other in names.others:
            if other == names.residual and judge.everyday_word(other):
                kept = None  # "Finder" from "Gene Finder", "Scheduler", "Workspace"
            elif other != names.residual or judge.product_like(other):
                kept = judge_surface(other, judge)
            elif _title_product(other, names.vendor) and not reads_as_job_title(other):
                kept = judge_surface(other, judge)
                kept = Kept(kept.text, case_sensitive=True) if kept else None
            else:
                kept = None
            if kept:
                kept_others.append(kept)
        if target:
            builder.extend("onet", target, ([kept_name] if kept_name else []) + kept_others)
            continue
        if kept_name and _english_title(kept_name.text, judge):
            if reads_as_job_title(kept_name.text) and not _major_product(names, kept_name):
                continue  # "Restaurant Manager": the job held, not the product
            kept_name = Kept(kept_name.text, case_sensitive=True)  # "Adapt It", "Clear Books"
        if kept_name is None:
            if not kept_others:
                continue
            kept_name, kept_others = kept_others[0], kept_others[1:]
        builder.add_skill("onet", "onet", kept_name, kept_others, tech.category)


# --------------------------------------------------------------------------- ESCO


@dataclass
class EscoConcept:
    preferred: str
    alts: list[str]
    skill_type: str


def read_esco(path: Path) -> list[EscoConcept]:
    out = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            alts = [clean(a) for a in (row.get("altLabels") or "").split("\n") if clean(a)]
            out.append(EscoConcept(clean(row["preferredLabel"]), alts, row.get("skillType", "")))
    out.sort(key=lambda c: (c.skill_type != "knowledge", c.preferred.casefold(), c.preferred))
    return out


def verb_set(concepts: list[EscoConcept]) -> frozenset[str]:
    """Words that start skill/competence labels far more often than knowledge labels:
    ESCO writes skills as verb phrases, so this is a verb list made from the data itself
    (with US spellings: organise -> organize)."""
    skill_first: Counter[str] = Counter()
    know_first: Counter[str] = Counter()
    for c in concepts:
        for label in (c.preferred, *c.alts):
            if not label:
                continue
            first = label.split()[0].casefold()
            (know_first if c.skill_type == "knowledge" else skill_first)[first] += 1
    verbs = {
        w
        for w, n in skill_first.items()
        if n >= 3 and n >= 5 * know_first.get(w, 0) and w not in GENERIC and w.isalpha()
    }
    verbs |= {w[:-3] + "ize" for w in verbs if w.endswith("ise")}
    verbs |= {w[:-2] + "ze" for w in verbs if w.endswith("yse")}
    return frozenset(verbs - NOUN_GERUNDS)


def is_verbal(text: str, verbs: frozenset[str]) -> bool:
    """Starts with a verb or its -ing form (operate forklift, operating forklift)."""
    first = text.split()[0].casefold()
    if first in NOUN_GERUNDS:
        return False
    if first in verbs:
        return True
    if first.endswith("ing") and len(first) > 5:
        stem = first[:-3]
        candidates = {stem, stem + "e"}
        if len(stem) > 2 and stem[-1] == stem[-2]:
            candidates.add(stem[:-1])
        return bool(candidates & verbs)
    return False


def strip_parenthetical(text: str) -> str:
    """'Python (computer programming)' -> 'Python'."""
    return clean(re.sub(r"\s*\([^)]*\)", "", text)) or text


def object_phrase(label: str) -> str | None:
    """'operate forklift' -> 'forklift'; 'perform forensic accounting' -> 'forensic accounting'."""
    toks = words(label)
    if len(toks) < 2 or toks[0].casefold() not in OBJECT_VERBS:
        return None
    rest = toks[1:]
    if toks[0].casefold() == "carry":
        if len(rest) < 2 or rest[0].casefold() != "out":
            return None
        rest = rest[1:]
    if not rest or len(rest) > 3:
        return None
    if any(
        t.casefold() in {"of", "to", "in", "for", "with", "on", "and", "or", "by", "as"}
        for t in rest
    ):
        return None
    return " ".join(rest)


def _proper(text: str) -> bool:
    """A product name in a skill concept (MailWasher, Norton Security), not an acronym
    (HACCP, ICT systems): ESCO lists products as alternative labels of skills."""
    for index, tok in enumerate(words(text)):
        if is_acronym(tok):
            continue
        if re.search(r"[a-z][A-Z]", tok) or (index > 0 and tok[:1].isupper()):
            return True
    return False


def esco_category(texts: Iterable[str]) -> str:
    joined = " | ".join(texts)
    for pattern, category in _ESCO_HINTS:
        if pattern.search(joined):
            return category
    return "general"


def is_language_concept(concept: EscoConcept) -> bool:
    return any(a.casefold().startswith("ability to comprehend spoken") for a in concept.alts)


@dataclass
class EscoSurfaces:
    """What one ESCO concept yields: link keys, synonyms, and named instances."""

    strong: list[str]
    synonyms: list[Kept]
    instances: list[Kept]


SCIENCE_SUFFIXES = ("ology", "ics", "istry", "graphy", "nomy", "sophy")
FIELD_SUFFIXES = (
    "ology",
    "ics",
    "istry",
    "ery",
    "stry",
    "ism",
    "ship",
    "ation",
    "ition",
    "graphy",
    "nomy",
    "sophy",
    "ture",
    "ance",
    "ence",
    "care",
)
NOUN_SUFFIXES = ("ation", "ment", "ology", "ics", "ery", "ing", "ship", "ism", "ance", "ence")


def esco_surfaces(concept: EscoConcept, verbs: frozenset[str], judge: WordJudge) -> EscoSurfaces:
    """Split an ESCO concept's labels into synonyms and, for a generic concept, product
    names that ESCO lists as alternative labels (``databases``: Informix, TimesTen):
    those name different things and become skills of their own."""
    pref = strip_parenthetical(concept.preferred)
    generic = concept.skill_type == "knowledge" and pref[:1].islower()
    synonyms: list[str] = []
    instances: list[str] = []
    if concept.skill_type == "knowledge":
        synonyms.append(pref)
        for alt in concept.alts:
            alt = strip_parenthetical(alt)
            same_head = alt.casefold().split()[:1] == pref.casefold().split()[:1]  # "supply
            if (is_verbal(alt, verbs) and not same_head) or alt.casefold().endswith(" using"):
                continue  # chain" under "supply chain management"; not "manage waste"
            is_instance = generic and re.search(r"[A-Z]", alt) and not _acronym_token(alt)
            (instances if is_instance else synonyms).append(alt)
        limit = MAX_WORDS
    else:
        obj = object_phrase(pref)  # the thing operated or practised: forklift, nursing care
        alts = [strip_parenthetical(a) for a in concept.alts]
        synonyms = [obj] if obj and not _proper(obj) else []
        synonyms += [
            c for c in alts if c and not is_verbal(c, verbs) and not _proper(c) and _nominal_head(c)
        ]
        limit = MAX_ESCO_SKILL_WORDS
    # "cargo handling managing": ESCO's auto-paraphrase with a trailing verb form
    synonyms = [t for t in synonyms if not _trailing_verb(t, verbs)]
    # "types of folders" -> "folders" is a class of objects, not a skill: one word is dropped
    synonyms = [
        re.sub(r"^types of ", "", t, flags=re.IGNORECASE)
        for t in synonyms
        if not re.fullmatch(r"types of \S+", t, flags=re.IGNORECASE)
    ]
    # a one-word alternative label is often a broader term ("radiation" under heat
    # transfer processes): keep it only when rare in English or close to the concept
    synonyms = synonyms[:1] + [
        t
        for t in synonyms[1:]
        if len(words(t)) > 1 or judge.frequency(t) < ALT_ZIPF or close_to(t, synonyms[:1])
    ]
    if _lists_types(concept):  # "manufacturing plant equipment": mixers, pumps, filters
        synonyms = synonyms[:1] + [t for t in synonyms[1:] if not _a_kind_of(t, synonyms[0])]
    strong = [pref] if concept.skill_type == "knowledge" else synonyms[:1]
    return EscoSurfaces(
        [x for x in strong if x],
        _keep_all(synonyms, judge, limit),
        [k for k in _keep_all(instances, judge, limit) if judge.product_like(k.text)],
    )


def _lists_types(concept: EscoConcept) -> bool:
    """ESCO writes a class of things with a "types of ..." label; its one-word
    alternative labels are then the kinds it covers, not other names for it."""
    return any(re.match(r"(types|typology|kinds) of ", a, re.IGNORECASE) for a in concept.alts)


def _a_kind_of(alt: str, pref: str) -> bool:
    """'sensors' under 'robotic components' is a kind; 'nano-electronics' under
    'nanoelectronics' and 'ceramics' under 'ceramic ware' are the same thing."""
    return (
        len(words(alt)) == 1
        and not _acronym_token(alt)  # "MEMS", "SMT": the concept's own initials
        and not close_to(alt, [pref])
        and SequenceMatcher(None, loose(alt), loose(pref)).ratio() < 0.8  # "agrotourism"
    )


def _trailing_verb(text: str, verbs: frozenset[str]) -> bool:
    toks = words(text)
    last = toks[-1].casefold()
    return len(toks) > 1 and last.endswith("ing") and is_verbal(last, verbs)


def _keep_all(texts: Iterable[str], judge: WordJudge, limit: int) -> list[Kept]:
    kept: list[Kept] = []
    seen: set[str] = set()
    for text in texts:
        k = judge_surface(text, judge, max_words=limit)
        if k and norm(k.text) not in seen:
            seen.add(norm(k.text))
            kept.append(k)
    return kept


def _acronym_token(text: str) -> bool:
    return len(words(text)) == 1 and is_acronym(text)


NOUN_HEADS = frozenset(
    "care service services control maintenance operation operations management support "
    "safety security analysis research design planning development repair installation "
    "inspection assessment treatment therapy sales marketing skills techniques practice "
    "procedures handling processing production preparation administration accounting "
    "testing training".split()
)


def _nominal_head(text: str) -> bool:
    """A label from a skill concept must end in a noun that names an activity or field
    (forklift operation, nursing care, customer service, bookkeeping)."""
    toks = words(text)
    last = toks[-1].casefold()
    if last in {"using", "doing", "performing", "making"}:
        return False
    if len(toks) == 1:
        return last in NOUN_GERUNDS or (last.endswith(NOUN_SUFFIXES) and not last.endswith("ing"))
    return last in NOUN_HEADS or last in NOUN_GERUNDS or last.endswith(NOUN_SUFFIXES)


def _stems(text: str) -> set[str]:
    return {t[:5] for t in re.findall(r"[a-z0-9]+", text.casefold()) if len(t) >= 3}


def close_to(alias: str, refs: Iterable[str]) -> bool:
    """An alias added to an existing skill must share a word with it (JavaScript 1.7 with
    JavaScript), so ESCO example lists (Mocha under JavaScript) do not leak in."""
    mine = _stems(alias)
    return any(mine & _stems(ref) for ref in refs)


def build_esco(builder: Builder, concepts: list[EscoConcept], judge: WordJudge) -> None:
    verbs = verb_set(concepts)
    for concept in concepts:
        if concept.skill_type not in ("knowledge", "skill/competence"):
            continue
        language = is_language_concept(concept)
        if concept.skill_type != "knowledge" and language:
            continue
        found = esco_surfaces(concept, verbs, judge)
        category = (
            "spoken_language" if language else esco_category([concept.preferred, *concept.alts[:5]])
        )
        for inst in found.instances:
            if not builder.owner_of(inst.text):
                builder.add_skill("esco", "esco", inst, [], category)
        kept = found.synonyms
        if not kept:
            continue
        target = link_target(builder, found.strong + [kept[0].text])
        if target and not _same_domain(builder, target, found.strong + [kept[0].text], concept):
            target = None
        if target:
            refs = [*found.strong, builder.core.names.get(target, ""), target.replace("_", " ")]
            if target in builder.skills:
                refs.append(builder.skills[target].name)
            builder.extend("esco", target, [k for k in kept if close_to(k.text, refs)])
            continue
        free = [k for k in kept if not builder.owner_of(k.text)]
        if free:
            builder.add_skill("esco", "esco", free[0], free[1:], category)


TECH_CATEGORIES = frozenset(
    "language framework library database cloud devops monitoring data ml security networking "
    "os tool testing mobile web api practice".split()
)


FAR_FROM_IT = frozenset(
    "healthcare construction hospitality logistics manufacturing legal finance design".split()
)


def _same_domain(builder: Builder, target: str, keys: list[str], concept: EscoConcept) -> bool:
    """'graphite' the mineral is not Graphite the metrics tool: a one-word match with a
    technical curated skill counts only for an ICT concept or a proper name."""
    category = builder.core.categories.get(target)
    if category not in TECH_CATEGORIES:
        return True
    texts = [concept.preferred, *concept.alts]
    if esco_category(texts) in FAR_FROM_IT:
        return False  # "architectural design" (buildings) is not software architecture
    if any(len(words(k)) > 1 for k in keys if builder.core.find(k) == target):
        return True
    ict = esco_category(texts) == "tool" or bool(
        re.search(r"\((computer programming|software|ict)", concept.preferred, re.I)
    )
    return ict or concept.preferred[:1].isupper()


# --------------------------------------------------------------------------- output


def layer_document(builder: Builder, layer: str, attribution: str) -> dict:
    entries: list[dict] = []
    for sid in sorted(s for s, lay in builder.layer_of.items() if lay == layer):
        skill = builder.skills[sid]
        entry: dict = {"id": sid, "name": skill.name, "category": skill.category}
        if layer == "esco" and skill.category == "spoken_language":
            entry["kind"] = "language"
        if skill.aliases:
            entry["aliases"] = sorted(skill.aliases, key=lambda a: (a.casefold(), a))
        if skill.case_sensitive:
            entry["case_sensitive"] = sorted(skill.case_sensitive)
        entries.append(entry)
    for target in sorted(builder.extensions[layer]):
        holder = builder.extensions[layer][target]
        if not holder.aliases:
            continue
        aliases = sorted(holder.aliases, key=lambda a: (a.casefold(), a))
        entry = {"extends": target, "aliases": aliases}
        if holder.case_sensitive:
            entry["case_sensitive"] = sorted(holder.case_sensitive)
        entries.append(entry)
    return {"version": VERSION, "layer": layer, "attribution": attribution, "skills": entries}


def dump(document: dict, path: Path, header: str) -> None:
    text = yaml.safe_dump(
        document, sort_keys=False, allow_unicode=True, default_flow_style=None, width=10_000
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(header + text, encoding="utf-8")


def count_patterns(document: dict) -> int:
    total = 0
    for entry in document["skills"]:
        total += len(entry.get("aliases", [])) + (1 if "name" in entry else 0)
    return total


def package_common_words(root: Path = ROOT) -> frozenset[str]:
    path = root / "skillmatch" / "data" / "common_words.txt"
    if not path.exists():
        return frozenset()
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(x.strip() for x in lines if x.strip() and not x.startswith("#"))


def build(data: Path, skills_dir: Path) -> dict[str, dict]:
    judge = WordJudge(package_common_words())
    builder = Builder(load_core(skills_dir))
    build_onet(builder, read_onet(data / "onet" / "Technology Skills.txt"), judge)
    build_esco(builder, read_esco(data / "esco" / "skills_en.csv"), judge)
    return {
        "onet": layer_document(builder, "onet", ONET_ATTRIBUTION),
        "esco": layer_document(builder, "esco", ESCO_ATTRIBUTION),
    }


HEADER = (
    "# GENERATED by scripts/build_taxonomy_layers.py from {source}. Do not edit by hand:\n"
    "# change the script or the curated core and re-run it. Licence: CC BY 4.0 (see attribution).\n"
)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--skills", type=Path, default=ROOT / "skills")
    args = parser.parse_args(argv)
    docs = build(args.data, args.skills)
    sources = {"onet": "O*NET 29.2 Technology Skills", "esco": "ESCO 1.1.1 skills_en.csv"}
    for layer, doc in docs.items():
        out = args.skills / "generated" / f"{layer}.yaml"
        dump(doc, out, HEADER.format(source=sources[layer]))
        new = sum(1 for e in doc["skills"] if "id" in e)
        ext = sum(1 for e in doc["skills"] if "extends" in e)
        print(
            f"{out.relative_to(args.skills.parent)}: {new} skills, {ext} extensions of "
            f"existing skills, {count_patterns(doc)} patterns"
        )


if __name__ == "__main__":
    main()
