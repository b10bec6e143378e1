"""The large-table model: row and column counts, lazy cell text, missing values, argsort sorting."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QTableView

from synthstudio.gui.models.table_model import DataFrameModel

LARGE_ROWS = 200_000   # 1,000,000 × 20 is measured in benchmarks/bench_gui.py


def _cell(model: DataFrameModel, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return model.data(model.index(row, column), role)


@pytest.fixture
def adult(shared_data) -> pd.DataFrame:
    return pd.read_csv(shared_data / "adult.csv", skipinitialspace=True, na_values="?", nrows=2000)


def test_counts_and_cell_text_on_real_data(adult):
    model = DataFrameModel(adult)
    assert model.rowCount() == 2000
    assert model.columnCount() == 15
    assert model.headerData(0, Qt.Orientation.Horizontal) == "age"
    assert _cell(model, 0, 0) == str(adult.iloc[0, 0])
    assert _cell(model, 0, 1) == adult.iloc[0, 1]
    assert _cell(model, 0, 0, Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight


def test_missing_values_look_different_from_values(adult):
    model = DataFrameModel(adult)
    row = int(np.flatnonzero(adult["workclass"].isna())[0])
    column = adult.columns.get_loc("workclass")
    assert _cell(model, row, column) == "missing"
    assert _cell(model, row, column, Qt.ItemDataRole.FontRole).italic()
    assert _cell(model, row, column, Qt.ItemDataRole.BackgroundRole) is not None
    assert _cell(model, row, column, Qt.ItemDataRole.ToolTipRole)
    assert _cell(model, 0, column, Qt.ItemDataRole.BackgroundRole) is None


def test_sort_orders_rows_keeps_missing_last_and_shows_file_row_numbers(adult):
    model = DataFrameModel(adult)
    column = adult.columns.get_loc("workclass")
    model.sort(column, Qt.SortOrder.AscendingOrder)
    present = adult["workclass"].dropna()
    shown = [_cell(model, r, column) for r in range(model.rowCount())]
    assert shown[:len(present)] == sorted(present)
    assert set(shown[len(present):]) == {"missing"}
    # the vertical header names the row's place in the file
    first = model.source_row(0)
    assert model.headerData(0, Qt.Orientation.Vertical) == str(first + 1)
    model.sort(adult.columns.get_loc("age"), Qt.SortOrder.DescendingOrder)
    ages = [int(_cell(model, r, 0)) for r in range(model.rowCount())]
    assert ages == sorted(adult["age"], reverse=True)


def test_descending_sort_is_stable(adult):
    model = DataFrameModel(adult)
    model.sort(adult.columns.get_loc("sex"), Qt.SortOrder.DescendingOrder)
    females = [model.source_row(r) for r in range(model.rowCount())
               if _cell(model, r, adult.columns.get_loc("sex")) == "Female"]
    assert females == sorted(females)  # equal values keep their file order


def test_selection_follows_its_row_when_sorting(qtbot, adult):
    view = QTableView()
    qtbot.addWidget(view)
    model = DataFrameModel(adult)
    view.setModel(model)
    view.selectionModel().setCurrentIndex(model.index(5, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    model.sort(2, Qt.SortOrder.AscendingOrder)  # fnlwgt
    assert model.source_row(view.currentIndex().row()) == 5


def test_large_table_of_mixed_types_opens_reads_and_sorts():
    rng = np.random.default_rng(0)
    columns = {}
    for i in range(20):
        kind = i % 4
        if kind == 0:
            values = rng.normal(size=LARGE_ROWS)
            values[::11] = np.nan
        elif kind == 1:
            values = rng.integers(0, 1000, LARGE_ROWS)
        elif kind == 2:
            values = pd.Categorical(rng.choice(["north", "south", "east", "west"], LARGE_ROWS))
        else:
            values = pd.array(rng.integers(0, 90, LARGE_ROWS), dtype="Int64")
        columns[f"c{i}"] = values
    frame = pd.DataFrame(columns)
    model = DataFrameModel(frame)
    assert (model.rowCount(), model.columnCount()) == (LARGE_ROWS, 20)
    assert _cell(model, LARGE_ROWS - 1, 1) == str(frame.iloc[-1, 1])
    model.sort(0, Qt.SortOrder.AscendingOrder)
    top = float(_cell(model, 0, 0))
    assert top == pytest.approx(np.nanmin(frame["c0"]), rel=1e-9)
    assert _cell(model, LARGE_ROWS - 1, 0) == "missing"
    model.sort(2, Qt.SortOrder.DescendingOrder)
    assert _cell(model, 0, 2) == "west"
