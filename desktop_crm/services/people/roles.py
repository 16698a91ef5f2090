"""The office's roles and what each may do: one home for the permission rules."""

from __future__ import annotations

from enum import StrEnum

from ...i18n import QT_TRANSLATE_NOOP
from ..common.acting import Person, rule
from ..common.errors import PermissionDenied


class Role(StrEnum):
    """The role stored in `User.role`. The clerk keeps the stored value "staff" that older
    files hold, so no row changes; `Role.CLERK.name.lower()` ("clerk") is what commands take."""

    OWNER = "owner"  # 老板/主管: everything
    CLERK = "staff"  # 销售内勤: every customer; no purge, no people or permission changes
    REP = "rep"  # 业务员: own customers and the shared pool only

    @property
    def label(self) -> str:
        """The untranslated label; the UI translates it in the "Role" context."""
        return ROLE_LABELS[self]

    @property
    def keyword(self) -> str:
        """What commands and the UI's ids call it: owner, clerk, rep."""
        return self.name.lower()


ROLE_LABELS: dict[Role, str] = {
    Role.OWNER: QT_TRANSLATE_NOOP("Role", "Owner"),
    Role.CLERK: QT_TRANSLATE_NOOP("Role", "Office clerk"),
    Role.REP: QT_TRANSLATE_NOOP("Role", "Sales rep"),
}

ROLES = tuple(r.value for r in Role)


@rule
def role_from_keyword(keyword: str) -> Role | None:
    """owner / clerk / rep (or a stored value) to its Role; None for anything else."""
    for role in Role:
        if keyword in (role.keyword, role.value):
            return role
    return None


@rule
def may_change_people(person: Person) -> bool:
    """Only an active owner adds, renames, re-roles, deactivates people or sets passwords."""
    return person.active and person.role == Role.OWNER


@rule
def require_people_changer(person: Person) -> None:
    """Raise PermissionDenied unless `person` may change people."""
    if not may_change_people(person):
        raise PermissionDenied(
            person.name, person.role, "change the office's people: only an owner may"
        )
