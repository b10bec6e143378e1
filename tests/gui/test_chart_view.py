"""Charts drawn in the background: the picture matches the widget's size and pixel ratio, a newer
chart supersedes one still being built, nothing is drawn while the panel is hidden, a resize draws
again once it settles, and a failing builder leaves a message instead of a chart."""
from __future__ import annotations

import threading

import pytest
from matplotlib.figure import Figure

from synthstudio.gui.views.chart_view import CHART_MIN_HEIGHT, ChartPanel, Room
from synthstudio.gui.workers import JobController

WAIT_MS = 20_000


def _line_figure(title: str) -> Figure:
    figure = Figure(figsize=(6, 4), layout="constrained")
    axes = figure.add_subplot()
    axes.plot([0, 1, 2], [2, 0, 1])
    axes.set_title(title)
    return figure


@pytest.fixture
def panel(qtbot) -> ChartPanel:
    owner = JobController(max_parallel=1)
    chart = ChartPanel("test-chart", "Test chart", owner)
    owner.setParent(chart)            # the leak guard finds the controller through its widget
    qtbot.addWidget(chart)
    chart.resize(900, 600)
    chart.show()
    return chart


def _drawn(qtbot, panel: ChartPanel) -> None:
    qtbot.waitUntil(lambda: not panel.pending(), timeout=WAIT_MS)


def test_the_picture_is_drawn_for_the_widget(qtbot, panel):
    panel.show_chart(lambda: _line_figure("first"))
    assert panel.pending() and panel.figure is None          # the GUI thread only asked for it
    _drawn(qtbot, panel)
    assert panel.figure.axes[0].get_title() == "first"
    image = panel.canvas.image
    assert image.deviceIndependentSize().toSize() == panel.canvas.size()
    assert image.devicePixelRatio() == panel.canvas.devicePixelRatioF()
    assert panel.canvas.minimumSize().width() == int(6 * 100 * 0.8)
    # the Figure keeps the size it was built for (what "Save chart…" writes)
    assert list(panel.figure.get_size_inches()) == [6, 4] and panel.figure.dpi == 100
    # the pixels are the chart: mostly white background, with dark lines and text on it
    pixels = [image.pixelColor(x, y).lightness() for x in range(0, image.width(), 7)
              for y in range(0, image.height(), 7)]
    assert max(pixels) == 255 and min(pixels) < 100
    assert panel.save_button.isEnabled() and panel.canvas.accessibleName() == "Test chart"


def test_a_newer_chart_supersedes_one_being_built(qtbot, panel):
    started, release = threading.Event(), threading.Event()

    def slow() -> Figure:
        started.set()
        release.wait(WAIT_MS / 1000)
        return _line_figure("old")

    ended: list[str] = []
    panel.renders.job_ended.connect(lambda job: ended.append(job.state.value))
    panel.show_chart(slow)
    qtbot.waitUntil(started.is_set, timeout=WAIT_MS)
    panel.show_chart(lambda: _line_figure("new"))
    release.set()
    _drawn(qtbot, panel)
    qtbot.waitUntil(panel.renders.is_idle, timeout=WAIT_MS)
    assert panel.figure.axes[0].get_title() == "new"
    assert ended == ["cancelled", "finished"]     # the old one was built, but never drawn nor shown


def test_requests_in_one_turn_cost_one_drawing(qtbot, panel):
    built: list[str] = []

    def builder(name: str):
        return lambda: built.append(name) or _line_figure(name)

    for name in ("a", "b", "c"):
        panel.show_chart(builder(name))
    _drawn(qtbot, panel)
    assert built == ["c"] and panel.figure.axes[0].get_title() == "c"


def test_a_hidden_panel_draws_when_shown(qtbot, panel):
    panel.hide()
    panel.show_chart(lambda: _line_figure("later"))
    qtbot.wait(200)
    assert panel.pending() and not panel.renders.jobs
    panel.show()
    _drawn(qtbot, panel)
    assert panel.figure.axes[0].get_title() == "later"


def test_a_resize_draws_again_once_it_settles(qtbot, panel):
    panel.show_chart(lambda: _line_figure("resized"))
    _drawn(qtbot, panel)
    figure, before = panel.figure, panel.canvas.image
    panel.resize(700, 500)
    assert panel.canvas.needs_drawing()            # the old picture, scaled, until the new one
    _drawn(qtbot, panel)
    assert panel.canvas.image is not before and panel.figure is figure
    assert panel.canvas.image.deviceIndependentSize().toSize() == panel.canvas.size()


def test_a_failing_chart_leaves_a_message(qtbot, panel):
    def broken() -> Figure:
        raise ValueError("no data for this chart")

    panel.show_chart(broken)
    _drawn(qtbot, panel)
    assert panel.figure is None and not panel.save_button.isEnabled()
    assert "no data for this chart" in panel.canvas.message


def test_room_makes_way_for_scroll_bars():
    room = Room(width=800, height=500, scroll_bar=15, ratio=2.0)
    assert room.chart_size((600, CHART_MIN_HEIGHT)) == (800, 500)       # fits: the whole viewport
    assert room.chart_size((1000, CHART_MIN_HEIGHT)) == (1000, 485)     # wider: a horizontal bar below
    assert room.chart_size((600, 700)) == (785, 700)                    # taller: a vertical bar beside
    assert room.chart_size((790, 700)) == (790, 700)                    # the vertical bar forces both
