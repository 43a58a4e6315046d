"""The first answer after `python run_bot.py`: an empty database against a months-old one.

    python bench/store_growth.py --days 90 --keep /tmp/sg90    # makes the 90-day database
    python bench/cold_start.py --db /tmp/sg90/bot.json

The bot runs as a real process (`run_bot.py --config ...`) against the fake Bot API served
here on 127.0.0.1, with the 200 sources the simulation subscribed its chats to (their site
refuses connections: polls fail quickly, as a site that is down). A reader's `/start` is
waiting before the process starts; the time is taken from the process's start to the reply
reaching the fake API. Each database is started `--runs` times, in turn, from a fresh copy of
the file; printed: the median and the slowest of each, the ratio, and the bot's peak RSS.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.auxil.fake_bot_api import FakeBotAPI  # noqa: E402

READER = 424242  # a reader the database has never met: /start records it


def _closed_port() -> int:
    """Return a local port nothing listens on (a site that is down refuses at once)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _config(folder: Path, sources: int, port: int) -> Path:
    lines = [f'[storage]\npath = "{folder / "bot.json"}"', "[fetch]\nallow_private_addresses = true"]
    lines += [f'[[sources]]\nname = "s{n}"\nurl = "http://127.0.0.1:{port}/s{n}/feed.xml"\n'
              f'kind = "feed"\ninterval = 600' for n in range(sources)]
    path = folder / "bot.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _cpu_seconds(pid: int) -> float:
    """Return the CPU time (user + system) a running process has used so far, or 0 when unreadable."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime, stime


def _peak_rss_mb(pid: int) -> float:
    """Return a running process's peak RSS (VmHWM) in MB, or 0 when it cannot be read."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


async def first_answer(api: FakeBotAPI, db: Path | None, sources: int,
                       port: int) -> tuple[float, float, float]:
    """Start the bot on a copy of `db` (None: no file); return seconds to its first reply, its CPU seconds and peak RSS.

    The CPU seconds the process used until then say what the machine's other load does not.
    """
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        if db is not None:
            shutil.copy2(db, folder / "bot.json")
        config = _config(folder, sources, port)
        before = len(api.messages_to(READER))
        api.user_sends("/start", chat_id=READER, user_id=READER)
        env = {**os.environ, "TELEGRAM_BOT_TOKEN": api.token, "TELEGRAM_API_BASE_URL": api.base_url}
        log = (folder / "bot.log").open("wb")
        started = time.perf_counter()
        bot = subprocess.Popen([sys.executable, str(REPO / "run_bot.py"), "--config", str(config)],
                               env=env, stdout=log, stderr=subprocess.STDOUT, cwd=REPO)
        try:
            await api.wait_for(lambda: len(api.messages_to(READER)) > before, timeout=120,
                               what="the reply to /start")
            took = time.perf_counter() - started
            cpu, rss = _cpu_seconds(bot.pid), _peak_rss_mb(bot.pid)
        except AssertionError:
            bot.kill()
            raise AssertionError((folder / "bot.log").read_text(errors="replace")[-3000:]) from None
        finally:
            bot.send_signal(signal.SIGTERM)
            await asyncio.to_thread(bot.wait, 60)  # the loop serves the fake API meanwhile
            log.close()
        return took, cpu, rss


async def run(args: argparse.Namespace) -> None:
    port = _closed_port()
    size = args.db.stat().st_size / 1e6
    cases: list[tuple[str, Path | None]] = [("empty", None), (f"{args.db.name} ({size:.1f} MB)", args.db)]
    times: dict[str, list[float]] = {label: [] for label, _ in cases}
    cpus: dict[str, list[float]] = {label: [] for label, _ in cases}
    rss: dict[str, float] = {label: 0.0 for label, _ in cases}
    async with FakeBotAPI() as api:
        for _ in range(args.runs):
            for label, db in cases:  # in turn, so that the machine's load falls on both alike
                took, cpu, peak = await first_answer(api, db, args.sources, port)
                times[label].append(took)
                cpus[label].append(cpu)
                rss[label] = max(rss[label], peak)
    print(f"first answer to /start after `python run_bot.py` ({args.sources} sources, {args.runs} runs each)")
    print("| database | median s | slowest s | bot CPU s until then (median) | bot peak RSS MB |")
    print("|---|---|---|---|---|")
    for label, _ in cases:
        print(f"| {label} | {statistics.median(times[label]):.2f} | {max(times[label]):.2f} | "
              f"{statistics.median(cpus[label]):.2f} | {rss[label]:.0f} |")
    empty, full = (statistics.median(times[label]) for label, _ in cases)
    print(f"ratio (database / empty): {full / empty:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path, required=True,
                        help="a database file (bench/store_growth.py --keep FOLDER leaves FOLDER/bot.json)")
    parser.add_argument("--sources", type=int, default=200, help="sources in the config (s0, s1, ...)")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if not args.db.is_file():
        parser.error(f"{args.db}: no such database file; make one with "
                     "python bench/store_growth.py --days 90 --keep FOLDER")
    asyncio.run(run(args))


if __name__ == "__main__":
    main()
