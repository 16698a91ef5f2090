"""Who may read and write what: the one home of the permission policy (Qt-free).

Roles (services/people/roles.Role):
- owner (老板/主管): everything;
- clerk (销售内勤, stored "staff"): every customer, visit and assessment; no purge of the trash,
  no change of people, permissions or office-wide settings;
- rep (业务员): their own customers and the shared pool (公海: customers without an owner) only,
  and the visits, deals, contacts and assessments of those; their own planner, reviews and
  figures only.

Every public service function that takes the acting person carries one `guard`, which a test
reads (tests/services/test_permissions.py): a function without one fails that test, so a new
service cannot forget its check. The guard runs before the function's body:

- `@guard.anyone`: any active person (office-wide settings and lists every role reads);
- `@guard.office`: an active owner or clerk (changes that touch every rep's work);
- `@guard.owner`: an active owner (purge, people, permissions);
- `@guard.customer("customer_id")`, `@guard.visit("visit_id")`,
  `@guard.assessment("assessment_id")`, `@guard.opportunity("opportunity_id")`,
  `@guard.complaint("complaint_id")`, `@guard.survey("survey_id")`: the named
  argument's row must be visible to the actor (a list argument: every id in it);
- `@guard.rep("rep_id")`: a rep may only name themself; None ("every rep") becomes the rep
  (guards stack: `@guard.visit()` above `@guard.rep()` checks both);
- `@guard.scoped`: the body filters by `visible_customers(actor)` itself (lists, searches,
  drafts whose customer is checked inside); the permission tests drive these as a rep.

Ownership and the shared pool (services/customers/pool.py): the office (owner, clerk)
reassigns anyone's customers (selected ones, or all of one person's) and runs the auto-return
to the pool; a rep may not reassign, but may claim a pool customer (the first claim wins, a
later one is refused naming the owner) and release their own customers to the pool. Setting
a tier by hand and the pool settings are the office's.

A refusal raises PermissionDenied and changes nothing. A deactivated person is refused
everything.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

from ...models.aftersale import Complaint, Survey
from ...models.assessments import Assessment
from ...models.core import Customer
from ...models.db import database_proxy
from ...models.opportunities import Opportunity
from ...models.visits import Visit
from ..common.acting import Person, internal, rule
from ..common.errors import NotFoundError, PermissionDenied
from .roles import Role

F = TypeVar("F", bound=Callable[..., Any])

# ---------------------------------------------------------------- the rules


@rule
def sees_every_customer(person: Person) -> bool:
    """Owner and clerk see the whole file; a rep their own customers and the pool."""
    return person.active and person.role in (Role.OWNER, Role.CLERK)


@rule
def is_office(person: Person) -> bool:
    return person.active and person.role in (Role.OWNER, Role.CLERK)


@rule
def is_owner(person: Person) -> bool:
    return person.active and person.role == Role.OWNER


@rule
def may_see_owned_by(person: Person, owner_rep_id: int | None) -> bool:
    """Whether `person` may see a customer owned by `owner_rep_id` (None: the shared pool)."""
    if not person.active:
        return False
    return sees_every_customer(person) or owner_rep_id is None or owner_rep_id == person.id


@rule
def may_own(person: Person, owner_rep_id: int | None) -> bool:
    """Whether `person` may give a customer the owner `owner_rep_id` (create, save, claim):
    the office gives any owner; a rep only themself (or leaves the customer in the pool)."""
    return is_office(person) or (person.active and owner_rep_id in (None, person.id))


@rule
def may_release(person: Person, owner_rep_id: int | None) -> bool:
    """Whether `person` may move a customer owned by `owner_rep_id` to the shared pool: the
    office any, a rep only their own (release_to_pool checks the same in SQL)."""
    return is_office(person) or (person.active and owner_rep_id == person.id)


@rule
def default_owner(person: Person) -> int | None:
    """Who a new customer belongs to unless chosen otherwise: the person who creates it (a
    rep's own new customer is theirs, not the shared pool's where every rep would see it; an
    owner's or clerk's is theirs until they give it to a rep). Nobody for a deactivated or
    signed-out person."""
    return person.id if person.active and person.id else None


@rule
def default_import_owner(person: Person) -> int | None:
    """Who the customers of an import belong to unless the import names an owner: a rep's
    are theirs; the office's go to nobody (the shared pool) rather than to the clerk who ran
    the import, since a clerk's file would hide them from every rep."""
    return person.id if person.active and person.role == Role.REP else None


@internal
def visible_customers(person: Person) -> Any:
    """An SQL condition on Customer: the rows `person` may see (true for the office)."""
    if not person.active:
        return Customer.id.is_null(True) & Customer.id.is_null(False)  # nothing
    if sees_every_customer(person):
        return Customer.id.is_null(False)
    return Customer.owner_rep.is_null(True) | (Customer.owner_rep == person.id)


@internal
def visible_customer_ids(person: Person) -> Any:
    """A subquery of the customer ids `person` may see (for visits, deals, assessments)."""
    return Customer.select(Customer.id).where(visible_customers(person))


# ---------------------------------------------------------------- the checks


def _denied(person: Person, action: str) -> PermissionDenied:
    return PermissionDenied(person.name, person.role, action)


@internal
def require_active(person: Person) -> None:
    if not person.active:
        raise _denied(person, "act: this person has been deactivated")


@internal
def require_office(person: Person, action: str = "change what every rep works with") -> None:
    require_active(person)
    if not is_office(person):
        raise _denied(person, action)


@internal
def require_owner(person: Person, action: str = "do this") -> None:
    require_active(person)
    if not is_owner(person):
        raise _denied(person, action)


@internal
def require_customers(person: Person, customer_ids: Iterable[int]) -> None:
    """Refuse unless every customer named is visible to `person` (a missing one is left to
    the service's own NotFoundError)."""
    require_active(person)
    if sees_every_customer(person):
        return
    ids = {int(i) for i in customer_ids if isinstance(i, int) and not isinstance(i, bool)}
    if not ids:
        return
    owners = Customer.select(Customer.id, Customer.owner_rep).where(Customer.id.in_(list(ids)))
    for row in owners.tuples():
        if not may_see_owned_by(person, row[1]):
            raise _denied(person, f"see customer {row[0]}: another rep's customer")


@internal
def require_customer(person: Person, customer_id: int) -> None:
    require_customers(person, [customer_id])


def _require_child_rows(person: Person, table: Any, row_ids: Iterable[int]) -> None:
    require_active(person)
    if sees_every_customer(person):
        return
    ids = [int(i) for i in row_ids if isinstance(i, int) and not isinstance(i, bool)]
    if ids:
        rows = table.select(table.customer_id).where(table.id.in_(ids))
        require_customers(person, [int(r[0]) for r in rows.tuples()])


@internal
def require_visits(person: Person, visit_ids: Iterable[int]) -> None:
    _require_child_rows(person, Visit, visit_ids)


@internal
def require_assessments(person: Person, assessment_ids: Iterable[int]) -> None:
    _require_child_rows(person, Assessment, assessment_ids)


@internal
def require_opportunities(person: Person, opportunity_ids: Iterable[int]) -> None:
    """Refuse unless every opportunity named belongs to a customer `person` sees."""
    _require_child_rows(person, Opportunity, opportunity_ids)


@internal
def require_complaints(person: Person, complaint_ids: Iterable[int]) -> None:
    """Refuse unless every complaint named belongs to a customer `person` sees."""
    _require_child_rows(person, Complaint, complaint_ids)


@internal
def require_surveys(person: Person, survey_ids: Iterable[int]) -> None:
    """Refuse unless every survey named belongs to a customer `person` sees."""
    _require_child_rows(person, Survey, survey_ids)


@internal
def require_rep(person: Person, rep_id: int | None) -> int | None:
    """The rep id a query may use: the office any (None: everyone); a rep only themself."""
    require_active(person)
    if is_office(person):
        return rep_id
    if rep_id is None or rep_id == person.id:
        return person.id
    raise _denied(person, f"see another rep's work (rep {rep_id})")


@internal
def require_owner_of(person: Person, owner_rep_id: int | None) -> None:
    if not may_own(person, owner_rep_id):
        raise _denied(person, "give a customer to another rep")


@internal
def customer_owner(customer_id: int) -> int | None:
    row = Customer.select(Customer.owner_rep).where(Customer.id == customer_id).tuples().first()
    if row is None:
        raise NotFoundError(f"customer {customer_id}")
    return None if row[0] is None else int(row[0])


# ---------------------------------------------------------------- the guards


@dataclass(frozen=True)
class Guard:
    """What a service function checks before it runs (read by the permission tests)."""

    kind: (
        str  # anyone | office | owner | scoped | rep | customer | visit | assessment
        # | opportunity | complaint | survey
    )
    arguments: tuple[str, ...] = ()


def _as_ids(value: Any) -> list[int]:
    if isinstance(value, (list, tuple, set, frozenset)):
        return [v for v in value if isinstance(v, int)]
    return [value] if isinstance(value, int) else []


_ROW_CHECKS: dict[str, Callable[[Person, Iterable[int]], None]] = {
    "customer": require_customers,
    "visit": require_visits,
    "assessment": require_assessments,
    "opportunity": require_opportunities,
    "complaint": require_complaints,
    "survey": require_surveys,
}


def _guarded(spec: Guard) -> Callable[[F], F]:
    def decorate(fn: F) -> F:
        signature = inspect.signature(fn)
        for name in spec.arguments:
            if name not in signature.parameters:
                raise TypeError(f"{fn.__qualname__} has no argument {name!r} to guard")

        @functools.wraps(fn)
        def checked(*args: Any, **kwargs: Any) -> Any:
            bound = signature.bind_partial(*args, **kwargs)
            actor = bound.arguments.get("actor")
            if not isinstance(actor, Person):
                raise TypeError(f"{fn.__qualname__}: the acting person comes first")
            try:
                _check(bound, actor)
                return fn(*bound.args, **bound.kwargs)
            except PermissionDenied as denied:
                _log_refusal(denied, actor, fn, spec, bound)
                raise

        def _check(bound: inspect.BoundArguments, actor: Person) -> None:
            require_active(actor)
            what = fn.__name__.replace("_", " ")
            if spec.kind == "office":
                require_office(actor, f"{what}: only an owner or an office clerk may")
            elif spec.kind == "owner":
                require_owner(actor, f"{what}: only an owner may")
            elif spec.kind in _ROW_CHECKS:
                for name in spec.arguments:
                    _ROW_CHECKS[spec.kind](actor, _as_ids(bound.arguments.get(name)))
            elif spec.kind == "rep":
                for name in spec.arguments:
                    bound.arguments[name] = require_rep(actor, bound.arguments.get(name))

        # guards stack: `@guard.visit()` over `@guard.rep()` checks both
        stacked = (*getattr(fn, "__crm_guards__", ()), spec)
        checked.__crm_guards__ = stacked  # type: ignore[attr-defined]
        checked.__crm_guard__ = spec  # type: ignore[attr-defined]
        return checked  # type: ignore[return-value]

    return decorate


def _log_refusal(
    denied: PermissionDenied,
    actor: Person,
    fn: Callable[..., Any],
    spec: Guard,
    bound: inspect.BoundArguments,
) -> None:
    """Note a refusal in the audit log once (the innermost guard that sees it), then let it
    go on up: a rep trying a forbidden action through any screen or command leaves an entry."""
    if getattr(denied, "logged", False):
        return
    database = database_proxy.obj
    if database is None or database.in_transaction():
        return  # an entry written now would be rolled back with the work: the caller logs it
    denied.logged = True  # type: ignore[attr-defined]
    from ..office.audit import record_refusal  # the log sits above the policy

    ids = _as_ids(bound.arguments.get(spec.arguments[0])) if spec.arguments else []
    customer = ids[0] if spec.kind == "customer" and ids else None
    record_refusal(
        actor,
        f"{fn.__module__.removeprefix('desktop_crm.services.')}.{fn.__name__}",
        str(denied),
        customer,
    )


class _Guards:
    """`guard.anyone`, `guard.customer("customer_id")`, …: see the module's text."""

    @property
    def anyone(self) -> Callable[[F], F]:
        return _guarded(Guard("anyone"))

    @property
    def office(self) -> Callable[[F], F]:
        return _guarded(Guard("office"))

    @property
    def owner(self) -> Callable[[F], F]:
        return _guarded(Guard("owner"))

    @property
    def scoped(self) -> Callable[[F], F]:
        return _guarded(Guard("scoped"))

    def customer(self, *arguments: str) -> Callable[[F], F]:
        return _guarded(Guard("customer", arguments or ("customer_id",)))

    def visit(self, *arguments: str) -> Callable[[F], F]:
        return _guarded(Guard("visit", arguments or ("visit_id",)))

    def assessment(self, *arguments: str) -> Callable[[F], F]:
        return _guarded(Guard("assessment", arguments or ("assessment_id",)))

    def opportunity(self, *arguments: str) -> Callable[[F], F]:
        return _guarded(Guard("opportunity", arguments or ("opportunity_id",)))

    def complaint(self, *arguments: str) -> Callable[[F], F]:
        return _guarded(Guard("complaint", arguments or ("complaint_id",)))

    def survey(self, *arguments: str) -> Callable[[F], F]:
        return _guarded(Guard("survey", arguments or ("survey_id",)))

    def rep(self, *arguments: str) -> Callable[[F], F]:
        return _guarded(Guard("rep", arguments or ("rep_id",)))


guard = _Guards()


@internal
def guard_of(fn: Callable[..., Any]) -> Guard | None:
    """The outermost guard of a service function (None: it has none)."""
    return getattr(fn, "__crm_guard__", None)


@internal
def guards_of(fn: Callable[..., Any]) -> tuple[Guard, ...]:
    """Every guard of a service function, innermost first."""
    return tuple(getattr(fn, "__crm_guards__", ()))
