"""The cases of the nato-japan coverage criteria, as data: one module per criterion, with CRITERION and its tables.

tests/nato_japan/test_coverage_criteria.py runs each check once, over the table of its name (ADDRESSED,
POSITIVES, NOT_ADDRESSED, TRAPS, …; each described there) in every module here; a criterion without a table
has no case of that check.
"""

import importlib
import pkgutil

#: Every criterion's module, by name.
MODULES = [importlib.import_module(f"{__name__}.{module.name}") for module in sorted(pkgutil.iter_modules(__path__), key=lambda module: module.name)]
