"""Start the desktop application: QApplication set-up, translations, the main window."""
from __future__ import annotations

import atexit
import gc
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTimer, QTranslator
from PySide6.QtGui import QFont, QGuiApplication, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QSplashScreen, QStyle

from synthstudio import __version__
from synthstudio.paths import app_data_dir, resources_dir

ORGANISATION = "SynthStudio"
APPLICATION = "SynthStudio"
RIGHT_TO_LEFT = {"ar", "he", "fa", "ur"}
SPLASH_SIZE = (460, 160)


def _keep_caches_private() -> None:
    """matplotlib writes a font cache; keep it in the app's own data folder, not the user's home."""
    os.environ.setdefault("MPLCONFIGDIR", str(app_data_dir() / "matplotlib"))


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (reused when one exists, as in tests), named and high-DPI safe."""
    _keep_caches_private()
    app = QApplication.instance()
    if app is None:
        # fractional scaling (150 %) is rendered as such instead of being rounded to 1x or 2x
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    app.setWindowIcon(app.style().standardIcon(QStyle.StandardPixmap.SP_ComputerIcon))
    return app


def install_translations(app: QApplication, language: str) -> list[QTranslator]:
    """Load Qt's own and SynthStudio's translations for ``language`` (English needs none)."""
    translators = []
    locale = QLocale(language)
    QLocale.setDefault(locale)   # numbers and dates in the language's style too
    if language != "en":
        for folder, prefix in ((QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), "qtbase_"),
                               (str(resources_dir() / "translations"), "synthstudio_")):
            translator = QTranslator(app)
            if translator.load(locale, prefix.rstrip("_"), "_", folder):
                app.installTranslator(translator)
                translators.append(translator)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if language in RIGHT_TO_LEFT
                           else Qt.LayoutDirection.LeftToRight)
    return translators


def _splash_pixmap(app: QApplication) -> QPixmap:
    pixmap = QPixmap(*SPLASH_SIZE)
    pixmap.fill(app.palette().window().color())
    painter = QPainter(pixmap)
    font = QFont(app.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    painter.setFont(font)
    painter.setPen(app.palette().windowText().color())
    painter.drawText(pixmap.rect().adjusted(0, 0, 0, -SPLASH_SIZE[1] // 3), Qt.AlignmentFlag.AlignCenter,
                     f"SynthStudio {__version__}")
    painter.end()
    return pixmap


def load_libraries_behind_splash(app: QApplication) -> QSplashScreen:
    """Show a splash screen and import the heavy libraries while it is up.

    Their first import holds Python's global interpreter lock for up to half a second at a
    time; done here, before the window exists, no background job ever pays it while the
    window should stay responsive (see synthstudio.core.warm_up). The caller closes the
    splash with ``finish(window)``.
    """
    from synthstudio.core.warm_up import import_libraries

    splash = QSplashScreen(_splash_pixmap(app))
    splash.show()

    def show_step(fraction: float, _library: str) -> None:
        text = (QCoreApplication.translate("Startup", "Loading the synthesis libraries… {0} %").format(
            round(100 * fraction)) if fraction < 1.0
            else QCoreApplication.translate("Startup", "Opening the main window…"))
        splash.showMessage(text, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                           app.palette().windowText().color())
        app.processEvents()

    import_libraries(show_step)
    # What was just imported lives as long as the app: kept out of the garbage collector's scans,
    # a full collection, which stops every thread (the GUI's too), takes ~70 instead of ~450 ms
    # (docs/benchmarks.md). Released at exit, so that the last collection still finds its cycles
    # (PyTorch's Triton bindings report them as leaks otherwise).
    gc.freeze()
    atexit.register(gc.unfreeze)
    return splash


def run_app(open_path: str | None = None, open_sample: bool = False) -> int:
    """Show the main window (on a project, a table or the sample) and run the event loop."""
    app = create_application()
    from synthstudio.gui.settings import AppSettings

    settings = AppSettings()
    install_translations(app, settings.language)
    splash = load_libraries_behind_splash(app)
    from synthstudio.gui.main_window import MainWindow

    window = MainWindow(settings)
    window.show()
    splash.finish(window)
    # open after the window is on screen, so it appears at once and loading shows its progress
    if open_path:
        QTimer.singleShot(0, lambda: window.open_path(Path(open_path)))
    elif open_sample:
        QTimer.singleShot(0, window.open_sample)
    return app.exec()
