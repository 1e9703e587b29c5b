"""The accuracy harness's metric functions (EVALUATION.md) on tiny inline documents."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

from evaluate import Counts, Item, gold_items, ner_items, normalise, score_document  # noqa: E402


def test_normalise_nfkc_case_space_and_punctuation() -> None:
    assert normalise("  Ｐｙｔｈｏｎ,  ") == "python"
    assert normalise("(Machine \n  Learning).") == "machine learning"
    assert normalise("C++") == "c++"  # symbols are not punctuation
    assert normalise("C#") == "c"  # '#' is punctuation (Unicode Po), as the rule says


def test_gold_items_are_distinct_normalised_texts() -> None:
    text = "Python, python and Java"
    items = gold_items(text, [(0, 6), (8, 14), (19, 23)])
    assert items == {"python": [(0, 6), (8, 14)], "java": [(19, 23)]}


def test_correct_by_overlap_and_found_by_overlap() -> None:
    text = "Skills: Spring Boot, Docker"
    pred = [Item("Spring", [(8, 14, "Spring")])]
    c = score_document(text, pred, [(8, 19), (21, 27)])
    assert (c.correct, c.predicted, c.found, c.gold) == (1, 1, 1, 2)


def test_equal_text_rule_compensates_unlabelled_mentions() -> None:
    text = "Used docker daily.\nDocker, Kubernetes"
    # gold labels only the first mention; the prediction hits only the second
    pred = [Item("Docker", [(19, 25, "Docker")])]
    c = score_document(text, pred, [(5, 11)])
    assert (c.correct, c.found) == (1, 1)


def test_name_matches_gold_text() -> None:
    text = "We use JS everywhere"
    pred = [Item("JavaScript", [(7, 9, "JS")])]
    c = score_document(text, pred, [(0, 2)])  # gold "we" - nonsense, no overlap
    assert c.correct == 0
    c = score_document("javascript and JS", pred, [(0, 10)])
    assert c.correct == 1  # name equals the gold text


def test_precision_and_recall_gold_sets_can_differ() -> None:
    text = "Knowledge of Python and strong communication"
    pred = [Item("python", [(13, 19, "Python")]), Item("communication", [(31, 44, "x")])]
    knowledge = [(13, 19)]
    skill = [(24, 44)]
    c = score_document(text, pred, knowledge + skill, knowledge)
    assert (c.correct, c.predicted, c.found, c.gold) == (2, 2, 1, 1)


def test_micro_average_over_documents() -> None:
    total = Counts()
    total.add(Counts(1, correct=1, predicted=2, found=1, gold=1))
    total.add(Counts(1, correct=3, predicted=3, found=1, gold=4))
    assert total.documents == 2
    assert total.precision == pytest.approx(4 / 5)
    assert total.recall == pytest.approx(2 / 5)
    assert total.f1 == pytest.approx(2 * 0.8 * 0.4 / 1.2)
    assert Counts().f1 == 0.0


def test_ner_items_group_by_normalised_text() -> None:
    text = "AWS, aws; Terraform"
    items = ner_items(text, [(0, 3, 0.5), (5, 8, 0.5), (10, 19, 0.5)])
    assert {i.name: len(i.mentions) for i in items} == {"aws": 2, "terraform": 1}


def test_coverage_counts_exact_names_and_reports_the_matcher_reading_apart():
    from taxonomy_coverage import MatcherReading, coverage

    surfaces = {"java ee", "relational database", "bachelor's degree", "c++"}
    texts = ["Java EE", "java-ee", "relational databases", "bachelor’s degree", "C/C++", "c++ )"]
    _, exact, misses = coverage(texts, surfaces)
    assert exact == 2 / 6  # "Java EE" and "c++ )" (surrounding punctuation stripped)
    assert "java-ee" in misses and "relational databases" in misses
    _, read, misses = coverage(texts, MatcherReading(surfaces))
    assert read == 5 / 6  # hyphen, plural and apostrophe read; a compound is still a miss
    assert list(misses) == ["c/c++"]
