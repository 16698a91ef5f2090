"""Small hand-made offices for the visit tests (expected figures are written by hand)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from desktop_crm.models.core import Contact, Customer, Deal, User


def make_rep(name: str = "王建国") -> User:
    return User.create(name=name, role="rep")


def make_customer(
    name: str,
    rep: User | None = None,
    *,
    company: str = "",
    district: str = "",
    address: str = "",
    deal_on: dt.date | None = None,
    **values: object,
) -> Customer:
    customer = Customer.create(
        name=name,
        company=company,
        district=district,
        address=address,
        owner_rep=rep.id if rep else None,
        **values,
    )
    if deal_on is not None:
        Deal.create(customer=customer.id, date=deal_on, amount=Decimal("1000"))
    return customer


def make_contact(customer: Customer, name: str, position: str = "采购经理") -> Contact:
    return Contact.create(
        customer=customer.id, name=name, position=position, role="buyer", phone="13800000000"
    )


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute))
