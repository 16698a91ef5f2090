"""Errors the services raise and the UI explains."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class FieldError:
    """One bad value: which field (e.g. "email", "contacts.2.email"), a code and its params.

    Codes: required, too_long, control_char, encoding (a lone surrogate), type (not a value
    of the field's type), email, phone, date, monthday, money, number, integer, range (params
    low, high), choice, not_found, duplicate, invalid (e.g. a hand-over to the person
    leaving), inactive (a deactivated person named as the new owner), last_owner (the
    office's last active owner cannot go or be demoted); for merges
    (services/customers/merge.py): same_customer, in_trash (params name), undone, later_merge
    (params survivor, other), changed_since_merge (params customer, fields), merged_away
    (params survivor; a restore from the trash of a merged-away customer); for the pipeline
    (services/owner/pipeline.py): in_use (params stage, count; a stage still holding
    opportunities); for complaints (services/aftersale/complaints.py): future (received after
    now), before_received (a deadline set before the time received). The UI turns each
    code into a translated sentence (ui/common/messages.py).
    """

    field: str
    code: str
    # dataclasses.field spelled out: the `field` attribute above shadows the bare name
    params: dict[str, Any] = dataclasses.field(default_factory=dict)


class ValidationFailed(ValueError):
    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__("; ".join(f"{e.field}: {e.code}" for e in errors))
        self.errors = errors

    def for_field(self, name: str) -> FieldError | None:
        return next((e for e in self.errors if e.field == name), None)


class ConflictError(RuntimeError):
    """Someone saved a newer version first; nothing was written."""

    def __init__(self, entity: str, entity_id: int, our_version: int, their_version: int | None):
        super().__init__(
            f"{entity} {entity_id} changed since it was loaded "
            f"(ours {our_version}, now {their_version})"
        )
        self.entity = entity
        self.entity_id = entity_id
        self.our_version = our_version
        self.their_version = their_version  # None: it was deleted meanwhile


class NotFoundError(LookupError):
    """The row does not exist (or is in the trash when it should not be)."""


class PermissionDenied(PermissionError):
    """The acting person's role may not do this; nothing was done.

    `action` names what was refused (e.g. "change people"), `role` the actor's stored role.
    """

    def __init__(self, actor_name: str, role: str, action: str) -> None:
        super().__init__(f"{actor_name} ({role}) may not {action}")
        self.actor_name = actor_name
        self.role = role
        self.action = action
