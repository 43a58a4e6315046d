"""A free TCP port on 127.0.0.1, for servers the bot itself opens (webhook, operators' endpoint)."""

from __future__ import annotations

import socket


def free_port() -> int:
    """Return a port that nothing listens on now (the bot binds it a moment later)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
