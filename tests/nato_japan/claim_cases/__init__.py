"""The cases of the nato-japan claim rules, as data: one module per fact family, with its tables of sentences.

tests/nato_japan/test_claims_facts.py runs each check once, over the table of its name (FLAGGED_ONCE,
FLAGGED_BY_EXACTLY, NOT_FLAGGED, …; each described there) in every module here; a family without a table has
no case of that check.
"""

import importlib
import pkgutil

#: Every fact family's module, by name.
MODULES = [importlib.import_module(f"{__name__}.{module.name}") for module in sorted(pkgutil.iter_modules(__path__), key=lambda module: module.name)]
