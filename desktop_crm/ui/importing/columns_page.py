"""Page 2, the columns: one row per column of the file — its header, two sample values and what
it goes into (or "— ignore —"), prefilled from the mapping saved for this header or suggested
from the header names. A field chosen for two columns is flagged, a required field without a
column blocks Next, each with the reason beside it."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ...i18n import fill_args
from ...services.importing.mapping import saved_mapping, suggest_mapping, targets
from ..context import UiContext
from .common import ImportState, column_name, joined, target_label

FLAGGED = "QComboBox { color: #b00020; font-weight: bold; }"


def samples(rows: list[list[str]], column: int, count: int = 2) -> list[str]:
    """The first `count` non-empty values of a column."""
    found: list[str] = []
    for cells in rows:
        if column < len(cells) and cells[column]:
            found.append(cells[column])
            if len(found) == count:
                break
    return found + [""] * (count - len(found))


class ColumnsPage(QWizardPage):
    def __init__(self, ctx: UiContext, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.state = state
        self.setTitle(self.tr("The columns"))
        self.setSubTitle(self.tr("Say which field each column of the file goes into."))
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("column_mapping")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("Sample"), self.tr("Sample"), self.tr("Import into")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("mapping_problem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #b00020;")
        self.save_check = QCheckBox(self.tr("Save this mapping for files with these columns"), self)
        self.save_check.setChecked(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.save_check)
        self.combos: list[QComboBox] = []
        self._built_for: tuple[object, ...] | None = None

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        table = self.state.preview
        assert table is not None
        key = (self.state.kind, table.header)
        if key == self._built_for:
            return  # back and forth over the same file: the choices stay
        self._built_for = key
        kind = self.state.kind
        user = self.ctx.app.user
        prefill = saved_mapping(user, kind, table.header)
        if prefill is None or len(prefill) != table.width:
            prefill = suggest_mapping(kind, table.header, self.state.translators, table.rows)
        choices = [(target_label(t) + (" *" if t.required else ""), t.key) for t in targets(kind)]
        self.table.setRowCount(table.width)
        self.combos = []
        for column in range(table.width):
            name = QTableWidgetItem(column_name(table, column))
            self.table.setItem(column, 0, name)
            for offset, value in enumerate(samples(table.rows, column)):
                item = QTableWidgetItem(value)
                item.setForeground(Qt.GlobalColor.darkGray)
                self.table.setItem(column, 1 + offset, item)
            combo = QComboBox(self.table)
            combo.addItem(self.tr("— ignore —"), None)
            for label, value in choices:
                combo.addItem(label, value)
            chosen = prefill[column] if column < len(prefill) else None
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen else 0)
            combo.currentIndexChanged.connect(self._changed)
            self.table.setCellWidget(column, 3, combo)
            self.combos.append(combo)
        self.table.resizeColumnsToContents()
        for column in range(3):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column) + 16, 220))
        self._changed()

    def mapping(self) -> tuple[str | None, ...]:
        return tuple(combo.currentData() for combo in self.combos)

    def problems(self) -> list[str]:
        """Why Next is blocked (empty: it is not)."""
        table = self.state.preview
        if table is None:
            return []
        mapping = self.mapping()
        labels = {t.key: target_label(t) for t in targets(self.state.kind)}
        found: list[str] = []
        twice = [key for key, count in Counter(k for k in mapping if k).items() if count > 1]
        for key in twice:
            columns = [column_name(table, i) for i, k in enumerate(mapping) if k == key]
            found.append(
                fill_args(
                    self.tr("“%1” is chosen for more than one column: %2."),
                    labels.get(key, key),
                    joined(columns),
                )
            )
        for target in targets(self.state.kind):
            if target.required and target.key not in mapping and not self._joined(target.key):
                found.append(
                    fill_args(
                        self.tr("Choose the column for “%1”: every row needs it."),
                        target_label(target),
                    )
                )
        if not any(mapping):
            found.append(self.tr("Choose a field for at least one column."))
        return found

    def _joined(self, key: str) -> bool:
        """A customer's or contact's name may come from given and family name columns."""
        mapping = self.mapping()
        parts = "given_name" in mapping or "family_name" in mapping
        return key in ("name", "contact.name") and parts

    def _changed(self, _index: int = 0) -> None:
        mapping = self.mapping()
        counts = Counter(k for k in mapping if k)
        for combo, key in zip(self.combos, mapping, strict=True):
            combo.setStyleSheet(FLAGGED if key and counts[key] > 1 else "")
        problems = self.problems()
        self.problem_label.setText("\n".join(problems))
        self.problem_label.setVisible(bool(problems))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return bool(self.combos) and not self.problems()

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        if self.mapping() != self.state.mapping:
            self.state.late_ambiguous = ()  # found for other columns
        self.state.mapping = self.mapping()
        self.state.save_mapping = self.save_check.isChecked()
        return True
