"""Questionnaire templates: the shipped files and versioning of in-app edits."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from desktop_crm.paths import resources_dir
from desktop_crm.services.analysis import questionnaires as qn
from desktop_crm.services.context import AppContext

DOMAIN = Path("/work/shared/DOMAIN.md")


@pytest.mark.parametrize("key", qn.QUESTIONNAIRE_KEYS)
def test_shipped_templates_are_complete(key: str) -> None:
    data = json.loads((resources_dir() / "questionnaires" / f"{key}.json").read_text("utf-8"))
    assert len(data["questions"]) == 10
    for q in data["questions"]:
        assert set(q["text"]) == {"zh_CN", "zh_TW", "en"}
        assert set(q["anchors"]) == {"1", "3", "5"}
        for anchor in q["anchors"].values():
            assert all(anchor[lang].strip() for lang in ("zh_CN", "zh_TW", "en"))
        assert q["weight"] > 0


def test_questions_are_the_training_text_word_for_word() -> None:
    intent = qn.load_default("intent")
    quality = qn.load_default("quality")
    assert intent.questions[0].label("zh_CN") == "是否使用过同类产品?"
    assert intent.questions[9].label("zh_CN") == "采购决策的人数?"
    assert quality.questions[1].label("zh_CN") == "客户平常阅读报纸,杂志,图书的情况如何?"
    assert quality.questions[2].label("en") == (
        "Superstitious (fortune telling, feng shui, I Ching, Bazi)?"
    )
    assert quality.questions[2].label("zh_TW") == "客戶是否迷信?算命,風水,易經,八字?"
    if DOMAIN.exists():
        text = DOMAIN.read_text("utf-8")
        for q in intent.questions + quality.questions:
            assert q.label("zh_CN") in text and q.label("en") in text


def test_first_use_stores_version_one(ctx: AppContext) -> None:
    intent = qn.current(ctx.user, "intent")
    assert intent.number == 1 and intent.version_id is not None
    assert [v.number for v in qn.versions(ctx.user, "intent")] == [1]
    assert qn.current(ctx.user, "quality").questions == qn.load_default("quality").questions


def test_each_edit_makes_a_new_version(ctx: AppContext) -> None:
    v1 = qn.current(ctx.user, "quality")
    first = v1.questions[0]
    reworded = replace(first, text={**first.text, "zh_CN": "客户的最高学历?"})
    v2 = qn.save_new_version(ctx.user, replace(v1, questions=(reworded, *v1.questions[1:])))
    v3 = qn.save_new_version(ctx.user, replace(v2, questions=v2.questions[:-1]))  # removed
    v4 = qn.save_new_version(
        ctx.user, replace(v3, questions=(replace(v3.questions[0], weight=2.5), *v3.questions[1:]))
    )
    assert [v.number for v in qn.versions(ctx.user, "quality")] == [1, 2, 3, 4]
    assert qn.current(ctx.user, "quality").number == 4
    assert len(v3.questions) == 9 and v4.questions[0].weight == 2.5
    # stored versions never change
    assert qn.version(ctx.user, v1.version_id).questions[0].label("zh_CN") == "客户的学历状况如何?"  # type: ignore[arg-type]
    assert qn.version(ctx.user, v2.version_id).questions[0].label("zh_CN") == "客户的最高学历?"  # type: ignore[arg-type]
    assert len(qn.version(ctx.user, v2.version_id).questions) == 10  # type: ignore[arg-type]
    # the other questionnaire is untouched
    assert qn.current(ctx.user, "intent").number == 1


def test_unchanged_edit_stores_nothing(ctx: AppContext) -> None:
    v1 = qn.current(ctx.user, "intent")
    assert qn.save_new_version(ctx.user, v1).number == 1
    assert len(qn.versions(ctx.user, "intent")) == 1


def test_bad_edits_are_refused(ctx: AppContext) -> None:
    v1 = qn.current(ctx.user, "intent")
    with pytest.raises(qn.TemplateError):
        qn.save_new_version(ctx.user, replace(v1, questions=()))
    with pytest.raises(qn.TemplateError):
        qn.save_new_version(ctx.user, replace(v1, questions=(replace(v1.questions[0], weight=0),)))
    with pytest.raises(qn.TemplateError):
        blank = replace(v1.questions[0], text={"zh_CN": " ", "en": ""})
        qn.save_new_version(ctx.user, replace(v1, questions=(blank,)))
    assert len(qn.versions(ctx.user, "intent")) == 1


def test_new_question_ids_are_never_reused(ctx: AppContext) -> None:
    v1 = qn.current(ctx.user, "intent")
    qn.save_new_version(ctx.user, replace(v1, questions=v1.questions[:-1]))  # drop intent.10
    assert qn.next_question_id(ctx.user, "intent") == "intent.11"


def test_text_falls_back_to_another_language() -> None:
    assert qn.text_in({"zh_CN": "简体", "en": "English"}, "zh_TW") == "简体"
    assert qn.text_in({"en": "English"}, "zh_CN") == "English"
    assert qn.text_in({"zh_CN": "简体"}, "en") == "简体"


@pytest.mark.parametrize(
    ("edit", "code"),
    [
        ({"weight": float("inf")}, "weight"),  # the editor parses "inf": every score became NaN
        ({"weight": 1e300}, "weight"),
        ({"text": {"zh_CN": "坏\x00题"}}, "control_char"),
        ({"anchors": {1: {"zh_CN": "从\x07不"}}}, "control_char"),
    ],
)
def test_unusable_weights_and_texts_are_refused_with_a_code(
    ctx: AppContext, edit: dict[str, object], code: str
) -> None:
    v1 = qn.current(ctx.user, "intent")
    bad = replace(v1.questions[0], **edit)  # type: ignore[arg-type]
    with pytest.raises(qn.TemplateError) as caught:
        qn.save_new_version(ctx.user, replace(v1, questions=(bad, *v1.questions[1:])))
    assert (caught.value.code, caught.value.question_id) == (code, "intent.1")
    assert len(qn.versions(ctx.user, "intent")) == 1
