"""Pure rules of the customer file: deal totals, completeness, the effective tier."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from ...models.customer_fields import (
    CUSTOMER_FIELDS,
)
from ..common.acting import rule
from .drafts import CENT, Completeness, DealTotals

# ---------------------------------------------------------------- pure rules


@rule
def deal_totals(deals: list[tuple[dt.date | None, Decimal | None]]) -> DealTotals:
    """Number of deals, their sum, average and last purchase date (blank rows ignored)."""
    amounts = [a for _, a in deals if a is not None]
    dates = [d for d, _ in deals if d is not None]
    total = sum(amounts, Decimal("0"))
    count = len(deals)
    average = (total / count).quantize(CENT, ROUND_HALF_UP) if count else Decimal("0")
    return DealTotals(count, total, average, max(dates) if dates else None)


@rule
def completeness(values: dict[str, Any], contact_count: int) -> Completeness:
    """Per cent of the counted fields that are filled, plus one point for having a contact."""
    counted = [s for s in CUSTOMER_FIELDS if s.completeness]
    missing = [s.name for s in counted if _is_blank(values.get(s.name))]
    if contact_count == 0:
        missing.append("contacts")
    total = len(counted) + 1
    return Completeness(round(100 * (total - len(missing)) / total), missing)


def _is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())
