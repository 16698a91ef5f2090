"""The in-app help of the state analysis: how scores, quadrants, types and tiers are made.

Same content as docs/state-analysis.md, in translatable pieces.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTextBrowser, QWidget


class HelpPage(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenExternalLinks(False)
        sections = [
            (
                self.tr("Scores"),
                [
                    self.tr(
                        "Each question is rated 1 to 5. The line under a question says what 1, 3 and 5 mean; 2 and 4 lie between."
                    ),
                    self.tr("A rating counts 0, 25, 50, 75 or 100 points (1 = 0 … 5 = 100)."),
                    self.tr(
                        "The score (0–100) is the weighted average of the answered questions: a question with weight 2 counts twice."
                    ),
                    self.tr(
                        "A question you leave on “?” is not answered: it is left out completely, it neither raises nor lowers the score. The form shows how many of the questions are answered; a score built on few answers is a rough one."
                    ),
                    self.tr(
                        "Reverse-scored questions are worded so that a high rating is the unwanted answer (many people deciding the purchase; a very superstitious customer). For them 1 counts 100 points and 5 counts 0 (points of 6 − rating)."
                    ),
                    self.tr(
                        "A questionnaire with no answers has no score, and the customer then has no quadrant."
                    ),
                ],
            ),
            (
                self.tr("Quadrants"),
                [
                    self.tr(
                        "A score above its threshold (default 50) is high; a score on the threshold is low, so a customer with every answer neutral (50 points) is low on both. High or low intent and high or low quality give four quadrants, each with a recommended approach. The thresholds are set on the Intent × quality page."
                    ),
                    self.tr(
                        "The chart shows each customer at its latest assessment. Click a point to open the customer."
                    ),
                ],
            ),
            (
                self.tr("Questionnaire versions"),
                [
                    self.tr(
                        "When the office edits a questionnaire (wording, weight, a question added or removed), a new version is stored. Every saved assessment keeps the version it was answered against, so it still shows the same questions and the same score."
                    ),
                ],
            ),
            (
                self.tr("Personality type"),
                [
                    self.tr(
                        "Rate expressiveness and emotionality from 1 to 4. There is no middle: 1–2 is low, 3–4 is high. High expressiveness and low emotionality is dominant, high and high is expressive, low and high is amiable, low and low is analytical. The latest rating counts; older ones are kept."
                    ),
                ],
            ),
            (
                self.tr("Tiers"),
                [
                    self.tr(
                        "Customers are sorted by revenue over the last 12 months. With the default breakpoints 40 / 30 / 20 / 10 %, a customer whose revenue starts within the first 40 % of the total is A, within the next 30 % B, the next 20 % C, the rest D. The biggest customer is always A; customers with equal revenue get the same tier; a customer without revenue in the last 12 months is D."
                    ),
                    self.tr(
                        "Tiers are recomputed whenever deals are saved, and on the Tiers page. A tier set by hand (with its reason) wins over the computed one and is shown as set by hand."
                    ),
                ],
            ),
        ]
        heading = self.tr("How the state analysis works")
        html = [f"<h2>{heading}</h2>"]
        for title, paragraphs in sections:
            html.append(f"<h3>{title}</h3>")
            html += [f"<p>{p}</p>" for p in paragraphs]
        self.setHtml("".join(html))
