"""Start the desktop application: QApplication set-up, translations, the main window."""
from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTimer, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QStyle

from synthstudio import __version__
from synthstudio.paths import app_data_dir, resources_dir

ORGANISATION = "SynthStudio"
APPLICATION = "SynthStudio"
RIGHT_TO_LEFT = {"ar", "he", "fa", "ur"}


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
    if language != "en":
        locale = QLocale(language)
        for folder, prefix in ((QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), "qtbase_"),
                               (str(resources_dir() / "translations"), "synthstudio_")):
            translator = QTranslator(app)
            if translator.load(locale, prefix.rstrip("_"), "_", folder):
                app.installTranslator(translator)
                translators.append(translator)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if language in RIGHT_TO_LEFT
                           else Qt.LayoutDirection.LeftToRight)
    return translators


def run_app(open_path: str | None = None, open_sample: bool = False) -> int:
    """Show the main window (on a project, a table or the sample) and run the event loop."""
    app = create_application()
    from synthstudio.gui.main_window import MainWindow
    from synthstudio.gui.settings import AppSettings

    settings = AppSettings()
    install_translations(app, settings.language)
    window = MainWindow(settings)
    window.show()
    # open after the window is on screen, so it appears at once and loading shows its progress
    if open_path:
        QTimer.singleShot(0, lambda: window.open_path(Path(open_path)))
    elif open_sample:
        QTimer.singleShot(0, window.open_sample)
    return app.exec()
