"""The customer file: drafts, rules, validation, queries, writes and search.

The capability's public surface: every public name of its modules, so callers may write
`from desktop_crm.services import customers` and use `customers.save_...`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .checks import (
        validate_draft,
    )
    from .drafts import (
        CENT,
        SORT_KEYS,
        Completeness,
        ContactDraft,
        CustomerDraft,
        CustomerFilter,
        CustomerRecord,
        CustomerRow,
        DealDraft,
        DealTotals,
    )
    from .fields import (
        CATEGORY_LABELS,
        CONTACT_ROLES,
        CUSTOMER_FIELDS,
        FIELDS_BY_NAME,
        FORM_CATEGORIES,
        INFLUENCE_LEVELS,
        KEY_CATEGORIES,
        TIERS,
        Category,
        Choice,
        FieldSpec,
        Kind,
        fields_in,
        form_fields,
    )
    from .queries import (
        addresses_of,
        cities,
        contacts_of,
        count_customers,
        customer_names,
        find_customers,
        load_customer,
        owning_rep_id,
        record_completeness,
        record_totals,
        record_values,
        reps,
    )
    from .rules import (
        completeness,
        deal_totals,
    )
    from .search_index import (
        MAX_ID_LIST,
        SearchCache,
        contains,
        id_in,
        matching_ids,
        normalise_query,
        rebuild_search_index,
        refresh_search_text,
        search_cache,
        search_text,
        warm_search_cache,
    )
    from .writes import (
        move_to_trash,
        purge_trash,
        reassign_customers,
        restore_from_trash,
        save_customer,
    )

# Where each public name lives: its module is imported on first use, so a caller importing
# one module of the package (or the package for one name) does not load all the others
# (start-up time; PEP 562).
_HOME: dict[str, str] = {
    "validate_draft": ".checks",
    "CENT": ".drafts",
    "SORT_KEYS": ".drafts",
    "Completeness": ".drafts",
    "ContactDraft": ".drafts",
    "CustomerDraft": ".drafts",
    "CustomerFilter": ".drafts",
    "CustomerRecord": ".drafts",
    "CustomerRow": ".drafts",
    "DealDraft": ".drafts",
    "DealTotals": ".drafts",
    "CATEGORY_LABELS": ".fields",
    "CONTACT_ROLES": ".fields",
    "CUSTOMER_FIELDS": ".fields",
    "FIELDS_BY_NAME": ".fields",
    "FORM_CATEGORIES": ".fields",
    "INFLUENCE_LEVELS": ".fields",
    "KEY_CATEGORIES": ".fields",
    "TIERS": ".fields",
    "Category": ".fields",
    "Choice": ".fields",
    "FieldSpec": ".fields",
    "Kind": ".fields",
    "fields_in": ".fields",
    "form_fields": ".fields",
    "addresses_of": ".queries",
    "cities": ".queries",
    "contacts_of": ".queries",
    "count_customers": ".queries",
    "customer_names": ".queries",
    "find_customers": ".queries",
    "load_customer": ".queries",
    "owning_rep_id": ".queries",
    "record_completeness": ".queries",
    "record_totals": ".queries",
    "record_values": ".queries",
    "reps": ".queries",
    "completeness": ".rules",
    "deal_totals": ".rules",
    "MAX_ID_LIST": ".search_index",
    "SearchCache": ".search_index",
    "contains": ".search_index",
    "id_in": ".search_index",
    "matching_ids": ".search_index",
    "normalise_query": ".search_index",
    "rebuild_search_index": ".search_index",
    "refresh_search_text": ".search_index",
    "search_cache": ".search_index",
    "search_text": ".search_index",
    "warm_search_cache": ".search_index",
    "move_to_trash": ".writes",
    "purge_trash": ".writes",
    "reassign_customers": ".writes",
    "restore_from_trash": ".writes",
    "save_customer": ".writes",
}


def __getattr__(name: str) -> Any:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(home, __name__), name)
    globals()[name] = value
    return value


__all__ = [
    "CATEGORY_LABELS",
    "CONTACT_ROLES",
    "CUSTOMER_FIELDS",
    "FIELDS_BY_NAME",
    "FORM_CATEGORIES",
    "INFLUENCE_LEVELS",
    "KEY_CATEGORIES",
    "TIERS",
    "Category",
    "Choice",
    "FieldSpec",
    "Kind",
    "fields_in",
    "form_fields",
    "CENT",
    "Completeness",
    "ContactDraft",
    "CustomerDraft",
    "CustomerFilter",
    "CustomerRecord",
    "CustomerRow",
    "DealDraft",
    "DealTotals",
    "MAX_ID_LIST",
    "SORT_KEYS",
    "SearchCache",
    "addresses_of",
    "cities",
    "completeness",
    "contacts_of",
    "contains",
    "count_customers",
    "customer_names",
    "deal_totals",
    "find_customers",
    "id_in",
    "load_customer",
    "matching_ids",
    "move_to_trash",
    "normalise_query",
    "owning_rep_id",
    "purge_trash",
    "reassign_customers",
    "rebuild_search_index",
    "record_completeness",
    "record_totals",
    "record_values",
    "refresh_search_text",
    "reps",
    "restore_from_trash",
    "save_customer",
    "search_cache",
    "search_text",
    "validate_draft",
    "warm_search_cache",
]
