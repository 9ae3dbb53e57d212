"""Registers the built-in rule types through the ``claimcheck_rule_types`` hook."""

from __future__ import annotations

from claimcheck.plugins import hookimpl
from claimcheck.rules.keywords import ExistenceType, SubstitutionType
from claimcheck.rules.model import RuleType

__all__ = ["claimcheck_rule_types"]


@hookimpl
def claimcheck_rule_types() -> list[RuleType]:
    return [ExistenceType(), SubstitutionType()]
