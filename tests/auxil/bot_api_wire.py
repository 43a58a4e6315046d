"""The Bot API on the wire: how PTB encodes a call's parameters and how Telegram answers errors.

Checked against PTB 22.8's source: every call is a POST to ``{base_url}{token}/{method}``
with an ``application/x-www-form-urlencoded`` body (multipart/form-data when a file is
uploaded), never JSON. Every value is a string: str values as they are, everything else
(ints, bools, dicts, lists) JSON-encoded, so "chat_id" arrives as "-100123" and
"reply_markup" as a JSON string; ``read_params`` turns them back.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from typing import Any

from aiohttp import web

# Parameters of the implemented methods whose values are plain strings: PTB sends them
# unencoded, so they must not be JSON-decoded (a text "123" must stay a str).
_STRING_FIELDS = frozenset(
    {
        "text",
        "caption",
        "parse_mode",
        "callback_query_id",
        "inline_message_id",
        "business_connection_id",
        "message_effect_id",
        "file_id",
        "language_code",
        "url",
        "secret_token",
        "ip_address",
        "action",
        "document",
        "thumbnail",
    }
)


@dataclass
class Upload:
    """One file part of a multipart request."""

    filename: str | None
    data: bytes
    content_type: str | None


class ApiError(Exception):
    """An error answer of the Bot API: HTTP status, description and optional parameters."""

    def __init__(
        self, status: int, description: str, parameters: dict[str, Any] | None = None
    ) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.parameters = parameters

    def payload(self) -> dict[str, Any]:
        """Return the JSON body Telegram sends with this error."""
        body: dict[str, Any] = {"ok": False, "error_code": self.status, "description": self.description}
        if self.parameters:
            body["parameters"] = self.parameters
        return body


def bad_request(description: str) -> ApiError:
    """Return a 400 ApiError with a "Bad Request: ..." description."""
    return ApiError(400, f"Bad Request: {description}")


def retry_after(seconds: int) -> ApiError:
    """Return the 429 answer Telegram gives when flood control kicks in."""
    seconds = max(1, int(seconds))
    return ApiError(429, f"Too Many Requests: retry after {seconds}", {"retry_after": seconds})


def as_int(value: Any, name: str) -> int:
    """Return ``value`` as int or raise the 400 Telegram gives for a malformed number."""
    if isinstance(value, bool):
        raise bad_request(f"invalid {name} specified")
    try:
        return int(value)
    except (TypeError, ValueError):
        raise bad_request(f"invalid {name} specified") from None


def _decode(name: str, value: str) -> Any:
    """Return a form value with PTB's JSON-in-a-string encoding undone."""
    if name in _STRING_FIELDS:
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value  # e.g. chat_id="@channel"


async def read_params(request: web.Request) -> dict[str, Any]:
    """Return a call's parameters from its form body, uploaded files as Upload; ValueError if unreadable."""
    if not request.body_exists:
        return {}
    if request.content_type not in ("application/x-www-form-urlencoded", "multipart/form-data"):
        raise ValueError(f"unexpected content type {request.content_type}")
    params: dict[str, Any] = {}
    uploads: dict[str, Upload] = {}
    for key, value in (await request.post()).items():
        if isinstance(value, web.FileField):
            # aiohttp spools parts to a temp file: close it or a ResourceWarning fails the test.
            with contextlib.closing(value.file):
                uploads[key] = Upload(value.filename, value.file.read(), value.content_type)
        else:
            params[key] = _decode(key, str(value))
    for key, value in list(params.items()):
        # PTB names a part and refers to it as "attach://name" when it can't use the field name.
        if isinstance(value, str) and value.startswith("attach://") and value[9:] in uploads:
            params[key] = uploads.pop(value[9:])
    for key, upload in uploads.items():
        params.setdefault(key, upload)
    return params
