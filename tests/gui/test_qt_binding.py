"""The Qt binding must not leak references: PySide6 6.12.0 drops one reference to None on every
Qt call that returns nothing, which aborts a long session on Python 3.11 ("deallocating None")."""
import sys


def test_void_qt_calls_keep_the_reference_count_of_none(qapp):
    before = sys.getrefcount(None)
    for _ in range(1000):
        qapp.processEvents()
    assert sys.getrefcount(None) - before >= -10
