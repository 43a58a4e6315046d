"""Telegram's flood control for bots: 30 messages/s overall, about 1/s per private chat, 20/min per group.

`strict` imitates a Telegram stricter than the usual fake: the 31st message within any one
second (both ends counted) is refused, so is a 4th message to one private chat within any one
second, and every 429 asks for at least 1 s.
"""

from __future__ import annotations

import math
import time
from collections import deque

from tests.auxil.bot_api_wire import ApiError, retry_after


class FloodControl:
    """Counts the messages a bot sends and refuses the one that breaks a limit with 429."""

    def __init__(self, *, global_rate: float, private_burst: int, group_per_minute: int,
                 strict: bool = False) -> None:
        self.global_rate = global_rate
        self.strict = strict
        self.private_burst = private_burst
        self.group_per_minute = group_per_minute
        # Only timestamps are kept: one deque overall plus one small deque per chat, so a
        # broadcast to thousands of chats stays cheap.
        self._overall: deque[float] = deque()
        self._per_chat: dict[int, deque[float]] = {}

    def refusal(self, chat_id: int) -> ApiError | None:
        """Return the 429 for one more message to ``chat_id`` now, or None after counting it."""
        now = time.monotonic()
        overall = self._overall
        while overall and (now - overall[0] > 1.0 if self.strict else now - overall[0] >= 1.0):
            overall.popleft()
        if len(overall) >= self.global_rate:
            return self._refuse(overall[0] + 1.0 - now)
        if chat_id < 0:
            window, cap = 60.0, self.group_per_minute
        elif self.strict:
            window, cap = 1.0, 3  # at most 3 messages within any one second
        else:
            # 1 message/s on average, with a burst of `private_burst` allowed.
            window, cap = float(self.private_burst), self.private_burst
        recent = self._per_chat.get(chat_id)
        if recent is None:
            recent = self._per_chat[chat_id] = deque(maxlen=cap)
        while recent and (now - recent[0] > window if self.strict else now - recent[0] >= window):
            recent.popleft()
        if len(recent) >= cap:
            return self._refuse(recent[0] + window - now)
        overall.append(now)
        recent.append(now)
        return None

    def _refuse(self, seconds: float) -> ApiError:
        """Return the 429 that asks to wait `seconds` (at least 1 s when strict)."""
        wait = math.ceil(seconds)
        return retry_after(max(1, wait) if self.strict else wait)
