"""Talking to Telegram: commands, admin controls and delivery. No HTML parsing here."""
