"""Blocks and table rows taller than a page: they split, and each continuation is labelled.

reportlab raises LayoutError when one flowable is taller than the frame (PITFALLS 31): a
visit's block whose purpose holds 4,000 characters, a week-plan row with a long result. A
`ContinuedBlock` stacks its parts like one flowable (kept whole on a page by the KeepTogether
around it when it fits one) and otherwise splits where its parts split, opening each
continuation with a label ("华兴五金 (续)"). A `ContinuedTable` is a table whose rows may
split inside (a cell's paragraphs continue on the next page); a row continued there shows
its label ("name (cont.)") in the label column.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from reportlab.platypus import Flowable, FrameBreak, Table

from .base import Translate

# the least height (points) of a row's part on either page: a line of text and its padding
MIN_ROW_PART = 14


def continued_text(translate: Translate, name: str) -> str:
    """The label of a continuation: "name (cont.)", "name (续)" in Chinese."""
    label = translate("Report", "(cont.)")
    return f"{name} {label}".strip()


class ContinuedBlock(Flowable):  # type: ignore[misc]
    """`parts` stacked as one block, kept whole when it fits a page (moved to the next one if
    need be, as KeepTogether does); a block taller than a page starts where it is and splits
    where its parts split, every continuation opening with `continuation()`. Parts are tables
    or paragraphs without space before or after of their own."""

    def __init__(
        self,
        parts: Sequence[Flowable],
        continuation: Callable[[], Flowable],
        continued: bool = False,
        space_after: float = 0,
    ) -> None:
        super().__init__()
        self.parts = list(parts)
        self.continuation = continuation
        self.continued = continued
        self.spaceAfter = space_after
        self._content = ([continuation()] if continued else []) + self.parts
        self._sizes: list[tuple[float, float]] = []

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        sizes = [part.wrap(avail_width, avail_height) for part in self._content]
        self._sizes = sizes
        self.width, self.height = avail_width, sum(h for _w, h in sizes)
        return self.width, self.height

    def draw(self) -> None:
        top = self.height
        for part, (width, height) in zip(self._content, self._sizes, strict=True):
            top -= height
            part.drawOn(self.canv, (self.width - width) / 2, top)  # centred, as a frame would

    def _fits_a_page(self, avail_width: float, avail_height: float) -> bool:
        frame = getattr(self, "_frame", None)
        if frame is None or frame._atTop:
            return False  # at the top of a page already: nothing to gain by moving on
        page = frame._height - frame._topPadding - frame._bottomPadding
        return bool(self.wrap(avail_width, page)[1] <= page)

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """What fits in `avail_height`, then a continued block with the rest; [] (the frame
        moves on) when the whole block fits the next page, or when no more than its first part
        (the band or the continuation label) would fit here."""
        if not self.continued and self._fits_a_page(avail_width, avail_height):
            return []
        here: list[Flowable] = []
        used = 0.0
        for index, part in enumerate(self._content):
            height = part.wrap(avail_width, avail_height - used)[1]
            if used + height <= avail_height + 1e-6:
                here.append(part)
                used += height
                continue
            pieces = part.split(avail_width, avail_height - used)
            if pieces:
                here.append(pieces[0])
                rest = list(pieces[1:]) + self._content[index + 1 :]
            else:
                rest = self._content[index:]
            if len(here) <= 1:
                return []
            tail = ContinuedBlock(rest, self.continuation, True, self.spaceAfter)
            return [*here, FrameBreak(), tail]
        return [*here]


class ContinuedTable(Table):  # type: ignore[misc]
    """A table whose rows split inside when taller than the space left; the part of a split
    row on the next page shows `labels[row]` in `label_column` (set with `continue_rows`)."""

    labels: list[str | None]
    label_column: int
    label_paragraph: Callable[[str], Flowable] | None = None

    def continue_rows(
        self,
        labels: Sequence[str | None],
        label_column: int,
        label_paragraph: Callable[[str], Flowable],
    ) -> ContinuedTable:
        """Name each row's continuation (None: the row's cells continue unlabelled)."""
        self.labels = list(labels)
        self.label_column = label_column
        self.label_paragraph = label_paragraph
        return self

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        pieces: list[Any] = super().split(avail_width, avail_height)
        if self.label_paragraph is None or len(pieces) != 2:
            return pieces
        first, rest = pieces
        repeat = self.repeatRows if isinstance(self.repeatRows, int) else len(self.repeatRows)
        rows_first, rows_rest = first._nrows, rest._nrows - repeat
        labels = self.labels
        first.continue_rows(labels[:rows_first], self.label_column, self.label_paragraph)
        if rows_first + rows_rest == len(labels) + 1:  # row rows_first - 1 split inside
            label = labels[rows_first - 1]
            rest_labels = [*labels[:repeat], label, *labels[rows_first:]]
            if label:
                rest._cellvalues[repeat][self.label_column] = self.label_paragraph(label)
                rest._argH[repeat] = None  # measured again, with the label
        else:
            rest_labels = [*labels[:repeat], *labels[rows_first:]]
        rest.continue_rows(rest_labels, self.label_column, self.label_paragraph)
        return [first, rest]
