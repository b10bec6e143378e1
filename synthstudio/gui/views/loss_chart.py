"""A live training-loss curve, drawn in the background like every chart (:mod:`.chart_view`).

Drawn on the GUI thread, even with its lines updated in place and fixed margins, one redraw
took 35–85 ms, and over 250 ms while a job's worker thread held the GIL in NumPy code at the
start of the next run (docs/benchmarks.md). Now each new epoch's history is built into a small
Figure and drawn on the chart's own drawing thread; while one drawing is on its way, only the
newest history waits for the next one, so a fast generator never queues up drawings.
"""
from __future__ import annotations

from matplotlib.figure import Figure
from matplotlib.layout_engine import LayoutEngine
from PySide6.QtCore import QCoreApplication, QSize

from synthstudio.gui.views.chart_view import ChartCanvas, stop_drawing
from synthstudio.gui.workers import JobController

LOSS_KEYS_SKIPPED = {"epoch", "step", "steps"}
NATURAL_INCHES = (4.0, 2.4)
# room for the tick labels and axis titles, in inches so that it holds at any widget size
MARGINS_INCHES = {"left": 0.8, "right": 0.12, "top": 0.12, "bottom": 0.5}
MAX_MARGIN_SHARE = 0.4
History = list[dict[str, float]]


class FixedMargins(LayoutEngine):
    """Margins in inches, whatever size the Figure is drawn at: cheaper than constrained layout
    and never collapsing in the small jobs panel."""

    _adjust_compatible = True
    _colorbar_gridspec = True

    def execute(self, fig: Figure) -> None:
        width, height = fig.get_size_inches()
        if width <= 0 or height <= 0:   # a collapsed panel: nothing to lay out
            return
        share = {side: min(MAX_MARGIN_SHARE, inches / (width if side in ("left", "right") else height))
                 for side, inches in MARGINS_INCHES.items()}
        fig.subplots_adjust(left=share["left"], right=1 - share["right"], bottom=share["bottom"],
                            top=1 - share["top"])


def loss_figure(history: History, x_label: str, y_label: str) -> Figure:
    """The curves of every loss in ``history`` (one dict per epoch), a line each."""
    figure = Figure(figsize=NATURAL_INCHES, layout=FixedMargins())
    axes = figure.add_subplot()
    axes.set_xlabel(x_label)
    axes.set_ylabel(y_label)
    axes.grid(True, alpha=0.3)
    x = [point.get("epoch", position + 1) for position, point in enumerate(history)]
    names = list(dict.fromkeys(key for point in history for key in point if key not in LOSS_KEYS_SKIPPED))
    for name in names:
        y = [point.get(name) for point in history]
        axes.plot(x, [float("nan") if value is None else value for value in y], label=name.replace("_", " "))
    if len(names) > 1:
        axes.legend(loc="upper right", fontsize="small")
    return figure


class LossChart(ChartCanvas):
    def __init__(self, parent=None):
        super().__init__(JobController(max_parallel=1), parent=parent)
        self.renders.setParent(self)    # one drawing thread of its own, which goes with the chart
        self.setAccessibleName(QCoreApplication.translate("LossChart", "Training loss curve"))
        self.setToolTip(QCoreApplication.translate(
            "LossChart", "How the model's error falls while it learns. A flat curve means it has stopped improving."))
        self.natural = (int(NATURAL_INCHES[0] * 100), int(NATURAL_INCHES[1] * 100))
        self._shown: tuple[int | None, int] = (None, -1)       # job and epochs asked for
        self._newest: tuple[int | None, History] | None = None  # waiting for the drawing on its way
        self.changed.connect(self._draw_newest)
        self.show_history(None, [])

    def show_history(self, job_id: int | None, history: History) -> None:
        if self._shown == (job_id, len(history)):
            return
        self._shown = (job_id, len(history))
        self._newest = (job_id, list(history))
        if not self.pending():
            self._draw_newest()

    def stop_drawing(self) -> None:
        stop_drawing(self.renders)

    def sizeHint(self) -> QSize:
        return QSize(*self.natural)

    def _draw_newest(self) -> None:
        if self._newest is None:
            return
        _, history = self._newest
        self._newest = None
        if not history:
            self.show_message(QCoreApplication.translate(
                "LossChart", "The loss curve of a learning generator\nappears here while it trains."))
            return
        labels = (QCoreApplication.translate("LossChart", "epoch"), QCoreApplication.translate("LossChart", "loss"))
        self.show_chart(lambda: loss_figure(history, *labels))
