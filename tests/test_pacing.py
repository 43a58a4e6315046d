"""The one pacing layer: per-chat spacing, the overall rate, and a pace that adapts to 429s."""

from __future__ import annotations

from bot.chat.pacing import LOWEST_CEILING, RATE_MARGIN, RECOVERY, SLOWDOWN, Pacer
from bot.config import DeliverySettings


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_429_slows_the_pace_at_once_and_it_recovers_gradually() -> None:
    clock = Clock()
    pacer = Pacer(DeliverySettings(messages_per_second=30), clock=clock)
    best = 30 * RATE_MARGIN
    assert pacer.bucket.rate == best
    pacer.flood(1.0)
    assert pacer.bucket.paused_until == 0.0  # the first 429 slows the bot, it does not stop it
    slowed = pacer.bucket.rate
    assert slowed < best * SLOWDOWN + 1e-9
    clock.now += 0.5
    pacer.mark(1)
    assert pacer.bucket.rate == slowed  # no faster within the 429's retry_after
    clock.now += 1.5  # 1 s past the retry_after
    pacer.mark(2)
    assert abs(pacer.bucket.rate - slowed - best * RECOVERY) < 1e-6
    clock.now += 60
    pacer.mark(3)
    assert pacer.bucket.rate < best  # it recovers to a little under where it was refused
    assert pacer.bucket.rate >= best * LOWEST_CEILING


def test_a_second_429_within_the_first_ones_wait_stops_the_whole_bot() -> None:
    clock = Clock()
    pacer = Pacer(DeliverySettings(), clock=clock)
    pacer.flood(2.0)
    clock.now += 0.5
    pacer.flood(2.0)
    assert pacer.bucket.paused_until == clock.now + 2.0


def test_a_refused_chat_waits_its_retry_after_and_replies_wait_their_chats_turn() -> None:
    clock = Clock()
    pacer = Pacer(DeliverySettings(per_chat_interval=1.0), clock=clock)
    pacer.mark(7)
    assert pacer.ready_at(7) == clock.now + 1.0
    pacer.mark(7, wait=3.0)
    assert pacer.ready_at(7) == clock.now + 3.0
    assert pacer.ready_at(8) == 0.0
    assert pacer.spacing("@channel") == 3.0  # a channel by name: a group's spacing


def test_a_429_to_a_message_sent_before_the_pace_slowed_changes_nothing_more() -> None:
    clock = Clock()
    pacer = Pacer(DeliverySettings(), clock=clock)
    sent = clock.now
    clock.now += 0.1
    pacer.flood(1.0, sent)
    slowed = pacer.bucket.rate
    clock.now += 0.05
    pacer.flood(1.0, sent + 0.01)  # on its way with the first: the same burst
    assert pacer.bucket.rate == slowed and pacer.bucket.paused_until == 0.0
    pacer.flood(1.0, clock.now)  # sent at the slower pace and refused still: wait as asked
    assert pacer.bucket.paused_until == clock.now + 1.0
