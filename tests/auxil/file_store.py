"""Files the fake Bot API holds: users' documents and the bot's uploads, by file_id and by file_path."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import Any


@dataclass
class StoredFile:
    """A file the server can hand out through getFile and the file route."""

    file_id: str
    file_unique_id: str
    file_path: str
    data: bytes
    file_name: str | None
    mime_type: str | None

    def document(self) -> dict[str, Any]:
        """Return the Document dict Telegram sends for this file."""
        document: dict[str, Any] = {
            "file_id": self.file_id,
            "file_unique_id": self.file_unique_id,
            "file_size": len(self.data),
        }
        if self.file_name:
            document["file_name"] = self.file_name
        if self.mime_type:
            document["mime_type"] = self.mime_type
        return document


class FileStore:
    """Stored files, reachable by file_id (getFile, resending) and by file_path (downloads)."""

    def __init__(self) -> None:
        self._by_id: dict[str, StoredFile] = {}
        self._by_path: dict[str, StoredFile] = {}
        self._numbers = itertools.count(1)

    def add(self, data: bytes, filename: str | None, mime_type: str | None) -> StoredFile:
        """Return a new StoredFile holding ``data``."""
        number = next(self._numbers)
        suffix = ""
        if filename and "." in filename:
            suffix = re.sub(r"[^A-Za-z0-9.]", "", "." + filename.rsplit(".", 1)[1])[:10]
        stored = StoredFile(
            file_id=f"FILE{number:06d}",
            file_unique_id=f"U{number:06d}",
            file_path=f"documents/file_{number}{suffix}",
            data=data,
            file_name=filename,
            mime_type=mime_type,
        )
        self._by_id[stored.file_id] = stored
        self._by_path[stored.file_path] = stored
        return stored

    def by_id(self, file_id: str) -> StoredFile | None:
        """Return the file with ``file_id``, or None."""
        return self._by_id.get(file_id)

    def by_path(self, file_path: str) -> StoredFile | None:
        """Return the file served at ``file_path``, or None."""
        return self._by_path.get(file_path)
