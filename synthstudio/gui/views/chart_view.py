"""Charts drawn off the GUI thread, shown as pictures.

Building a core chart (:mod:`synthstudio.core.charts`) and drawing it with constrained layout
takes 100–300 ms on a busy machine; done on the GUI thread, it froze the window each time a
result was shown (docs/benchmarks.md). So a :class:`ChartCanvas` hands the builder to a
:class:`~synthstudio.gui.workers.JobController` with one thread: the thread builds the Figure
and draws it with Agg (never pyplot, so each Figure stands alone) at the size and pixel ratio of
the widget, and the GUI thread only paints the finished picture. A canvas draws only while it is
on screen, a newer chart supersedes one still being drawn, and a resize draws the chart again
once the size has settled (the old picture, scaled, fills in meanwhile). The Figure is kept for
"Save chart…", which writes it at the size the core built it for, as in the PDF datasheet.

All work on a controller's Figures (drawing, saving) goes through its one thread, so two threads
never touch the same Figure.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QImage, QPainter, QPaintEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QPushButton, QScrollArea, QSizePolicy, QStyle, QVBoxLayout,
                               QWidget)

from synthstudio.core import charts
from synthstudio.core.errors import SynthStudioError
from synthstudio.core.jobs import CancelToken, ProgressFn, check_cancel
from synthstudio.gui.dialogs.error_dialog import show_error
from synthstudio.gui.workers import Job, JobController, Work

PNG_FILTER = "PNG picture (*.png)"
SVG_FILTER = "SVG drawing (*.svg)"
FILTER_SUFFIXES = {PNG_FILTER: ".png", SVG_FILTER: ".svg"}
CHART_MIN_HEIGHT = 320
# Charts keep most of the size the core drew them for (their text is sized in points); a
# smaller window scrolls instead of squeezing the axes to nothing.
NATURAL_SIZE_SHARE = 0.8
RESIZE_SETTLE_MS = 150        # while a splitter or the window is dragged, draw once it stops
MESSAGE_MARGIN = 24
MESSAGE_COLOUR = QColor("grey")
BACKGROUND = QColor("white")  # the charts' own background, also behind a message
# titles of the drawing jobs, never shown: the jobs panel lists the window's own controllers only
DRAW_JOB, SAVE_JOB = "draw a chart", "save a chart"

Size = tuple[int, int]


@dataclass(frozen=True)
class Room:
    """Where a chart is shown: the room it has (logical pixels; for a chart that scrolls, the
    viewport without scroll bars), the thickness of a scroll bar, and the screen's pixel ratio."""

    width: int
    height: int
    scroll_bar: int
    ratio: float

    def chart_size(self, minimum: Size) -> Size:
        """The size the chart gets: the room, or its minimum where that is larger (then a scroll
        bar appears and takes room from the other side)."""
        min_width, min_height = minimum
        width, height = self.width, self.height
        if min_width > width:
            height -= self.scroll_bar
        if min_height > height:
            width -= self.scroll_bar
            if min_width > width and min_width <= self.width:   # the vertical bar made the horizontal one
                height -= self.scroll_bar
        return max(width, min_width), max(height, min_height)


@dataclass(frozen=True)
class RenderedChart:
    figure: Figure
    image: QImage         # at ``ratio`` device pixels per logical pixel
    natural: Size         # the size the Figure was built for (logical pixels)
    minimum: Size         # the smallest size worth showing it at


def natural_size(figure: Figure) -> Size:
    width, height = figure.get_size_inches() * figure.dpi
    return int(width), int(height)


def scrolling_minimum(figure: Figure) -> Size:
    """Most of the size the Figure was built for: below it, the chart scrolls."""
    width, height = natural_size(figure)
    return int(width * NATURAL_SIZE_SHARE), max(CHART_MIN_HEIGHT, int(height * NATURAL_SIZE_SHARE))


def no_minimum(figure: Figure) -> Size:
    return 0, 0


def render(figure: Figure, room: Room, minimum: Callable[[Figure], Size]) -> RenderedChart:
    """Draw ``figure`` with Agg at the size it gets in ``room``, as a picture ready to paint.
    The Figure keeps its own size and dots per inch. Safe on any thread for a Figure that no
    other thread touches meanwhile (QImage, unlike QPixmap, may be made off the GUI thread)."""
    least = minimum(figure)
    width, height = room.chart_size(least)
    inches, dpi = figure.get_size_inches().copy(), figure.dpi
    canvas = FigureCanvasAgg(figure)
    try:
        figure.set_dpi(dpi * room.ratio)      # text and lines sharp on a high-DPI screen
        figure.set_size_inches(width / dpi, height / dpi)
        canvas.draw()
        pixels = np.asarray(canvas.buffer_rgba())
        image = QImage(pixels.data, pixels.shape[1], pixels.shape[0], pixels.strides[0],
                       QImage.Format.Format_RGBA8888)
        # the raster engine's own format: painting it later needs no conversion on the GUI thread
        image = image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    finally:
        figure.set_dpi(dpi)
        figure.set_size_inches(inches)
    image.setDevicePixelRatio(room.ratio)
    return RenderedChart(figure, image, natural_size(figure), least)


def render_work(build: Callable[[], Figure], room: Room, minimum: Callable[[Figure], Size]) -> Work:
    """Build the Figure (a core chart builder; it must not touch widgets) and draw it."""

    def work(progress: ProgressFn, cancel: CancelToken) -> RenderedChart:
        figure = build()
        check_cancel(cancel)      # superseded while building: skip the drawing
        return render(figure, room, minimum)

    return work


def stop_drawing(renders: JobController) -> None:
    """Cancel the charts still to be drawn on ``renders`` and wait for the one being drawn (at
    most one chart's drawing), so that no drawing outlives its widgets: for closing."""
    renders.cancel_all()
    renders.wait_for_done()


class LatestJob:
    """Background work of which only the newest request counts: a new request cancels the one
    before it (a queued one never starts), and what a superseded one returns is dropped."""

    def __init__(self, controller: JobController):
        self.controller = controller
        self.job: Job | None = None

    def run(self, work: Work, on_done: Callable[[Any], None], on_failed: Callable[[SynthStudioError], None]) -> Job:
        self.cancel()
        self.controller.clear_ended()       # ended jobs hold their pictures: let them go
        job = Job(title=DRAW_JOB, work=work, kind="chart")
        job.on_done = lambda result: self._ended(job, on_done, result)
        job.on_failed = lambda error: self._ended(job, on_failed, error)
        self.job = self.controller.submit(job)
        return job

    def cancel(self) -> None:
        if self.job is not None:
            self.controller.cancel(self.job)   # also marks one whose result is already on its way
            self.job = None

    def busy(self) -> bool:
        return self.job is not None

    def _ended(self, job: Job, callback: Callable[[Any], None], value: Any) -> None:
        if job is self.job:
            self.job = None
        if not job.cancel_event.is_set():
            callback(value)


class ChartCanvas(QWidget):
    """A chart built and drawn on ``renders``' thread and painted as a picture, or a message.

    ``room`` says where the chart is shown (by default the canvas itself), ``minimum`` the
    smallest size a Figure is shown at (a canvas in a scroll area grows to it).
    """

    changed = Signal()     # a chart or a message took the place of what was on show

    def __init__(self, renders: JobController, room: Callable[[], Room] | None = None,
                 minimum: Callable[[Figure], Size] = no_minimum, parent: QWidget | None = None):
        super().__init__(parent)
        self.renders = renders
        self.room = room or self._own_room
        self.minimum = minimum
        self.figure: Figure | None = None          # the chart on show
        self.image: QImage | None = None
        self.message = ""
        self.natural: Size = (0, 0)
        self._wanted: Callable[[], Figure] | None = None   # to draw once the canvas is on screen
        self._fresh = False         # what is wanted or being drawn is a new chart, not the one on show
        self._drawing = LatestJob(renders)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.timeout.connect(self._start_drawing)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    # -- what to show ------------------------------------------------------------------------
    def show_chart(self, build: Callable[[], Figure]) -> None:
        """Show the Figure ``build()`` returns, built and drawn in the background; until it is
        ready the chart on show stays (requests in one event-loop turn cost one drawing)."""
        self._drawing.cancel()
        self._wanted, self._fresh = build, True
        self._settle.start(0)

    def show_figure(self, figure: Figure) -> None:
        self.show_chart(lambda: figure)

    def show_message(self, text: str) -> None:
        self._drawing.cancel()
        self._wanted, self._fresh = None, False
        self._settle.stop()
        self.figure, self.image, self.message = None, None, text
        self.update()
        self.changed.emit()

    def show_failure(self, error: SynthStudioError) -> None:
        self.show_message(self.tr("The chart could not be drawn: {0}").format(error.message))

    def pending(self) -> bool:
        """Whether a chart is still to be drawn (it waits while the canvas is not on screen)."""
        return self._wanted is not None or self._drawing.busy()

    def needs_drawing(self) -> bool:
        """Whether the picture was drawn for another size or screen than the one it is on now."""
        if self.image is None:
            return False
        return (self.image.deviceIndependentSize().toSize() != self.size()
                or self.image.devicePixelRatio() != self.devicePixelRatioF())

    # -- drawing -----------------------------------------------------------------------------
    def _own_room(self) -> Room:
        return Room(self.width(), self.height(), 0, self.devicePixelRatioF())

    def _start_drawing(self) -> None:
        room = self.room()
        # not on screen, or not laid out yet: showEvent or resizeEvent comes back for it
        if self._wanted is None or not self.isVisible() or room.width < 1 or room.height < 1:
            return
        build, self._wanted = self._wanted, None
        self._drawing.run(render_work(build, room, self.minimum), self._drawn, self.show_failure)

    def _drawn(self, chart: RenderedChart) -> None:
        self.figure, self.image, self.message, self._fresh = chart.figure, chart.image, "", False
        self.natural = chart.natural
        self.setMinimumSize(*chart.minimum)
        self.updateGeometry()
        self.update()
        self.changed.emit()
        self._resized()     # the canvas may have changed size while it was drawn

    def _resized(self) -> None:
        """Draw the chart on show again for its new size, once the size has settled (a new
        chart on its way is drawn for the size of its time, and checked when it arrives)."""
        if self._fresh:     # a new chart: drawn for the size of its time, or waiting for a size
            if self._wanted is not None and not self._settle.isActive():
                self._settle.start(0)
            return
        if self.figure is None or self._drawing.busy():
            return
        if self.needs_drawing():
            self._wanted = lambda figure=self.figure: figure
            self._settle.start(RESIZE_SETTLE_MS)     # again at each step of a drag: drawn when it stops
        else:                                        # back to the size it was drawn for
            self._wanted = None
            self._settle.stop()

    # -- Qt ------------------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(*self.natural).expandedTo(self.minimumSize())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), BACKGROUND)
        if self.image is not None and not self.image.isNull():
            size = self.image.deviceIndependentSize()
            if size.toSize() == self.size():
                painter.drawImage(0, 0, self.image)
            else:   # drawn for another size: scaled, whole, until the new drawing arrives
                scale = min(self.width() / size.width(), self.height() / size.height())
                target = QRectF(0, 0, size.width() * scale, size.height() * scale)
                target.moveCenter(QRectF(self.rect()).center())
                painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
                painter.drawImage(target, self.image)
        elif self.message:
            painter.setPen(MESSAGE_COLOUR)
            margin = MESSAGE_MARGIN
            painter.drawText(self.rect().adjusted(margin, margin, -margin, -margin),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.message)
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._resized()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._wanted is not None:
            self._settle.start(0)


class ChartPanel(QWidget):
    """One chart with a "Save chart…" button and the same command on the chart's context menu;
    a chart larger than the room scrolls."""

    def __init__(self, name: str, accessible_name: str, renders: JobController, parent: QWidget | None = None):
        super().__init__(parent)
        self.name = name                          # the suggested file name
        self.renders = renders
        self.scroll = QScrollArea()
        self.canvas = ChartCanvas(renders, room=self._room, minimum=scrolling_minimum)
        self.canvas.setMinimumHeight(CHART_MIN_HEIGHT)
        self.canvas.setAccessibleName(accessible_name)
        self.canvas.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        save = QAction(self.tr("Save chart…"), self.canvas)
        save.triggered.connect(self.save_chart)
        self.canvas.addAction(save)
        self.save_button = QPushButton(self.tr("Sa&ve chart…"))
        self.save_button.setToolTip(self.tr("Save this chart as a PNG picture or an SVG drawing."))
        self.save_button.clicked.connect(self.save_chart)
        self.save_button.setEnabled(False)
        self.canvas.changed.connect(lambda: self.save_button.setEnabled(self.canvas.figure is not None))
        self.controls = QHBoxLayout()
        self.controls.setContentsMargins(0, 0, 0, 0)
        self.controls.addStretch(1)
        self.controls.addWidget(self.save_button)
        # wide charts (many generators) scroll instead of squeezing; the controls stay in view
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.canvas)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.controls)
        layout.addWidget(self.scroll, 1)

    @property
    def figure(self) -> Figure | None:
        """The chart on show, which "Save chart…" writes."""
        return self.canvas.figure

    def show_chart(self, build: Callable[[], Figure]) -> None:
        self.canvas.show_chart(build)

    def show_figure(self, figure: Figure) -> None:
        self.canvas.show_figure(figure)

    def show_message(self, text: str) -> None:
        self.canvas.show_message(text)
        self.canvas.setMinimumSize(0, CHART_MIN_HEIGHT)

    def pending(self) -> bool:
        return self.canvas.pending()

    def _room(self) -> Room:
        viewport = self.scroll.maximumViewportSize()
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return Room(viewport.width(), viewport.height(), scroll_bar, self.canvas.devicePixelRatioF())

    def save_chart(self) -> Job | None:
        """Ask where, then write the chart on show in the background; the job ends with the path."""
        if self.figure is None:
            return None
        start = str(Path.home() / f"{self.name}.png")
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Save the chart"), start,
                                                   ";;".join((self.tr(PNG_FILTER), self.tr(SVG_FILTER))))
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() not in FILTER_SUFFIXES.values():
            suffix = next((s for f, s in FILTER_SUFFIXES.items() if self.tr(f) == chosen), ".png")
            target = target.with_name(target.name + suffix)
        unwritable = SynthStudioError(self.tr("The chart could not be saved."),
                                      self.tr("Choose a folder you can write to."))
        return self.renders.run(SAVE_JOB, _save_work(self.figure, target, unwritable),
                                on_failed=lambda error: show_error(self, error))


def _save_work(figure: Figure, target: Path, unwritable: SynthStudioError) -> Work:
    def work(progress: ProgressFn, cancel: CancelToken) -> Path:
        try:
            # the file dialog has already asked before replacing an existing file
            return charts.save_figure(figure, target, overwrite=True)
        except OSError as error:
            raise SynthStudioError(unwritable.message, unwritable.remedy, details=str(error)) from error

    return work
