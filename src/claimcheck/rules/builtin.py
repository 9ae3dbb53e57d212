"""Registers the built-in rule types through the ``claimcheck_rule_types`` hook."""

from __future__ import annotations

from claimcheck.plugins import hookimpl
from claimcheck.rules.claims import ClaimType
from claimcheck.rules.coverage import CoverageType
from claimcheck.rules.keywords import ExistenceType, SubstitutionType
from claimcheck.rules.model import RuleType
from claimcheck.rules.structure import AcronymType, ConditionalType, ConsistencyType, OccurrenceType

__all__ = ["claimcheck_rule_types"]


@hookimpl
def claimcheck_rule_types() -> list[RuleType]:
    return [ExistenceType(), SubstitutionType(), ConditionalType(), ConsistencyType(), OccurrenceType(), AcronymType(), ClaimType(), CoverageType()]
