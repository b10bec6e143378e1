"""The live loss curve: drawn in the background from each epoch's history, only the newest history
drawn once a drawing is on its way, and a plain sentence before any epoch."""
from __future__ import annotations

import pytest

from synthstudio.gui.views.loss_chart import LossChart, loss_figure

WAIT_MS = 20_000


def _history(epochs: int) -> list[dict[str, float]]:
    return [{"epoch": e, "generator_loss": 2.0 / e, "discriminator_loss": 1.0 + 0.1 * e} for e in range(1, epochs + 1)]


@pytest.fixture
def chart(qtbot) -> LossChart:
    loss = LossChart()
    qtbot.addWidget(loss)
    loss.resize(500, 260)
    loss.show()
    return loss


def test_a_line_per_loss_with_the_axis_titles():
    figure = loss_figure(_history(4) + [{"epoch": 5, "generator_loss": 0.3}], "epoch", "loss")
    axes = figure.axes[0]
    assert [line.get_label() for line in axes.get_lines()] == ["generator loss", "discriminator loss"]
    assert list(axes.get_lines()[0].get_xdata()) == [1, 2, 3, 4, 5]
    assert axes.get_xlabel() == "epoch" and axes.get_ylabel() == "loss" and axes.get_legend() is not None


def test_the_curve_is_drawn_in_the_background_for_the_widget(qtbot, chart):
    assert chart.figure is None and "appears here while it trains" in chart.message
    chart.show_history(7, _history(3))
    qtbot.waitUntil(lambda: not chart.pending(), timeout=WAIT_MS)
    assert len(chart.figure.axes[0].get_lines()[0].get_xdata()) == 3
    assert chart.image.deviceIndependentSize().toSize() == chart.size()
    assert chart.accessibleName() == "Training loss curve"


def test_only_the_newest_history_waits_for_the_drawing_on_its_way(qtbot, chart):
    drawn: list[int] = []
    chart.changed.connect(lambda: chart.figure is not None and drawn.append(len(chart.figure.axes[0].get_lines()[0]
                                                                              .get_xdata())))
    for epochs in range(1, 6):               # faster than a drawing: the epochs between are skipped
        chart.show_history(7, _history(epochs))
    qtbot.waitUntil(lambda: not chart.pending(), timeout=WAIT_MS)
    assert drawn == [1, 5]
    chart.show_history(8, [])                # the next job, before its first epoch
    assert chart.figure is None and chart.message and not chart.pending()
