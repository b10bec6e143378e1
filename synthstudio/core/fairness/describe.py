"""Plain-language sentences about fairness measurements, for the wizard, the CLI and the datasheet.

Every sentence states what was measured, on which rows, with the numbers, e.g. "In the real
data, rows with sex 'Female' have income '>50K' 11% of the time; rows with sex 'Male', 31%."
Nothing here judges beyond the threshold the user chose; every number comes from a
:class:`~synthstudio.core.fairness.metrics.FairnessMeasurement`.
"""
from __future__ import annotations

from synthstudio.core.fairness.metrics import AttributeMeasure, FairnessMeasurement, GroupStats
from synthstudio.core.fairness.targets import FairnessTarget, Finding

MAX_GROUPS_NAMED = 8     # beyond this, a sentence names the extremes only
THIN_CELL_ROWS = 10      # fewer real rows than this in a group × outcome: a pattern of a handful of people
UPWEIGHT_FACTOR = 3.0    # a kind of row this many times as common as in the real data leans on few people


def percent(value: float | None) -> str:
    """'11%', '0.4%', '—' (not measured)."""
    if value is None:
        return "—"
    share = 100 * value
    return f"{share:.1f}%" if 0 < share < 1 or 99 < share < 100 else f"{share:.0f}%"


def number(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


def _who(attribute: AttributeMeasure, group: GroupStats) -> str:
    return f"rows with {attribute.name} '{group.label}'"


def outcome_phrase(target: FairnessTarget) -> str:
    return f"{target.target} '{target.favourable}'"


def rates_sentence(attribute: AttributeMeasure, target: FairnessTarget, where: str) -> str | None:
    """'In the real data, rows with sex 'Female' have income '>50K' 11% of the time; rows with sex 'Male', 31%.'

    Groups too small to judge are named apart; with many groups, only the extremes are named.
    """
    rated = sorted((g for g in attribute.judged if g.rate is not None), key=lambda g: g.rate)
    small = [g for g in attribute.groups if not g.judged and g.rate is not None]
    if not rated and not small:
        return None
    if len(rated) > MAX_GROUPS_NAMED:
        rarest, commonest = rated[0], rated[-1]
        text = (f"{where.capitalize()}, {outcome_phrase(target)} is rarest for {_who(attribute, rarest)} "
                f"({percent(rarest.rate)}) and most common for {_who(attribute, commonest)} "
                f"({percent(commonest.rate)})")
    elif rated:
        first, rest = rated[0], rated[1:]
        text = (f"{where.capitalize()}, {_who(attribute, first)} have {outcome_phrase(target)} "
                f"{percent(first.rate)} of the time")
        text += "".join(f"; {_who(attribute, g)}, {percent(g.rate)}" for g in rest)
    else:
        text = f"{where.capitalize()}, no group is large enough to judge"
    if small:
        listed = ", ".join(f"'{g.label}' {percent(g.rate)} of {g.with_outcome:,}" for g in small[:MAX_GROUPS_NAMED])
        text += f" (too few rows to judge: {listed}{' …' if len(small) > MAX_GROUPS_NAMED else ''})"
    return text + "."


def shares_sentence(attribute: AttributeMeasure, where: str) -> str:
    """'In the real data, sex 'Male' makes up 67% of the rows and 'Female' 33%.'"""
    ordered = sorted(attribute.groups, key=lambda g: -g.share)
    named = ordered if len(ordered) <= MAX_GROUPS_NAMED else ordered[:MAX_GROUPS_NAMED - 1]
    parts = [f"'{g.label}' {percent(g.share)}" for g in named]
    if len(named) < len(ordered):
        rest = ordered[len(named):]
        parts.append(f"{len(rest)} smaller groups {percent(sum(g.share for g in rest))}")
    return f"{where.capitalize()}, {attribute.name} is " + ", ".join(parts) + " of the rows."


def metric_sentence(attribute: AttributeMeasure, target: FairnessTarget, where: str) -> str:
    """'Disparate impact ratio for sex in the real data: 0.36 (11% ÷ 31%); the target is at least 0.8: not met.'"""
    metric = target.metric if target.info.on_data else "disparate_impact"
    value = attribute.value(metric)
    label = {"disparate_impact": "Disparate impact ratio", "statistical_parity": "Statistical parity difference",
             "representation": "Representation ratio"}[metric]
    if value is None:
        return (f"{label} for {attribute.name} {where}: cannot be measured (fewer than two groups large enough "
                "to judge, or no group has the favourable outcome).")
    low, high = attribute.least_favoured, attribute.most_favoured
    detail = ""
    if metric == "disparate_impact" and low and high:
        detail = f" ({percent(low.rate)} for '{low.label}' ÷ {percent(high.rate)} for '{high.label}')"
    elif metric == "statistical_parity" and low and high:
        detail = f" ({percent(high.rate)} for '{high.label}' − {percent(low.rate)} for '{low.label}')"
    text = f"{label} for {attribute.name} {where}: {number(value)}{detail}"
    if metric == target.metric:
        sign = "at least" if target.info.higher_is_fairer else "at most"
        verdict = "met" if target.met_by(value) else "not met"
        text += f"; the target is {sign} {target.threshold:g}: {verdict}"
    return text + "."


def describe_measurement(measurement: FairnessMeasurement, where: str = "in the real data") -> list[str]:
    """Sentences for every attribute: who is there, who gets the favourable outcome, the metric."""
    target = measurement.target
    lines: list[str] = []
    for attribute in measurement.attributes:
        lines.append(shares_sentence(attribute, where))
        if target.info.needs_outcome:
            rates = rates_sentence(attribute, target, where)
            if rates:
                lines.append(rates)
        lines.append(metric_sentence(attribute, target, where))
    if measurement.rows_without_outcome:
        lines.append(f"{measurement.rows_without_outcome:,} rows have no {target.target} value and are left out "
                     "of the rates.")
    return lines


def small_group_findings(measurement: FairnessMeasurement) -> list[Finding]:
    """A warning for each group too small to learn from, and each judged group with very few favourable rows."""
    target = measurement.target
    findings = []
    for attribute in measurement.attributes:
        for group in attribute.groups:
            if not group.judged:
                findings.append(Finding(
                    "small_group",
                    f"The group {attribute.name} '{group.label}' has only {group.rows:,} real rows: too few to "
                    f"learn from or to judge (at least {target.min_group_rows} are needed). It is left out of the "
                    "fairness target, and synthetic rows for it copy the patterns of very few people.",
                    {"attribute": attribute.name, "group": group.label, "rows": group.rows,
                     "min_rows": target.min_group_rows}))
                continue
            few = min(group.favourable, group.with_outcome - group.favourable)
            if target.info.needs_outcome and few < THIN_CELL_ROWS:
                which = "have" if few == group.favourable else "do not have"
                findings.append(Finding(
                    "thin_outcome",
                    f"Only {few:,} of the {group.with_outcome:,} real rows of {attribute.name} '{group.label}' "
                    f"{which} {outcome_phrase(target)}: what the generator learned about this group and outcome "
                    "rests on very few people, so balancing it repeats their patterns.",
                    {"attribute": attribute.name, "group": group.label, "rows_with_that_outcome": few,
                     "favourable": group.favourable, "rows": group.with_outcome}))
    return findings


def closeness_sentence(target: FairnessTarget, value: float | None, where: str) -> str:
    """'The target (...) was met in the released data: measured 0.81.', or how close it got."""
    if value is None:
        return f"The target ({target.describe()}) could not be measured {where}."
    if target.met_by(value):
        return f"The target ({target.describe()}) was met {where}: measured {number(value)}."
    gap = abs(value - target.threshold)
    return (f"The target ({target.describe()}) was NOT reached {where}: measured {number(value)}, "
            f"{number(gap)} short of {target.threshold:g}.")


def upweighting_findings(real: FairnessMeasurement, synthetic: FairnessMeasurement) -> list[Finding]:
    """A warning for each judged group (or group with the favourable outcome) that became much
    more common than in the real data: its rows are learned from comparatively few people."""
    findings = []
    by_outcome = real.target.info.needs_outcome
    for before, after in zip(real.attributes, synthetic.attributes):
        for group in before.judged:
            other = after.group(group.label)
            if other is None or not group.rows or not synthetic.rows:
                continue
            if by_outcome:
                was = group.favourable / real.rows
                now = other.favourable / synthetic.rows
                what = f"rows of {before.name} '{group.label}' with {outcome_phrase(real.target)}"
                examples = group.favourable
            else:
                was, now = group.share, other.share
                what, examples = f"rows of {before.name} '{group.label}'", group.rows
            if was > 0 and now / was >= UPWEIGHT_FACTOR:
                findings.append(Finding(
                    "upweighted",
                    f"There are {now / was:.1f} times as many {what} as in the real data ({percent(now)} of the "
                    f"rows instead of {percent(was)}), all learned from {examples:,} real examples: they may "
                    "repeat those people's patterns closely.",
                    {"attribute": before.name, "group": group.label, "factor": now / was, "examples": examples}))
    return findings
