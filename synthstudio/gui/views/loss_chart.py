"""A live training-loss curve: a matplotlib Figure shown with the Qt backend.

It is redrawn only when the loss history grew, and with ``draw_idle`` so several updates
in one event-loop turn cost one drawing.
"""
from __future__ import annotations

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QCoreApplication

LOSS_KEYS_SKIPPED = {"epoch", "step", "steps"}


class LossChart(FigureCanvasQTAgg):
    def __init__(self, parent=None):
        self.figure = Figure(figsize=(4, 2.4), layout="constrained")
        super().__init__(self.figure)
        self.setParent(parent)
        self.setAccessibleName(QCoreApplication.translate("LossChart", "Training loss curve"))
        self.setToolTip(QCoreApplication.translate(
            "LossChart", "How the model's error falls while it learns. A flat curve means it has stopped improving."))
        self.axes = self.figure.add_subplot()
        self._shown = (None, -1)
        self.show_history(None, [])

    def show_history(self, job_id: int | None, history: list[dict[str, float]]) -> None:
        if self._shown == (job_id, len(history)):
            return
        self._shown = (job_id, len(history))
        axes = self.axes
        axes.clear()
        axes.set_xlabel(QCoreApplication.translate("LossChart", "epoch"))
        axes.set_ylabel(QCoreApplication.translate("LossChart", "loss"))
        axes.grid(True, alpha=0.3)
        if not history:
            axes.text(0.5, 0.5, QCoreApplication.translate(
                "LossChart", "The loss curve of a learning generator\nappears here while it trains."),
                ha="center", va="center", transform=axes.transAxes, color="grey")
        else:
            x = [point.get("epoch", position + 1) for position, point in enumerate(history)]
            names = [key for key in history[-1] if key not in LOSS_KEYS_SKIPPED]
            for name in names:
                y = [point.get(name) for point in history]
                axes.plot(x, [float("nan") if v is None else v for v in y], label=name.replace("_", " "))
            if len(names) > 1:
                axes.legend(loc="upper right", fontsize="small")
        self.draw_idle()
