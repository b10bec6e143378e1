"""Fairness targets: chosen by the user, enforced while sampling, verified on the released data.

* :mod:`.targets` — :class:`FairnessTarget` (CLI text, JSON) and the metric catalogue;
* :mod:`.metrics` — :func:`measure`: group shares and favourable-outcome rates of a table;
* :mod:`.describe` — plain-language sentences and warnings;
* :mod:`.enforce` — :func:`enforce_fairness`: rows kept from a fitted generator to meet a target;
* :mod:`.verify` — :func:`verify_fairness`: independent before/after proof, models on real holdout rows;
* :mod:`.charts` — before/after figures.

Imports here stay light (no scikit-learn, no fairlearn), so a wizard can list metrics instantly.
"""
from synthstudio.core.fairness.targets import METRICS, FairnessTarget, Finding, MetricInfo

__all__ = ["METRICS", "FairnessTarget", "Finding", "MetricInfo"]
