"""Typed access to table cells the code itself has filled."""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidget, QTableWidgetItem


def filled_item(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    """The item at (row, column), which the caller has set (Qt types `item()` as optional)."""
    item = table.item(row, column)
    assert item is not None, (row, column)
    return item
