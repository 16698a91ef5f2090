"""The window's last word on a refusal or a failure: one translated sentence."""

from __future__ import annotations

from desktop_crm.services.common.errors import (
    FieldError,
    NotFoundError,
    PermissionDenied,
    ValidationFailed,
)
from desktop_crm.ui.common.failures import failure_text
from desktop_crm.ui.i18n import install_translators


def test_a_refusal_names_the_role_in_the_readers_language(qapp) -> None:
    install_translators("zh_CN")
    try:
        text = failure_text(PermissionDenied("王建国", "rep", "purge trash: only an owner may"))
        assert "业务员" in text and "不允许" in text
        assert "purge" not in text  # the service's English detail stays out of the sentence
        assert "已不存在" in failure_text(NotFoundError("customer 5"))
        required = failure_text(ValidationFailed([FieldError("name", "required")]))
        assert required and "name" not in required
    finally:
        install_translators("en")
    assert "Sales rep" in failure_text(PermissionDenied("x", "rep", "y"))
    assert "ZeroDivisionError" in failure_text(ZeroDivisionError("boom"))
