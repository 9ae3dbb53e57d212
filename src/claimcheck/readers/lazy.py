"""A reader whose module is imported the first time a file needs it.

Most runs read one format (Markdown, from an editor or pre-commit), yet the
XML, HTML, DOCX and ODT readers import lxml, zipfile and html.parser —
about 15 ms of every start-up.  The built-in plugin registers those readers
as :class:`LazyReader`: the name, extensions and binary flag the runtime
needs to choose a reader are declared here; the module comes on the first
``read`` or ``sniff``.  A test checks that what is declared is what the real
reader says.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, Callable, Sequence, Union

if TYPE_CHECKING:
    from claimcheck.document import Document
    from claimcheck.readers import Reader

__all__ = ["LazyReader"]


class LazyReader:
    """Stands for ``module:attribute(*arguments)`` until a file in its format is read."""

    def __init__(
        self,
        name: str,
        extensions: Sequence[str],
        *,
        binary: bool,
        target: str,
        arguments: Callable[[], tuple[tuple[Any, ...], dict[str, Any]]] = lambda: ((), {}),
    ) -> None:
        self.name = name
        self.extensions = tuple(extensions)
        self.binary = binary
        self._target = target
        self._arguments = arguments
        self._reader: "Reader | None" = None

    @property
    def reader(self) -> "Reader":
        """The real reader, imported and built on first use."""
        if self._reader is None:
            module_name, attribute = self._target.split(":")
            factory = getattr(importlib.import_module(module_name), attribute)
            positional, keywords = self._arguments()
            self._reader = factory(*positional, **keywords)
        return self._reader

    def sniff(self, head: bytes) -> bool:
        sniff = getattr(self.reader, "sniff", None)
        return bool(sniff(head)) if sniff is not None else False

    def read(self, source: Union[str, bytes], *, path: str) -> "Document":
        return self.reader.read(source, path=path)

    def __repr__(self) -> str:
        return f"LazyReader({self.name!r}, {self._target!r})"
