"""The surveys page of the after-sale room: the satisfaction and relationship surveys the
person sees, filtered by kind, rep and days; a strip with the period's satisfaction index,
satisfaction rate and counts (services/aftersale/surveys.py's figures); New / Edit / Delete;
the blank form to print. Rows and figures are read off the GUI thread."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QAction, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...i18n import QT_TRANSLATE_NOOP, fill_args
from ...services.aftersale import surveys
from ...services.common.errors import ConflictError, PermissionDenied, ValidationFailed
from ...services.owner.figures import Period
from ...services.people.policy import is_office
from ...services.people.users import sales_reps
from ..common.rooms import room_action
from ..context import UiContext
from .survey_dialog import KIND_LABELS, SurveyDialog, kind_label, score_text

ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


FIGURE_COLUMNS = (
    QT_TRANSLATE_NOOP("SurveysPage", "Index"),  # the satisfaction index
    QT_TRANSLATE_NOOP("SurveysPage", "Rate"),  # the satisfaction rate
    QT_TRANSLATE_NOOP("SurveysPage", "Surveys"),  # satisfaction surveys counted
    QT_TRANSLATE_NOOP("SurveysPage", "Relationship"),
)


def _figures_table(parent: QWidget, first: str) -> QTableWidget:
    table = QTableWidget(0, 1 + len(FIGURE_COLUMNS), parent)
    table.setHorizontalHeaderLabels(
        [first, *(QCoreApplication.translate("SurveysPage", c) for c in FIGURE_COLUMNS)]
    )
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.setSortingEnabled(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, table.columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return table


def _fill_figures(table: QTableWidget, rows: tuple[surveys.NamedFigures, ...], nobody: str) -> None:
    """One row per rep or customer: index, rate, satisfaction surveys, relationship mean."""
    table.setSortingEnabled(False)
    table.setRowCount(len(rows))
    for r, named in enumerate(rows):
        f = named.figures
        rate = None if f.satisfaction_rate is None else f.satisfaction_rate
        cells: list[tuple[str, float]] = [
            (score_text(f.satisfaction_index), _key(f.satisfaction_index)),
            ("–" if rate is None else f"{rate:.1f} %", _key(rate)),
            (str(f.satisfaction_count), float(f.satisfaction_count)),
            (score_text(f.relationship_mean), _key(f.relationship_mean)),
        ]
        table.setItem(r, 0, QTableWidgetItem(named.name or nobody))
        for c, (text, key) in enumerate(cells, start=1):
            item = _NumberItem(text)
            item.setData(SORT_ROLE, key)
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    table.setSortingEnabled(True)


class _NumberItem(QTableWidgetItem):
    """A figure's cell, sorted by its number (SORT_ROLE), not by its text."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        return float(self.data(SORT_ROLE) or 0) < float(other.data(SORT_ROLE) or 0)


def _key(value: float | None) -> float:
    return -1.0 if value is None else float(value)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class SurveysPage(QWidget):
    COLUMNS = (
        QT_TRANSLATE_NOOP("SurveysPage", "Date"),
        QT_TRANSLATE_NOOP("SurveysPage", "Customer"),
        QT_TRANSLATE_NOOP("SurveysPage", "Survey"),
        QT_TRANSLATE_NOOP("SurveysPage", "Rep"),
        QT_TRANSLATE_NOOP("SurveysPage", "Score"),
        QT_TRANSLATE_NOOP("SurveysPage", "Satisfied"),
    )

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("SurveysPage")
        user = ctx.app.user
        self.records: list[surveys.SurveyRecord] = []
        self.kind_combo = QComboBox(self)
        self.kind_combo.addItem(self.tr("Both kinds"), "")
        for code, _label in KIND_LABELS:
            self.kind_combo.addItem(kind_label(code), code)
        self.rep_combo = QComboBox(self)
        self.rep_combo.addItem(self.tr("Every rep"), None)
        for person in sales_reps(user):
            self.rep_combo.addItem(person.name, person.id)
        self.rep_combo.setVisible(is_office(user))
        today = dt.date.today()
        quarter = (today.replace(day=1) - dt.timedelta(days=40)).replace(day=1)  # 3 months
        self.from_edit = QDateEdit(self)
        self.to_edit = QDateEdit(self)
        for edit, day in ((self.from_edit, quarter), (self.to_edit, today)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(_qdate(day))
        self.new_button = QPushButton(self.tr("&New survey…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.print_button = QPushButton(self.tr("&Print blank form"), self)
        self.print_menu = QMenu(self.print_button)
        for code, _label in KIND_LABELS:
            action = self.print_menu.addAction(kind_label(code))
            action.triggered.connect(lambda _checked=False, k=code: self.print_form(k))
        self.print_button.setMenu(self.print_menu)
        self.strip = QLabel(self)
        self.strip.setObjectName("figures_strip")
        self.strip.setWordWrap(True)
        self.model = QStandardItemModel(0, len(self.COLUMNS), self)
        self.model.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.model.setSortRole(SORT_ROLE)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # the newest first
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        top = QHBoxLayout()
        top.addWidget(self.kind_combo)
        top.addWidget(self.rep_combo)
        top.addWidget(QLabel(self.tr("From"), self))
        top.addWidget(self.from_edit)
        top.addWidget(QLabel(self.tr("to"), self))
        top.addWidget(self.to_edit)
        top.addStretch(1)
        for button in (self.new_button, self.edit_button, self.delete_button, self.print_button):
            top.addWidget(button)
        # the period's figures per rep and per customer, beside the list
        self.per_tabs = QTabWidget(self)
        self.per_tabs.setObjectName("figures_per")
        self.per_rep = _figures_table(self, self.tr("Rep"))
        self.per_customer = _figures_table(self, self.tr("Customer"))
        self.per_tabs.addTab(self.per_rep, self.tr("Per rep"))
        self.per_tabs.addTab(self.per_customer, self.tr("Per customer"))
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.table)
        split.addWidget(self.per_tabs)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.strip)
        layout.addWidget(split, 1)
        self.new_action = room_action(self, self.tr("&New survey…"), self.new, "Ctrl+N")
        self.edit_action = room_action(self, self.tr("&Edit survey…"), self.edit, "Return")
        self.delete_action = room_action(self, self.tr("&Delete survey"), self.delete, "Del")
        self.print_action = room_action(
            self, self.tr("&Print a blank survey form…"), self.print_form, "Ctrl+P"
        )
        self.refresh_action = room_action(self, self.tr("Re&fresh"), self.refresh, "F5")
        self.new_button.clicked.connect(self.new)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.rep_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.from_edit.dateChanged.connect(lambda _d: self.refresh())
        self.to_edit.dateChanged.connect(lambda _d: self.refresh())
        self.refresh()

    def page_actions(self) -> list[QAction]:
        return [
            self.new_action,
            self.edit_action,
            self.delete_action,
            self.print_action,
            self.refresh_action,
        ]

    # ------------------------------------------------------------ reading
    def period(self) -> Period:
        start: dt.date = self.from_edit.date().toPython()  # type: ignore[assignment]
        end: dt.date = self.to_edit.date().toPython()  # type: ignore[assignment]
        return Period(start, max(start, end))

    def wanted(self) -> surveys.SurveyFilter:
        period = self.period()
        rep = self.rep_combo.currentData() if is_office(self.ctx.app.user) else None
        return surveys.SurveyFilter(
            kind=str(self.kind_combo.currentData() or ""),
            rep_id=rep,
            date_from=period.start,
            date_to=period.end,
        )

    def refresh(self, select: int | None = None) -> None:
        user, wanted, period = self.ctx.app.user, self.wanted(), self.period()

        def load() -> tuple[list[surveys.SurveyRecord], surveys.SurveyFigureSheet]:
            return (
                surveys.find_surveys(user, wanted),
                surveys.survey_figures(user, period, wanted.rep_id),
            )

        self.ctx.runner.run(load).on_success(lambda result: self._show(result, select))

    def _show(self, result: Any, select: int | None) -> None:
        self.records, sheet = result
        chosen = select if select is not None else self.current_id()
        self.table.setSortingEnabled(False)
        self.model.removeRows(0, self.model.rowCount())
        for record in self.records:
            satisfied = (
                "–"
                if record.satisfied is None
                else self.tr("Yes")
                if record.satisfied
                else self.tr("No")
            )
            cells: list[tuple[str, object]] = [
                (record.surveyed_on.isoformat(), record.surveyed_on.isoformat()),
                (record.customer_name, record.customer_name),
                (kind_label(record.kind), record.kind),
                (record.rep_name or "–", record.rep_name),
                (score_text(record.score), -1.0 if record.score is None else record.score),
                (satisfied, -1 if record.satisfied is None else int(record.satisfied)),
            ]
            items = []
            for text, key in cells:
                item = QStandardItem(text)
                item.setData(key, SORT_ROLE)
                items.append(item)
            items[0].setData(record.id, ID_ROLE)
            for item in items[4:]:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.model.appendRow(items)
        self.table.setSortingEnabled(True)
        self.strip.setText(self.figures_text(sheet.whole))
        _fill_figures(self.per_rep, sheet.per_rep, self.tr("(no rep)"))
        _fill_figures(self.per_customer, sheet.per_customer, "")
        for row in range(self.model.rowCount()):
            if self.model.item(row, 0).data(ID_ROLE) == chosen:
                self.table.selectRow(row)
                break
        else:
            if self.model.rowCount():
                self.table.selectRow(0)

    def figures_text(self, figures: surveys.SurveyFigures) -> str:
        """The strip: the period's satisfaction index, rate and counts, the relationship."""
        rate = "–" if figures.satisfaction_rate is None else f"{figures.satisfaction_rate:.1f} %"
        return fill_args(
            self.tr(
                "Satisfaction index %1 · satisfaction rate %2 (%3 of %4 satisfied) · "
                "relationship %5 (%6 surveys)"
            ),
            score_text(figures.satisfaction_index),
            rate,
            str(figures.satisfied_count),
            str(figures.satisfaction_count),
            score_text(figures.relationship_mean),
            str(figures.relationship_count),
        )

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        value = self.model.item(index.row(), 0).data(ID_ROLE)
        return int(value) if value is not None else None

    def current(self) -> surveys.SurveyRecord | None:
        wanted = self.current_id()
        return next((r for r in self.records if r.id == wanted), None)

    # ------------------------------------------------------------ actions
    def new(self) -> None:
        kind = str(self.kind_combo.currentData() or surveys.SATISFACTION_KIND)
        dialog = SurveyDialog(self.ctx, kind=kind, parent=self)
        dialog.saved.connect(lambda survey_id: self.refresh(survey_id))
        dialog.exec()

    def edit(self) -> None:
        survey_id = self.current_id()
        if survey_id is None:
            return
        dialog = SurveyDialog(self.ctx, survey_id, parent=self)
        dialog.saved.connect(lambda saved_id: self.refresh(saved_id))
        dialog.exec()

    def delete(self) -> None:
        record = self.current()
        if record is None:
            return
        asked = QMessageBox.question(
            self,
            self.tr("Delete survey"),
            fill_args(
                self.tr("Delete the %1 survey of %2 taken on %3?"),
                kind_label(record.kind),
                record.customer_name,
                record.surveyed_on.isoformat(),
            ),
        )
        if asked != QMessageBox.StandardButton.Yes:
            return
        try:
            surveys.delete_survey(self.ctx.app.user, record.id, record.version)
        except (ConflictError, PermissionDenied, ValidationFailed) as error:
            QMessageBox.warning(self, self.tr("Delete survey"), str(error))
        self.refresh()

    def print_form(self, kind: str | None = None) -> None:
        """The blank form of `kind` (default: the kind shown, else satisfaction) in the
        print preview, in the reader's language."""
        from ...reports.survey_form import REPORT, SurveyFormParameters
        from ..common.print_preview import PrintPreviewDialog
        from ..i18n import translate_function

        chosen = kind or str(self.kind_combo.currentData() or surveys.SATISFACTION_KIND)
        lang = self.ctx.lang
        pdf = REPORT.pdf(
            self.ctx.app.user, SurveyFormParameters(chosen), translate_function(lang), lang
        )
        PrintPreviewDialog(pdf, self.tr("Blank survey form"), parent=self).exec()
