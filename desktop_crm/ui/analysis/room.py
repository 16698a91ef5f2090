"""The analysis room: intent × quality chart, tiers, visit time against guidance, questionnaire
templates and the help page, all for the customers of the current filter."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...services.analysis.key_customers import CATEGORIES, category_label
from ...services.analysis.quadrant import (
    QUADRANT_APPROACH,
    QUADRANT_LABELS,
    QUADRANT_SHORT,
    AnalysisFilter,
    Quadrant,
    Thresholds,
    get_thresholds,
    quadrant_points,
    set_thresholds,
)
from ...services.analysis.tiers import TIERS, recompute_if_stale
from ...services.people import users as office
from ..common.report_pdf import SaveWords, save_report_pdf, warn
from ..context import UiContext
from ..i18n import tr_marked
from .help_page import HelpPage
from .quadrant_chart import COLOURS, QuadrantChart
from .state_summary import open_history
from .template_editor import TemplateEditor
from .tiers_panel import TiersPanel, TimePanel


class QuadrantPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.chart = QuadrantChart()
        self.intent_spin = QDoubleSpinBox()
        self.quality_spin = QDoubleSpinBox()
        for spin in (self.intent_spin, self.quality_spin):
            spin.setRange(0, 100)
            spin.setDecimals(0)
        apply = QPushButton(self.tr("Apply"))
        apply.clicked.connect(self.apply_thresholds)
        thresholds = QGroupBox(self.tr("High from"))
        form = QFormLayout(thresholds)
        form.addRow(self.tr("Intent"), self.intent_spin)
        form.addRow(self.tr("Quality"), self.quality_spin)
        form.addRow(apply)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        side = QVBoxLayout()
        side.addWidget(thresholds)
        side.addWidget(self.legend)
        side.addStretch(1)
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setMaximumWidth(380)
        layout = QHBoxLayout(self)
        layout.addWidget(self.chart, 1)
        layout.addWidget(side_widget)
        self.flt = AnalysisFilter()

    def refresh(self, flt: AnalysisFilter) -> None:
        self.flt = flt
        t = get_thresholds(self.ctx.app.user)
        self.intent_spin.setValue(t.intent)
        self.quality_spin.setValue(t.quality)
        points = quadrant_points(self.ctx.app.user, flt, t)
        self.chart.show_points(points, t)
        parts = [
            "<p>"
            + self.tr("%1 assessed customers. Click a point to open the customer.").replace(
                "%1", str(len(points))
            )
            + "</p>"
        ]
        for quadrant in Quadrant:
            count = sum(1 for p in points if p.quadrant == quadrant)
            colour = COLOURS[quadrant].name()
            parts.append(
                f"<p><b style='color:{colour}'>● {tr_marked('Quadrant', QUADRANT_SHORT[quadrant])}</b>"
                f" ({count})<br/><i>{tr_marked('Quadrant', QUADRANT_LABELS[quadrant])}</i><br/>"
                f"{tr_marked('Quadrant', QUADRANT_APPROACH[quadrant])}</p>"
            )
        self.legend.setText("".join(parts))

    def apply_thresholds(self) -> None:
        set_thresholds(
            self.ctx.app.user, Thresholds(self.intent_spin.value(), self.quality_spin.value())
        )
        self.refresh(self.flt)


class AnalysisRoom(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rep_box = QComboBox()
        self.category_box = QComboBox()
        self.tier_box = QComboBox()
        self._fill_filters()
        for box in (self.rep_box, self.category_box, self.tier_box):
            box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.pdf_button = QPushButton(self.tr("Portfolio PDF…"))
        self.pdf_button.clicked.connect(self.save_portfolio_pdf)
        bar = QHBoxLayout()
        for label, box in (
            (self.tr("Rep"), self.rep_box),
            (self.tr("Category"), self.category_box),
            (self.tr("Tier"), self.tier_box),
        ):
            bar.addWidget(QLabel(label))
            bar.addWidget(box)
        bar.addStretch(1)
        bar.addWidget(self.pdf_button)

        self.quadrant_page = QuadrantPage(ctx)
        self.quadrant_page.chart.customer_clicked.connect(self.open_customer)
        self.tiers_panel = TiersPanel(ctx)
        self.time_panel = TimePanel(ctx)
        self.template_editor = TemplateEditor(ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.quadrant_page, self.tr("Intent × quality"))
        self.tabs.addTab(self.tiers_panel, self.tr("Tiers"))
        self.tabs.addTab(self.time_panel, self.tr("Visit time"))
        self.tabs.addTab(self.template_editor, self.tr("Questionnaires"))
        self.tabs.addTab(HelpPage(), self.tr("How scoring works"))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)
        self.menu = QMenu(self.tr("&Analysis"), self)
        portfolio = QAction(self.tr("Portfolio PDF…"), self)
        portfolio.triggered.connect(self.save_portfolio_pdf)
        refresh = QAction(self.tr("Refresh"), self)
        refresh.triggered.connect(self.refresh)
        self.menu.addAction(portfolio)
        self.menu.addAction(refresh)
        self.refresh()
        # the 12-month window moves every day: recompute tiers once a day, off the GUI thread
        op = ctx.runner.run(lambda: recompute_if_stale(ctx.app.user))
        op.on_success(lambda changed: self.refresh() if changed else None)

    def maybe_close(self) -> bool:
        """Questionnaire edits not yet saved as a version are asked about first."""
        if self.template_editor.maybe_leave():
            return True
        self.tabs.setCurrentWidget(self.template_editor)
        return False

    def room_title(self) -> str:
        return self.tr("Analysis")

    def room_menu(self) -> QMenu:
        return self.menu

    def _fill_filters(self) -> None:
        self.rep_box.addItem(self.tr("All reps"), None)
        for user in office.sales_reps(self.ctx.app.user):
            self.rep_box.addItem(user.name, int(user.id))
        self.category_box.addItem(self.tr("All categories"), None)
        for category in CATEGORIES:
            self.category_box.addItem(category_label(tr_marked, category), category)
        self.tier_box.addItem(self.tr("All tiers"), None)
        for tier in TIERS:
            self.tier_box.addItem(tier, tier)

    def current_filter(self) -> AnalysisFilter:
        return AnalysisFilter(
            rep_id=self.rep_box.currentData(),
            key_category=self.category_box.currentData(),
            tier=self.tier_box.currentData(),
        )

    def refresh(self) -> None:
        flt = self.current_filter()
        self.quadrant_page.refresh(flt)
        self.tiers_panel.refresh(flt.rep_id)
        self.time_panel.refresh(flt.rep_id)

    def open_customer(self, customer_id: int) -> None:
        """Show the customer in the customers room if there is one, else its history."""
        window = self.window()
        show_room = getattr(window, "show_room", None)
        room = show_room("CustomersRoom") if show_room else None
        if room is not None and hasattr(room, "show_customer"):
            room.show_customer(customer_id)
            return
        open_history(self.ctx, customer_id, self)

    def save_portfolio_pdf(self) -> None:
        from ...reports.portfolio_report import PortfolioParameters

        words = SaveWords(
            self.tr("Save portfolio report"),
            self.tr("PDF files (*.pdf)"),
            self.tr("Writing the report…"),
        )
        save_report_pdf(
            self,
            self.ctx,
            "portfolio",
            PortfolioParameters(self.rep_box.currentData()),
            words,
            Path.home() / "portfolio.pdf",
            on_failed=warn(self, self.room_title()),
        )
