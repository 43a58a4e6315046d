"""Talking to Telegram: commands, admin controls and delivery. No HTML parsing here."""

import os

# One PTB mode everywhere (the bot, its tests, its benchmarks): time periods such as
# RetryAfter.retry_after are datetime.timedelta, as in PTB 23, instead of deprecated ints.
# PTB reads the variable when it builds those values, so setting it before any is made suffices.
os.environ["PTB_TIMEDELTA"] = "true"
