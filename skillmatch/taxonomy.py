"""Load, merge and validate the YAML skill taxonomy (no spaCy here).

The shipped taxonomy is a set of layers (``skills/core`` hand-curated,
``skills/generated`` from O*NET and ESCO). A user file passed with
``--taxonomy`` is laid on top: it adds skills, replaces a shipped skill with the
same id, and may ``extends:`` a shipped skill with more aliases. Every problem is
collected with its path so ``skillmatch taxonomy check`` can report them all at
once. The merged result is cached, keyed by the content hash of every file, so
the cold start does not pay for YAML parsing.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from skillmatch import __version__, cache
from skillmatch.errors import TaxonomyError
from skillmatch.spelling import american_phrase

KINDS = ("hard", "soft", "language", "certification")
FILE_KEYS = {"version", "layer", "attribution", "skills", "categories", "description"}
SKILL_KEYS = {
    "id",
    "name",
    "category",
    "kind",
    "aliases",
    "parents",
    "related",
    "case_sensitive",
    "context",
    "exclude",
    "covers",
    "description",
}
EXTEND_KEYS = {
    "extends",
    "aliases",
    "parents",
    "related",
    "context",
    "exclude",
    "case_sensitive",
    "covers",
}
LIST_KEYS = ("aliases", "parents", "related", "case_sensitive", "context", "exclude", "covers")
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_]*$")
MIN_PLAIN_LENGTH = 3
TRUSTED_LAYERS = ("core", "user")
DEGREE_CATEGORY = "qualification"  # academic degrees: education more than skills
SPOKEN_LANGUAGE_CATEGORY = "spoken_language"
# Categories of tools and technologies (as opposed to practices, soft skills, fields).
TECH_CATEGORIES = frozenset(
    {
        "language",
        "framework",
        "library",
        "database",
        "cloud",
        "devops",
        "monitoring",
        "data",
        "ml",
        "security",
        "networking",
        "os",
        "tool",
        "testing",
        "mobile",
        "web",
        "api",
        "office",
        "design",
    }
)
CACHE_FORMAT = 3


@dataclass(frozen=True)
class Skill:
    """One skill: its surfaces, its place in the hierarchy and its ambiguity rule."""

    id: str
    name: str
    category: str
    kind: str = "hard"
    aliases: tuple[str, ...] = ()
    parents: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    case_sensitive: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    covers: tuple[str, ...] = ()  # categories whose every skill counts as a child
    description: str = ""
    layer: str = "core"
    source: str = ""

    @property
    def surfaces(self) -> tuple[str, ...]:
        """Name first, then aliases, without repeats (case-insensitive)."""
        seen: dict[str, str] = {}
        for text in (self.name, *self.aliases):
            seen.setdefault(normalize_surface(text), text)
        return tuple(seen.values())


@dataclass(frozen=True)
class Surface:
    """A string that, found in a document, names a skill."""

    text: str
    skill_id: str
    method: str  # "name" | "alias"
    case_sensitive: bool
    ambiguous: bool  # needs a context word, a list of skills, or a skills section
    listed_only: bool = False  # counts only among other tools: a list, a Skills section


SKILL_FIELDS = tuple(f.name for f in fields(Skill))


class SkillTable(Mapping[str, Skill]):
    """id -> Skill, stored as plain tuples and turned into Skill objects on first use.

    Unpickling 20,000 dataclasses costs a quarter of a second; tuples a fraction
    of that, and a run only ever looks at the few hundred skills it meets.
    """

    def __init__(self, skills: Mapping[str, Skill] | None = None) -> None:
        self._rows: dict[str, tuple] = {
            sid: tuple(getattr(skill, name) for name in SKILL_FIELDS)
            for sid, skill in (skills or {}).items()
        }
        self._made: dict[str, Skill] = dict(skills or {})

    def __getitem__(self, skill_id: str) -> Skill:
        skill = self._made.get(skill_id)
        if skill is None:
            skill = Skill(*self._rows[skill_id])
            self._made[skill_id] = skill
        return skill

    def __iter__(self) -> Iterator[str]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)

    def __contains__(self, skill_id: object) -> bool:
        return skill_id in self._rows

    def __getstate__(self) -> dict[str, tuple]:
        return self._rows

    def __setstate__(self, rows: dict[str, tuple]) -> None:
        self._rows = rows
        self._made = {}


@dataclass
class Taxonomy:
    """The merged taxonomy with lookups the extractor and scorer need."""

    skills: Mapping[str, Skill]
    categories: frozenset[str]
    version: str = ""
    files: tuple[str, ...] = ()
    attributions: tuple[str, ...] = ()
    digest: str = ""  # content hash of the files it was built from (cache key)
    _by_surface: dict[str, str] = field(default_factory=dict, repr=False)
    _children: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False)
    _related: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        if not isinstance(self.skills, SkillTable):
            self.skills = SkillTable(self.skills)
        children: dict[str, list[str]] = {}
        related: dict[str, set[str]] = {}
        for skill in self.skills.values():
            for surface in skill.surfaces:
                self._by_surface.setdefault(matching_key(surface), skill.id)
            self._by_surface.setdefault(skill.id, skill.id)
            for parent in skill.parents:
                children.setdefault(parent, []).append(skill.id)
            for other in skill.related:
                related.setdefault(skill.id, set()).add(other)
                related.setdefault(other, set()).add(skill.id)
        self._children = {k: tuple(sorted(v)) for k, v in children.items()}
        self._related = {k: frozenset(v) for k, v in related.items()}

    def __len__(self) -> int:
        return len(self.skills)

    def get(self, skill_id: str) -> Skill | None:
        return self.skills.get(skill_id)

    def lookup(self, text: str) -> Skill | None:
        """Find a skill by id, name or alias (case-insensitive)."""
        skill_id = self._by_surface.get(matching_key(text))
        return self.skills.get(skill_id) if skill_id else None

    def children(self, skill_id: str) -> tuple[str, ...]:
        return self._children.get(skill_id, ())

    def related(self, skill_id: str) -> frozenset[str]:
        return self._related.get(skill_id, frozenset())

    def ancestors(self, skill_id: str) -> list[str]:
        """All parents, grandparents, ... nearest first (breadth-first)."""
        order: list[str] = []
        queue = list(self.skills[skill_id].parents) if skill_id in self.skills else []
        while queue:
            current = queue.pop(0)
            if current in order or current == skill_id or current not in self.skills:
                continue
            order.append(current)
            queue.extend(self.skills[current].parents)
        return order

    def descendants(self, skill_id: str) -> list[str]:
        order: list[str] = []
        queue = list(self.children(skill_id))
        while queue:
            current = queue.pop(0)
            if current in order or current == skill_id:
                continue
            order.append(current)
            queue.extend(self.children(current))
        return order

    def iter_surfaces(self) -> Iterator[Surface]:
        """Every matchable surface, with its case and ambiguity rule.

        A surface listed in ``case_sensitive`` matches only in the casings listed
        there (one or several: "Kafka", "KAFKA").
        """
        common = common_words()
        for skill in self.skills.values():
            exact: dict[str, list[str]] = {}
            for variant in skill.case_sensitive:
                exact.setdefault(normalize_surface(variant), []).append(variant)
            for index, text in enumerate(skill.surfaces):
                method = "name" if index == 0 else "alias"
                variants = exact.get(normalize_surface(text))
                if variants:
                    for variant in variants:
                        # A capitalised common word from a generated layer ("Collaborate"
                        # from O*NET) still needs support: a list, a Skills section, a
                        # context word. Curated and user rules are trusted as written.
                        generated = skill.layer not in TRUSTED_LAYERS
                        risky = bool(skill.context) or (
                            generated and (needs_rule(variant, common) or short_acronym(variant))
                        )
                        yield Surface(variant, skill.id, method, True, risky)
                    tag = lowercase_tag(skill, variants, common)
                    if tag:
                        yield Surface(tag, skill.id, method, True, True, listed_only=True)
                else:
                    ambiguous = bool(skill.context) and needs_rule(text, common)
                    yield Surface(text, skill.id, method, False, ambiguous)


_SHORT_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,3}")


def short_acronym(surface: str) -> bool:
    """Two to four capitals ("ADR", "ISS", "ACES"): a generated layer's initials stand for
    many things besides its one concept, so they need support like a common word."""
    return _SHORT_ACRONYM.fullmatch(surface) is not None


def lowercase_tag(skill: Skill, variants: list[str], common: frozenset[str]) -> str:
    """The lower-case spelling of a tool whose name is an everyday word ("spring", "go",
    "rest"), as tag lists write it ("java, spring, hibernate"), or "" when there is none.
    Curated tools only; the lower-case word counts only among other tools."""
    lower = variants[0].casefold()
    if (
        skill.layer not in TRUSTED_LAYERS
        or skill.category not in TECH_CATEGORIES
        or len(lower) < 2
        or lower in variants
        or not needs_rule(lower, common)
    ):
        return ""
    return lower


def matching_key(text: str) -> str:
    """Two surfaces the matcher cannot tell apart share this key: case, white space, a
    hyphen between words ("call-centre") and British spelling ("centre") aside."""
    key = normalize_surface(text)
    if "-" in key:
        key = _WORD_HYPHEN.sub(" ", key)
    return american_phrase(key)


_WORD_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")


def normalize_surface(text: str) -> str:
    """Case-fold and collapse white space: how surfaces are compared."""
    return " ".join(text.casefold().split())


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    path = Path(__file__).parent / "data" / "common_words.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def needs_rule(surface: str, common: frozenset[str] | None = None) -> bool:
    """True for surfaces too short or too common to match without a case/context rule."""
    common = common_words() if common is None else common
    if len(surface.strip()) < MIN_PLAIN_LENGTH:
        return True
    key = normalize_surface(surface)
    # "organised" is as common as "organized": the matcher reads them as one word
    return key in common or american_phrase(key) in common


# --------------------------------------------------------------------------- files


def shipped_dir() -> Path:
    """The shipped ``skills/`` folder: inside the wheel, or the repo in a checkout."""
    packaged = Path(__file__).parent / "_skills"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "skills"


def taxonomy_files(root: Path) -> list[Path]:
    """YAML files of a taxonomy folder: categories first, then core, then the rest."""
    files = sorted(p for p in root.rglob("*.yaml") if p.is_file())

    def order(path: Path) -> tuple[int, str]:
        rel = path.relative_to(root).as_posix()
        if path.name == "categories.yaml":
            return (0, rel)
        if rel.startswith("core/"):
            return (1, rel)
        return (2, rel)

    return sorted(files, key=order)


def _read_yaml(path: Path) -> Any:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with path.open("r", encoding="utf-8") as handle:
        return yaml.load(handle, Loader=loader)  # noqa: S506 - a SafeLoader


def _layer_of(path: Path, declared: Any) -> str:
    if isinstance(declared, str) and declared:
        return declared
    parent = path.parent.name
    if parent == "generated":
        return path.stem
    return "core" if parent in ("core", "skills", "_skills") else parent


# --------------------------------------------------------------------------- parsing


@dataclass
class _Entry:
    """A raw skill entry with the path used in problem messages."""

    where: str
    data: dict[str, Any]
    layer: str
    source: str
    user: bool


@dataclass
class _Collected:
    categories: set[str] = field(default_factory=set)
    entries: list[_Entry] = field(default_factory=list)
    extends: list[_Entry] = field(default_factory=list)
    versions: list[str] = field(default_factory=list)
    attributions: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def _collect(path: Path, label: str, out: _Collected, user: bool) -> None:
    try:
        data = _read_yaml(path)
    except OSError as exc:
        out.problems.append(f"{label}: cannot read ({exc.strerror or exc})")
        return
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        out.problems.append(f"{label}:{where}: YAML syntax error: {problem}")
        return
    if data is None:
        return
    if not isinstance(data, dict):
        out.problems.append(f"{label}: expected a mapping with a 'skills' list")
        return
    for key in data:
        if key not in FILE_KEYS:
            out.problems.append(f"{label}: unknown key '{key}'")
    if isinstance(data.get("version"), (str, int, float)):
        out.versions.append(str(data["version"]))
    if isinstance(data.get("attribution"), str):
        out.attributions.append(data["attribution"].strip())
    cats = data.get("categories") or []
    if not isinstance(cats, list) or not all(isinstance(c, str) for c in cats):
        out.problems.append(f"{label}: categories: expected a list of names")
    else:
        out.categories.update(cats)
    skills = data.get("skills") or []
    if not isinstance(skills, list):
        out.problems.append(f"{label}: skills: expected a list")
        return
    layer = "user" if user else _layer_of(path, data.get("layer"))
    for index, item in enumerate(skills):
        where = f"{label}: skills[{index}]"
        if not isinstance(item, dict):
            out.problems.append(f"{where}: expected a mapping")
            continue
        entry = _Entry(where, item, layer, label, user)
        (out.extends if "extends" in item else out.entries).append(entry)


def _strings(entry: _Entry, key: str, problems: list[str]) -> tuple[str, ...]:
    value = entry.data.get(key)
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        problems.append(f"{entry.where}.{key}: expected a list of strings")
        return ()
    result: list[str] = []
    for index, item in enumerate(value):
        if isinstance(item, (int, float)) and not isinstance(item, bool):
            item = str(item)
        if not isinstance(item, str) or not item.strip():
            problems.append(f"{entry.where}.{key}[{index}]: expected a non-empty string")
            continue
        result.append(item.strip())
    return tuple(result)


def _build_skill(entry: _Entry, problems: list[str]) -> Skill | None:
    data = entry.data
    for key in data:
        if key not in SKILL_KEYS:
            problems.append(f"{entry.where}: unknown key '{key}'")
    skill_id = data.get("id")
    if not isinstance(skill_id, str) or not ID_PATTERN.match(skill_id):
        problems.append(
            f"{entry.where}.id: {skill_id!r} is not a valid id (lowercase letters, digits, _)"
        )
        return None
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        problems.append(f"{entry.where}.name: missing (skill '{skill_id}')")
        return None
    category = data.get("category", "general")
    if not isinstance(category, str):
        problems.append(f"{entry.where}.category: expected a string")
        category = "general"
    kind = data.get("kind", "hard")
    if kind not in KINDS:
        problems.append(f"{entry.where}.kind: {kind!r} is not one of {', '.join(KINDS)}")
        kind = "hard"
    description = data.get("description", "")
    lists = {key: _strings(entry, key, problems) for key in LIST_KEYS}
    return Skill(
        id=skill_id,
        name=name.strip(),
        category=category,
        kind=kind,
        description=description if isinstance(description, str) else "",
        layer=entry.layer,
        source=entry.source,
        **lists,
    )


def _suggest(name: str, known: Iterable[str]) -> str:
    from rapidfuzz import fuzz, process

    match = process.extractOne(name, list(known), scorer=fuzz.ratio, score_cutoff=75)
    return f" (did you mean '{match[0]}'?)" if match else ""


def _merge(collected: _Collected) -> tuple[dict[str, Skill], dict[str, str], list[str]]:
    """Build skills from entries; user entries replace shipped ones with the same id."""
    problems = collected.problems
    skills: dict[str, Skill] = {}
    where: dict[str, str] = {}
    for entry in collected.entries:
        skill = _build_skill(entry, problems)
        if skill is None:
            continue
        if skill.id in skills and not entry.user:
            problems.append(
                f"{entry.where}.id: duplicate id '{skill.id}' (first at {where[skill.id]})"
            )
            continue
        skills[skill.id] = skill
        where[skill.id] = entry.where
    for entry in collected.extends:
        for key in entry.data:
            if key not in EXTEND_KEYS:
                problems.append(f"{entry.where}: unknown key '{key}' in an extends entry")
        target = entry.data.get("extends")
        if not isinstance(target, str) or target not in skills:
            problems.append(
                f"{entry.where}.extends: unknown id {target!r}{_suggest(str(target), skills)}"
            )
            continue
        base = skills[target]
        added = {key: _strings(entry, key, problems) for key in EXTEND_KEYS - {"extends"}}
        skills[target] = replace(
            base,
            **{
                key: tuple(dict.fromkeys((*getattr(base, key), *added[key])))
                for key in added
                if added[key]
            },
        )
    return skills, where, problems


def _steal_user_surfaces(skills: dict[str, Skill], user_ids: set[str]) -> dict[str, Skill]:
    """A user layer wins: surfaces it claims are removed from shipped skills."""
    claimed = {
        matching_key(s): sid for sid in user_ids for s in skills[sid].surfaces if sid in skills
    }
    if not claimed:
        return skills
    result = dict(skills)
    for sid, skill in skills.items():
        if sid in user_ids:
            continue
        keep = tuple(a for a in skill.aliases if claimed.get(matching_key(a), sid) == sid)
        if keep != skill.aliases:
            result[sid] = replace(skill, aliases=keep)
    return result


def _validate(skills: dict[str, Skill], where: dict[str, str], categories: set[str]) -> list[str]:
    """Cross-skill rules: references, cycles, categories, surface clashes, risky surfaces."""
    problems: list[str] = []
    common = common_words()
    owner: dict[str, str] = {}
    for sid, skill in skills.items():
        path = where.get(sid, sid)
        if skill.category not in categories:
            problems.append(
                f"{path}.category: unknown category '{skill.category}'"
                f"{_suggest(skill.category, categories)}"
            )
        for category in skill.covers:
            if category not in categories:
                problems.append(f"{path}.covers: unknown category '{category}'")
        for key in ("parents", "related"):
            for ref in getattr(skill, key):
                if ref not in skills:
                    problems.append(f"{path}.{key}: unknown id '{ref}'{_suggest(ref, skills)}")
                elif ref == sid:
                    problems.append(f"{path}.{key}: '{sid}' refers to itself")
        surfaces = {normalize_surface(s) for s in skill.surfaces}
        for text in skill.case_sensitive:
            if normalize_surface(text) not in surfaces:
                problems.append(
                    f"{path}.case_sensitive: '{text}' is not the name or an alias of '{sid}'"
                )
        exact = {normalize_surface(t) for t in skill.case_sensitive}
        for index, text in enumerate(skill.surfaces):
            key = normalize_surface(text)
            label = "name" if index == 0 else "aliases"
            same = matching_key(text)
            other = owner.get(same)
            if other is not None and other != sid:
                problems.append(f"{path}.{label}: '{text}' is already a name or alias of '{other}'")
            else:
                owner[same] = sid
            if key not in exact and not skill.context and needs_rule(text, common):
                why = "is shorter than 3 letters" if key not in common else "is a common word"
                problems.append(
                    f"{path}.{label}: '{text}' {why}; list it in case_sensitive or give "
                    f"'{sid}' context words"
                )
    problems.extend(_cycles(skills, where))
    return problems


def _cycles(skills: dict[str, Skill], where: dict[str, str]) -> list[str]:
    problems: list[str] = []
    state: dict[str, int] = {}  # 1 = on the stack, 2 = done

    def visit(sid: str, stack: list[str]) -> None:
        state[sid] = 1
        stack.append(sid)
        for parent in skills[sid].parents:
            if parent not in skills:
                continue
            if state.get(parent) == 1:
                cycle = stack[stack.index(parent) :] + [parent]
                problems.append(f"{where.get(sid, sid)}.parents: cycle {' -> '.join(cycle)}")
            elif parent not in state:
                visit(parent, stack)
        stack.pop()
        state[sid] = 2

    for sid in sorted(skills):
        if sid not in state:
            visit(sid, [])
    return problems


# --------------------------------------------------------------------------- public API


def _assemble(
    files: Sequence[tuple[Path, str, bool]], digest: str = ""
) -> tuple[Taxonomy | None, list[str]]:
    collected = _Collected()
    for path, label, user in files:
        _collect(path, label, collected, user)
    skills, where, problems = _merge(collected)
    user_ids = {e.data.get("id") for e in collected.entries if e.user} | {
        e.data.get("extends") for e in collected.extends if e.user
    }
    user_ids = {sid for sid in user_ids if isinstance(sid, str) and sid in skills}
    skills = _steal_user_surfaces(skills, user_ids)
    problems = problems + _validate(skills, where, collected.categories)
    if problems:
        return None, problems
    taxonomy = Taxonomy(
        skills=skills,
        categories=frozenset(collected.categories),
        version=collected.versions[0] if collected.versions else "",
        files=tuple(label for _, label, _ in files),
        attributions=tuple(dict.fromkeys(collected.attributions)),
        digest=digest or files_digest(path for path, _, _ in files),
    )
    return taxonomy, []


def _file_list(
    extra: Sequence[str | os.PathLike[str]], shipped: bool
) -> list[tuple[Path, str, bool]]:
    files: list[tuple[Path, str, bool]] = []
    if shipped:
        root = shipped_dir()
        files.extend(
            (p, f"skills/{p.relative_to(root).as_posix()}", False) for p in taxonomy_files(root)
        )
    for item in extra:
        path = Path(item)
        if path.is_dir():
            files.extend((p, p.as_posix(), True) for p in taxonomy_files(path))
        else:
            files.append((path, str(item), True))
    return files


def check_paths(paths: Sequence[str | os.PathLike[str]] = ()) -> tuple[Taxonomy | None, list[str]]:
    """Validate. No paths: the shipped taxonomy. A folder: that folder alone as a
    complete taxonomy. A file: that file laid over the shipped taxonomy."""
    if not paths:
        return _assemble(_file_list((), shipped=True))
    files: list[tuple[Path, str, bool]] = []
    over_shipped = False
    for item in paths:
        path = Path(item)
        if path.is_dir():
            files.extend((p, p.as_posix(), False) for p in taxonomy_files(path))
        elif path.exists():
            over_shipped = True
            files.append((path, str(item), True))
        else:
            return None, [f"{item}: no such file or directory"]
    if over_shipped:
        files = _file_list((), shipped=True) + files
    return _assemble(files)


def files_digest(paths: Iterable[Path]) -> str:
    """Content hash of the given files plus the code version: the cache key."""
    digest = hashlib.sha256(f"{__version__}:{CACHE_FORMAT}".encode())
    for path in paths:
        digest.update(str(path.name).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:24]


def load_taxonomy(
    extra: Sequence[str | os.PathLike[str]] = (), *, use_cache: bool = True
) -> Taxonomy:
    """The shipped taxonomy plus user files; raises TaxonomyError listing every problem."""
    files = _file_list(extra, shipped=True)
    for path, label, _ in files:
        if not path.exists():
            raise TaxonomyError(label, [f"{label}: no such file or directory"])
    digest = files_digest(p for p, _, _ in files)
    cache_name = f"taxonomy-{digest}"
    cached = cache.load(cache_name) if use_cache else None
    if isinstance(cached, Taxonomy):
        return cached
    taxonomy, problems = _assemble(files, digest)
    if taxonomy is None:
        source = next((label for _, label, user in files if user), "skills/")
        raise TaxonomyError(source, problems)
    if use_cache:
        cache.store(cache_name, taxonomy)
    return taxonomy
