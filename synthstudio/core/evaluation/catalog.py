"""Every headline metric, described once: its family, plain-language name and meaning,
which direction is better, and how to show its value. The release gate, the score table,
the charts and the datasheet all read this catalog, so a metric is named the same way
everywhere. docs/evaluation.md explains each one at length.
"""
from __future__ import annotations

from dataclasses import dataclass

FAMILIES = ("fidelity", "diversity", "utility", "privacy")
FAMILY_LABELS = {
    "fidelity": "Fidelity (does it look like the real data?)",
    "diversity": "Diversity and coverage (is all of the real data represented, and nothing invented?)",
    "utility": "Utility (does a model trained on it work on real data?)",
    "privacy": "Privacy (does it reveal the real people?)",
}


@dataclass(frozen=True)
class MetricInfo:
    key: str
    family: str
    label: str               # short, for a table row or a chart title
    description: str         # one or two plain sentences
    higher_is_better: bool
    ideal: float             # the value perfect synthetic data would have
    unit: str                # "score" (0..1), "share" (shown as %), "auc", "ratio"

    def format(self, value: float | None) -> str:
        if value is None:
            return "not measured"
        if self.unit == "share":
            return f"{100 * value:.1f}%"
        return f"{value:.2f}" if self.unit == "ratio" else f"{value:.3f}"


METRICS: dict[str, MetricInfo] = {m.key: m for m in (
    # -- fidelity ---------------------------------------------------------------------
    MetricInfo("column_shapes", "fidelity", "Column shapes",
               "How closely each column's distribution matches the real one, averaged over columns "
               "(1 = identical; KS complement for numbers and dates, TV complement for categories).",
               True, 1.0, "score"),
    MetricInfo("relationships_kept", "fidelity", "Relationships kept",
               "How much of the strength of the links between pairs of columns that are linked in the "
               "real data survives (1 = all of it, 0 = as unrelated as if each column were shuffled).",
               True, 1.0, "score"),
    MetricInfo("pair_trends", "fidelity", "Column pair trends (SDMetrics)",
               "SDMetrics' correlation and contingency similarity of the strongly linked column pairs "
               "(1 = identical).", True, 1.0, "score"),
    MetricInfo("quality_score", "fidelity", "Overall quality (SDMetrics)",
               "SDMetrics' quality score: the average of column shapes and column pair trends.",
               True, 1.0, "score"),
    MetricInfo("discriminator_auc", "fidelity", "Real-or-synthetic test",
               "How well a classifier tells real rows from synthetic rows (ROC AUC; 0.5 = it cannot "
               "tell them apart, 1 = always can).", False, 0.5, "auc"),
    # -- diversity ----------------------------------------------------------------------
    MetricInfo("category_coverage", "diversity", "Categories covered",
               "Share of the real categories that appear in the synthetic data, averaged over columns.",
               True, 1.0, "share"),
    MetricInfo("rare_categories_kept", "diversity", "Rare categories kept",
               "Share of the rare real categories (under 1% of rows) that still appear.",
               True, 1.0, "share"),
    MetricInfo("range_coverage", "diversity", "Number ranges covered",
               "Share of each real number range (lowest to highest) that the synthetic values span, "
               "averaged over number columns.", True, 1.0, "share"),
    MetricInfo("extra_duplicates", "diversity", "Extra duplicate rows",
               "Share of synthetic rows that repeat another synthetic row, beyond the share of "
               "repeated rows in the real data.", False, 0.0, "share"),
    MetricInfo("out_of_range_values", "diversity", "Numbers outside the real range",
               "Share of synthetic numbers lower than the real minimum or higher than the real maximum.",
               False, 0.0, "share"),
    MetricInfo("unseen_categories", "diversity", "Invented categories",
               "Share of synthetic category values that never occur in the real data.",
               False, 0.0, "share"),
    MetricInfo("impossible_combinations", "diversity", "Never-seen combinations",
               "Share of synthetic rows holding a pair of values that never occurs together in the "
               "real data although both are common (for example a husband who is female).",
               False, 0.0, "share"),
    # -- utility ------------------------------------------------------------------------
    MetricInfo("prediction_skill_kept", "utility", "Prediction skill kept",
               "A model trained on synthetic data and one trained on real data both predict the "
               "target on real rows neither saw: the share of the real model's skill above chance "
               "that the synthetic model keeps (ROC AUC for categories, R² for numbers).",
               True, 1.0, "ratio"),
    # -- privacy ------------------------------------------------------------------------
    MetricInfo("closer_to_training", "privacy", "Closer to training rows",
               "Share of synthetic rows that are closer to a training row than to any holdout row "
               "(about 50% when the generator did not memorise its training rows).",
               False, 0.5, "share"),
    MetricInfo("distance_ratio", "privacy", "Distance to closest record",
               "How close the closest synthetic rows come to training rows, compared with how close "
               "real rows the generator never saw come (5th percentiles; 1 or more = no closer).",
               True, 1.0, "ratio"),
    MetricInfo("exact_copies", "privacy", "Copies of training rows",
               "Share of synthetic rows identical to a training row, beyond the share of real "
               "holdout rows that are identical to a training row by chance.", False, 0.0, "share"),
    MetricInfo("membership_auc", "privacy", "Membership inference",
               "How well an attacker holding the synthetic data can tell who was in the training data "
               "(ROC AUC; 0.5 = no better than guessing).", False, 0.5, "auc"),
    MetricInfo("attribute_inference", "privacy", "Sensitive values guessed",
               "For the most exposed sensitive column: how much better an attacker who knows a "
               "person's quasi-identifiers guesses their sensitive value when that person was in the "
               "training data (0 = no better than for anyone else; a 95% lower bound).", False, 0.0, "share"),
    MetricInfo("neighbour_ratio", "privacy", "Nearest-neighbour distance ratio",
               "Median ratio of the distance to the closest and the second-closest training row, for "
               "synthetic rows (low values mean rows sit on one specific real person).",
               True, 1.0, "ratio"),
)}


def metrics_of(family: str) -> list[MetricInfo]:
    return [m for m in METRICS.values() if m.family == family]
