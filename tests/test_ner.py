"""The bundled skill NER: loads offline, finds unlisted tools, skips names/places/contacts."""

from __future__ import annotations

from pathlib import Path

import pytest

from skillmatch.errors import ModelError
from skillmatch.ner import SkillNER, chunks, model_available, model_path


@pytest.fixture(scope="module")
def ner() -> SkillNER:
    return SkillNER.load()


def _texts(text: str, spans: list[tuple[int, int, float]]) -> list[str]:
    return [text[s:e] for s, e, _ in spans]


def test_packaged_model_is_present_and_small() -> None:
    assert model_available()
    size = sum(p.stat().st_size for p in model_path().rglob("*") if p.is_file())
    assert size < 10 * 1024 * 1024


def test_unlisted_framework_in_a_skills_list(ner: SkillNER) -> None:
    text = "Skills: Python, Zorblax, PostgreSQL"
    found = _texts(text, ner.spans(text))
    assert "Zorblax" in found


def test_unlisted_tool_among_known_ones(ner: SkillNER) -> None:
    text = "Technical skills: Java, Spring Boot, Kubernetes, Flurbify, React"
    found = _texts(text, ner.spans(text))
    assert "Flurbify" in found
    assert "Kubernetes" in found


def test_offsets_slice_the_full_text(ner: SkillNER) -> None:
    text = "Jane Doe\njane@example.com\n\nSKILLS\nPython, Docker, Terraform and Grafana\n"
    spans = ner.spans(text)
    assert spans
    for start, end, conf in spans:
        assert 0 <= start < end <= len(text)
        assert text[start:end].strip() == text[start:end]
        assert 0.0 < conf <= 1.0
    assert "Terraform" in _texts(text, spans)


@pytest.mark.parametrize(
    "text",
    [
        "Priya Raghunathan",
        "John Smith",
        "Bengaluru, Karnataka",
        "Chicago, IL",
        "Email: jane.doe@example.com | Phone: +1 (555) 123-4567",
        "https://github.com/janedoe",
        "January 2019 - Present",
    ],
)
def test_no_skill_in_names_places_contacts_dates(ner: SkillNER, text: str) -> None:
    assert ner.spans(text) == []


def test_spans_many_matches_spans(ner: SkillNER) -> None:
    texts = ["Skills: Python, Zorblax, PostgreSQL", "", "John Smith"]
    assert ner.spans_many(texts) == [ner.spans(t) for t in texts]


def test_junk_is_filtered(ner: SkillNER) -> None:
    text = "Skills: 2019, -, ..., 42"
    assert ner.spans(text) == []


def test_chunks_skip_contact_and_date_lines() -> None:
    text = "Jane Doe\njane@example.com\n2018 - 2020\nhttp://x.org\nSkills: Go"
    got = [(off, chunk.strip()) for off, chunk in chunks(text)]
    assert got == [(0, "Jane Doe"), (text.index("Skills"), "Skills: Go")]


def test_missing_model_raises_model_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="not found"):
        SkillNER.load(tmp_path / "nowhere")


def test_broken_model_raises_model_error(tmp_path: Path) -> None:
    (tmp_path / "ner").mkdir()
    (tmp_path / "meta.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(ModelError, match="could not be loaded"):
        SkillNER.load(tmp_path)


@pytest.mark.parametrize(
    "text, kept",
    [
        (".NET", ".NET"),
        ("C++,", "C++"),
        (".The", None),  # a sentence's first word after a lost space
        ("the", None),
        ("x", None),
        ("Kubernetes)", "Kubernetes"),
        ("MS or", "MS"),  # a conjunction the model took in
        ("agile and/or", "agile"),
        ("with Python", "Python"),
        ("and/or", None),
        ("either", None),
        ("Our technology", None),  # the employer's own thing
        ("experiences", None),  # a noun of competence alone
        ("Docker and Kubernetes", "Docker and Kubernetes"),
    ],
)
def test_span_cleaning(text: str, kept: str | None) -> None:
    from skillmatch.ner import _clean_span

    span = _clean_span(text, 0, len(text))
    assert (text[span[0] : span[1]] if span else None) == kept
