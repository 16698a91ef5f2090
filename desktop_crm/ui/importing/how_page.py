"""Page 3, how: create only / create and update / update only, what a row is matched on (in the
order tried), who new customers belong to, and — when a date column reads as day/month and
month/day alike — the one question which it is."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ...i18n import fill_args
from ...services.common.errors import ValidationFailed
from ...services.customers.queries import reps
from ...services.importing.engine import (
    DEFAULT_MATCH,
    ImportOptions,
    MatchOn,
    Mode,
    ambiguous_date_columns,
)
from ...services.importing.mapping import RecordKind
from ...services.importing.values import DateOrder, parse_date_value
from ...services.people.policy import default_import_owner
from ..context import UiContext
from .common import ImportState, column_name, joined

HINT = "color: #666666;"


def ambiguous_sample(values: list[str]) -> str | None:
    """The first value of a column that reads both ways (03/05/2024)."""
    for value in values:
        try:
            day_first = parse_date_value(value, "dmy")
            month_first = parse_date_value(value, "mdy")
        except ValidationFailed:
            continue
        if day_first != month_first:
            return value
    return None


class HowPage(QWizardPage):
    def __init__(self, ctx: UiContext, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.state = state
        self.setTitle(self.tr("How to import"))
        self.setSubTitle(self.tr("Whether rows create customers, update them, or both."))
        self.mode_group = QButtonGroup(self)
        self.mode_radios: dict[Mode, QRadioButton] = {}
        mode_box = QGroupBox(self.tr("Mode"), self)
        mode_layout = QVBoxLayout(mode_box)
        for mode, text, hint in (
            (
                Mode.CREATE,
                self.tr("Create only"),
                self.tr("New rows become customers; a row matching one already there is skipped."),
            ),
            (
                Mode.UPSERT,
                self.tr("Create and update"),
                self.tr("A matching customer gets the file's values; the others are created."),
            ),
            (
                Mode.UPDATE,
                self.tr("Update only"),
                self.tr("Only customers already there change; a row matching none is skipped."),
            ),
        ):
            radio = QRadioButton(text, mode_box)
            self.mode_group.addButton(radio)
            self.mode_radios[mode] = radio
            explanation = QLabel(hint, mode_box)
            explanation.setStyleSheet(HINT)
            explanation.setWordWrap(True)
            explanation.setContentsMargins(22, 0, 0, 4)
            mode_layout.addWidget(radio)
            mode_layout.addWidget(explanation)
        self.mode_radios[Mode.CREATE].setChecked(True)

        self.match_list = QListWidget(self)
        self.match_list.setObjectName("match_on")
        for match, text in (
            (MatchOn.EXTERNAL_ID, self.tr("Customer ID (ours, or the old system's id)")),
            (MatchOn.PHONE, self.tr("Phone or mobile")),
            (MatchOn.EMAIL, self.tr("E-mail")),
            (MatchOn.NAME_COMPANY, self.tr("Name and company")),
        ):
            item = QListWidgetItem(text, self.match_list)
            item.setData(Qt.ItemDataRole.UserRole, match.value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if match in DEFAULT_MATCH else Qt.CheckState.Unchecked
            )
        self.match_list.setMaximumHeight(self.match_list.sizeHintForRow(0) * 4 + 8)
        match_hint = QLabel(self.tr("Tried in this order; the first that finds a customer wins."))
        match_hint.setStyleSheet(HINT)
        match_hint.setWordWrap(True)
        self.match_hint = match_hint
        self.owner_combo = QComboBox(self)
        self.owner_hint = QLabel(self)
        self.owner_hint.setStyleSheet(HINT)
        self.owner_hint.setWordWrap(True)

        self.date_box = QGroupBox(self.tr("Dates"), self)
        self.date_question = QLabel(self.date_box)
        self.date_question.setWordWrap(True)
        self.day_first = QRadioButton(self.date_box)
        self.month_first = QRadioButton(self.date_box)
        self.date_group = QButtonGroup(self)
        self.date_group.addButton(self.day_first)
        self.date_group.addButton(self.month_first)
        date_layout = QVBoxLayout(self.date_box)
        date_layout.addWidget(self.date_question)
        date_layout.addWidget(self.day_first)
        date_layout.addWidget(self.month_first)
        self.date_box.hide()
        self.problem_label = QLabel(self)
        self.problem_label.setStyleSheet("color: #b00020;")
        self.problem_label.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Match on:"), self.match_list)
        form.addRow("", self.match_hint)
        form.addRow(self.tr("New customers belong to:"), self.owner_combo)
        form.addRow("", self.owner_hint)
        self.form = form
        layout = QVBoxLayout(self)
        layout.addWidget(mode_box)
        layout.addLayout(form)
        layout.addWidget(self.date_box)
        layout.addWidget(self.problem_label)
        layout.addStretch(1)
        self.mode_group.buttonToggled.connect(lambda *_: self._changed())
        self.date_group.buttonToggled.connect(lambda *_: self._changed())
        self.match_list.itemChanged.connect(lambda _item: self._changed())
        self._ambiguous: tuple[int, ...] = ()
        self._owners_filled = False

    def _fill_owners(self) -> None:
        if self._owners_filled:
            return
        self._owners_filled = True
        user = self.ctx.app.user
        self.owner_combo.addItem(self.tr("The shared pool"), None)
        for person in reps(user):
            self.owner_combo.addItem(person.name, person.id)
        default = default_import_owner(user)
        self.owner_combo.setCurrentIndex(max(0, self.owner_combo.findData(default)))

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self._fill_owners()
        # contacts and deals find their customer by its column; matching is the customers'
        customers = self.state.kind == RecordKind.CUSTOMERS
        for widget in (self.owner_combo, self.owner_hint, self.match_list, self.match_hint):
            widget.setVisible(customers)
            label = self.form.labelForField(widget)
            if label is not None:
                label.setVisible(customers)
        mapping = self.state.mapping
        self.owner_hint.setText(
            self.tr("The file's owner column wins for the rows that name one.")
            if "owner" in mapping
            else ""
        )
        self.owner_hint.setVisible(customers and "owner" in mapping)
        self.refresh_dates()

    def refresh_dates(self) -> None:
        """Ask about the ambiguous date columns: the preview's, and those the check found
        further down the file (it sends the user Back here, where initializePage is not run)."""
        table = self.state.preview
        if table is None:
            return
        found = ambiguous_date_columns(table, self.options(with_date=False))
        self._ambiguous = tuple(sorted({*found, *self.state.late_ambiguous}))
        self._ask_date_order()
        self._changed()

    def _ask_date_order(self) -> None:
        table = self.state.preview
        assert table is not None
        if not self._ambiguous:
            self.date_box.hide()
            return
        column = self._ambiguous[0]
        rows = self.state.table.rows if self.state.table is not None else table.rows
        values = [cells[column] for cells in rows if column < len(cells)]
        sample = ambiguous_sample(values) or "03/05/2024"
        names = [column_name(table, c) for c in self._ambiguous]
        self.date_question.setText(
            fill_args(self.tr("“%1” in the column “%2”: which day is it?"), sample, names[0])
            + (
                " " + fill_args(self.tr("(The same goes for: %1.)"), joined(names[1:]))
                if len(names) > 1
                else ""
            )
        )
        chinese = self.ctx.lang.startswith("zh")
        locale = QLocale(self.ctx.lang)
        for radio, order in ((self.day_first, "dmy"), (self.month_first, "mdy")):
            day = parse_date_value(sample, order)  # type: ignore[arg-type]
            shown = locale.toString(
                QDate(day.year, day.month, day.day), "yyyy年M月d日" if chinese else "d MMMM yyyy"
            )
            radio.setText(
                fill_args(
                    self.tr("%1 (day first)") if order == "dmy" else self.tr("%1 (month first)"),
                    shown,
                )
            )
        self.date_box.show()

    def date_order(self) -> DateOrder | None:
        if not self._ambiguous:
            return None
        if self.day_first.isChecked():
            return "dmy"
        if self.month_first.isChecked():
            return "mdy"
        return None

    def mode(self) -> Mode:
        return next(mode for mode, radio in self.mode_radios.items() if radio.isChecked())

    def match_on(self) -> tuple[MatchOn, ...]:
        chosen = []
        for row in range(self.match_list.count()):
            item = self.match_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                chosen.append(MatchOn(item.data(Qt.ItemDataRole.UserRole)))
        return tuple(chosen)

    def options(self, with_date: bool = True) -> ImportOptions:
        state = self.state
        customers = state.kind == RecordKind.CUSTOMERS
        return ImportOptions(
            kind=state.kind,
            mapping=state.mapping,
            mode=self.mode(),
            match_on=self.match_on() or DEFAULT_MATCH,
            date_order=self.date_order() if with_date else None,
            file_name=state.path.name if state.path is not None else "",
            owner_rep_id=self.owner_combo.currentData() if customers else None,
            translators=state.translators,
        )

    def problems(self) -> list[str]:
        found = []
        if not self.match_on() and self.state.kind == RecordKind.CUSTOMERS:
            found.append(
                self.tr(
                    "Choose at least one thing to match on: it finds the customers already there."
                )
            )
        if self._ambiguous and self.date_order() is None:
            found.append(self.tr("Say which day the dates mean."))
        return found

    def _changed(self) -> None:
        problems = self.problems()
        self.problem_label.setText("\n".join(problems))
        self.problem_label.setVisible(bool(problems))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return not self.problems()

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        self.state.options = self.options()
        return True
