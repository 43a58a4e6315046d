"""The store on a bad day: a full disk, a failed write, two bots on one file, a file of a wrong shape."""

from __future__ import annotations

import errno
import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from telegram import Bot

import run_bot
from bot.chat.delivery import Deliverer
from bot.chat.render import Outgoing
from bot.clock import Clock
from bot.config import DeliverySettings
from bot.store import (
    Delivery, DeliveryStatus, ItemKind, StoreError, StoreWriteError, Target, TinyDBStore, backup,
)
from bot.store import engine as engine_module
from tests.auxil.fake_bot_api import FakeBotAPI
from tests.auxil.stores import DIGEST, open_at

ROOT = Path(__file__).resolve().parents[1]
FULL = OSError(errno.ENOSPC, "No space left on device")


@contextmanager
def disk_full(monkeypatch: pytest.MonkeyPatch, *, writes: bool = True, files: bool = True) -> Iterator[None]:
    """Make the store's journal appends (os.write) and file writes (fsync) fail as on a full disk."""

    def refuse(*_args: Any) -> Any:
        raise FULL

    with monkeypatch.context() as patch:
        if writes:
            patch.setattr(engine_module.os, "write", refuse)
        if files:
            patch.setattr(engine_module.os, "fsync", refuse)
        yield


async def _queued(store: TinyDBStore, chats: int) -> list[Delivery]:
    await store.digests.add(DIGEST)
    await store.outbox.enqueue(ItemKind.DIGEST, DIGEST.key, [Target(c) for c in range(1, chats + 1)])
    return await store.outbox.due()


# ---- a failed write ----------------------------------------------------------------------


async def test_a_failed_write_keeps_every_change_pending_and_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_at(tmp_path / "bot.json")
    await store.subscriptions.subscribe(1, "a")
    with disk_full(monkeypatch):
        with pytest.raises(StoreWriteError):
            await store.sync()
        await store.subscriptions.subscribe(2, "b")  # made while the disk is full
        assert not await store.can_write()
        assert not (tmp_path / "bot.json.tmp").exists()
    assert await store.can_write()  # space came back: what waited is written now
    store.abandon()
    again = open_at(tmp_path / "bot.json")
    try:
        assert await again.subscriptions.of_chat(1) == ["a"]
        assert await again.subscriptions.of_chat(2) == ["b"]
    finally:
        await again.close()


async def test_the_background_writer_writes_once_the_disk_takes_writes_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_at(tmp_path / "bot.json")
    store.engine.write_every = 0.05
    await store.start()
    try:
        with disk_full(monkeypatch):
            await store.subscriptions.subscribe(1, "a")
            await _wait_for(lambda: store.engine.write_failure is not None)
        await _wait_for(lambda: store.engine.write_failure is None)
        assert '"source":"a"' in (tmp_path / "bot.json").read_text()
    finally:
        await store.close()


async def _wait_for(condition: Callable[[], bool], timeout: float = 5.0) -> None:
    import asyncio

    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "the condition never held"
        await asyncio.sleep(0.02)


# ---- sent marks on a full disk -------------------------------------------------------------


async def test_a_mark_that_cannot_be_written_is_kept_in_memory_and_written_later(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_at(tmp_path / "bot.json")
    first, second = await _queued(store, 2)
    with disk_full(monkeypatch):
        with pytest.raises(StoreWriteError):
            await store.outbox.mark_sent(first.id, 10)
        assert [d.id for d in await store.outbox.due()] == [second.id]  # not sent again from here
        assert not await store.can_write()
    assert await store.can_write()
    store.abandon()  # killed: only the journal and the file are left
    again = open_at(tmp_path / "bot.json")
    try:
        assert (await again.outbox.deliveries(status=DeliveryStatus.SENT))[0].message_id == 10
    finally:
        await again.close()


async def test_a_line_cut_by_a_failed_write_hides_none_of_the_lines_after_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_at(tmp_path / "bot.json")
    first, second = await _queued(store, 2)
    real_write = os.write

    def half(fd: int, data: bytes) -> int:
        return real_write(fd, data[: len(data) // 2])  # the disk filled up mid-line

    with monkeypatch.context() as patch:
        patch.setattr(engine_module.os, "write", half)
        with pytest.raises(StoreWriteError):
            await store.outbox.mark_sent(first.id, 10)
    await store.outbox.mark_sent(second.id, 11)  # writes the first line again, then this one
    store.abandon()
    again = open_at(tmp_path / "bot.json")
    try:
        sent = {d.message_id for d in await again.outbox.deliveries(status=DeliveryStatus.SENT)}
        assert sent == {10, 11}
    finally:
        await again.close()


async def test_sending_stops_while_marks_cannot_be_written_and_resumes_by_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fake_api: FakeBotAPI
) -> None:
    store = open_at(tmp_path / "bot.json", Clock())  # type: ignore[arg-type]
    await _queued(store, 30)
    alarms: list[str | None] = []

    async def alarm(reason: str | None) -> None:
        alarms.append(reason)

    async def render(delivery: Delivery) -> Outgoing:
        return Outgoing(f"digest for {delivery.chat_id}")

    settings = DeliverySettings(per_chat_interval=0.0)
    async with Bot(fake_api.token, base_url=fake_api.base_url) as bot:
        deliverer = Deliverer(bot, store, render, settings, Clock(), on_store_failure=alarm)
        with disk_full(monkeypatch, files=False):
            report = await deliverer.drain()
            again = await deliverer.drain()  # a second pass while the disk is still full
        assert report.halted and again.halted and again.sent == 0
        sent_while_full = len(fake_api.sent)
        assert 1 <= sent_while_full <= deliverer.concurrency  # only the sends already in flight
        await deliverer.drain()  # space is back
    chats = [r["chat_id"] for r in fake_api.sent]
    assert sorted(chats) == list(range(1, 31))  # every chat once: nothing sent twice
    assert len(alarms) == 2 and alarms[0] is not None and alarms[1] is None  # told once, then resumed
    await store.close()


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """Yield a folder on a real 256 KB tmpfs (root only); skip where it cannot be mounted."""
    folder = tmp_path / "disk"
    folder.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(folder)],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs to fill for real (needs root): {done.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


async def test_on_a_really_full_disk_marks_wait_and_reach_the_journal_once_space_returns(
    small_disk: Path,
) -> None:
    store = open_at(small_disk / "bot.json")
    deliveries = await _queued(store, 40)
    filler = small_disk / "filler"
    with filler.open("wb", buffering=0) as handle:  # fill every byte that is left
        while True:
            try:
                handle.write(b"\0" * 4096)
            except OSError:
                break
    failed = 0
    for delivery in deliveries:
        try:
            await store.outbox.mark_sent(delivery.id, delivery.chat_id)
        except StoreWriteError:
            failed += 1
    assert failed > 0 and not await store.can_write()
    filler.unlink()
    assert await store.can_write()
    store.abandon()
    again = open_at(small_disk / "bot.json")
    try:
        assert len(await again.outbox.deliveries(status=DeliveryStatus.SENT)) == 40
    finally:
        await again.close()


# ---- one bot per database --------------------------------------------------------------------


async def test_a_second_store_on_one_file_is_refused_naming_the_file_and_the_process(tmp_path: Path) -> None:
    store = open_at(tmp_path / "bot.json")
    try:
        with pytest.raises(StoreError, match=rf"bot\.json: .*in use .*pid {os.getpid()}"):
            open_at(tmp_path / "bot.json")
    finally:
        await store.close()
    await open_at(tmp_path / "bot.json").close()  # closed: the file is free again


def _holder(path: Path) -> subprocess.Popen[str]:
    """Start a process that opens the store at `path` and waits; return it once it holds the lock."""
    code = textwrap.dedent(f"""
        import sys, time
        from bot.clock import Clock
        from bot.store import open_store
        open_store({str(path)!r}, clock=Clock())
        print("open", flush=True)
        time.sleep(60)
    """)
    process = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None and process.stdout.readline().strip() == "open"
    return process


async def test_a_killed_bot_leaves_no_lock_behind(tmp_path: Path) -> None:
    holder = _holder(tmp_path / "bot.json")
    with pytest.raises(StoreError, match=f"pid {holder.pid}"):
        open_at(tmp_path / "bot.json")
    holder.send_signal(signal.SIGKILL)
    _reap(holder)
    await open_at(tmp_path / "bot.json").close()


def _reap(process: subprocess.Popen[str]) -> None:
    process.kill()
    process.wait()
    if process.stdout is not None:
        process.stdout.close()


def _config(tmp_path: Path, database: Path) -> Path:
    config = tmp_path / "bot.toml"
    config.write_text(f'[storage]\npath = "{database}"\n', encoding="utf-8")
    return config


def test_run_bot_refuses_to_start_beside_a_running_bot(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    holder = _holder(tmp_path / "bot.json")
    try:
        monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123:TEST")
        assert run_bot.main(["run", "--config", str(_config(tmp_path, tmp_path / "bot.json"))]) == 3
        assert f"pid {holder.pid}" in capsys.readouterr().err
    finally:
        _reap(holder)


# ---- a file of a wrong shape -------------------------------------------------------------------


def _database(**tables: dict[str, Any]) -> dict[str, Any]:
    return {"meta": {"1": {"schema": 2}}, **tables}


_ROW = {"kind": "digest", "key": "s|u", "chat_id": 1, "status": "pending", "created": 1.0, "next_try": 1.0}


@pytest.mark.parametrize(
    "tables, named",
    [
        ({"deliveries": {"1": {k: v for k, v in _ROW.items() if k != "status"}}},
         "table 'deliveries', row '1': field 'status' is missing"),
        ({"deliveries": {"1": {**_ROW, "status": "lost"}}}, "field 'status' is 'lost'"),
        ({"deliveries": {"1": {**_ROW, "kind": "poster"}}}, "field 'kind' is 'poster'"),
        ({"deliveries": {"x": _ROW}}, "row 'x': the row id is not a number"),
        ({"chats": {"3": {"chat_id": "abc"}}}, "table 'chats', row '3': field 'chat_id' is 'abc'"),
        ({"subscriptions": {"1": {"chat_id": 1}}}, "field 'source' is missing"),
        ({"roundups": {"1": {"key": "k", "chat_id": 1, "slot": "yesterday", "digests": [], "created": 1}}},
         "field 'slot' is 'yesterday'"),
    ],
)
def test_a_row_of_a_wrong_shape_is_refused_naming_file_table_row_and_field(
    tmp_path: Path, tables: dict[str, Any], named: str
) -> None:
    path = tmp_path / "bot.json"
    path.write_text(json.dumps(_database(**tables)), encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(StoreError) as refused:
        open_at(path)
    assert str(path) in str(refused.value) and named in str(refused.value)
    assert "left as it was" in str(refused.value)
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    "line, named",
    [
        (b'{"t":"deliveries","id":1,"set":{"status":"sent"}}\n\xff\xfe\n', "line 2 is not UTF-8"),
        (b'{"t":"nowhere","id":1,"set":{}}\n', "line 1: unknown table 'nowhere'"),
        (b'{"t":"deliveries","id":"one","set":{}}\n', "line 1: the row id is 'one'"),
        (b'{"t":"deliveries","id":1,"set":{"status":"lost"}}\n', "field 'status' is 'lost'"),
        (b'{"t":"deliveries","ins":{"2":{"kind":"digest"}}}\n', "row '2': field 'key' is missing"),
        (b'{"t":"deliveries","ins":[]}\n', "'ins' is []"),
    ],
)
def test_a_journal_line_of_a_wrong_shape_is_refused_naming_the_file_and_line(
    tmp_path: Path, line: bytes, named: str
) -> None:
    path = tmp_path / "bot.json"
    path.write_text(json.dumps(_database(deliveries={"1": _ROW})), encoding="utf-8")
    journal = tmp_path / "bot.json.journal"
    journal.write_bytes(line)
    with pytest.raises(StoreError) as refused:
        open_at(path)
    assert str(journal) in str(refused.value) and named in str(refused.value)
    assert journal.read_bytes() == line


def test_run_bot_exits_3_on_a_database_of_a_wrong_shape(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bot.json"
    path.write_text(json.dumps(_database(deliveries={"1": {**_ROW, "chat_id": None}})), encoding="utf-8")
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123:TEST")
    assert run_bot.main(["run", "--config", str(_config(tmp_path, path))]) == 3
    err = capsys.readouterr().err
    assert "table 'deliveries', row '1': field 'chat_id' is None" in err and "Traceback" not in err


async def test_a_lone_surrogate_in_a_stored_text_never_blocks_a_write(tmp_path: Path) -> None:
    store = open_at(tmp_path / "bot.json")
    bad = DIGEST.__class__(**{**DIGEST.__dict__, "url": "http://n.test/2", "title": "A \ud800 title"})
    await store.digests.add(bad)
    await store.subscriptions.subscribe(1, "s")
    await store.sync()  # would raise UnicodeEncodeError if one value could block the write
    await store.close()
    again = open_at(tmp_path / "bot.json")
    try:
        assert await again.subscriptions.of_chat(1) == ["s"]
        assert (await again.digests.get(bad.key)) is not None
    finally:
        await again.close()


# ---- backup ----------------------------------------------------------------------------------


async def test_a_backup_taken_while_the_bot_runs_holds_the_journals_sent_marks(tmp_path: Path) -> None:
    store = open_at(tmp_path / "bot.json")
    first, _second = await _queued(store, 2)
    await store.outbox.mark_sent(first.id, 10)  # in the journal only: not yet folded into the file
    made = backup(tmp_path / "bot.json", tmp_path / "copy" / "bot.json")
    assert made.journal_lines >= 1
    await store.close()
    restored = open_at(tmp_path / "copy" / "bot.json")
    try:
        statuses = {d.chat_id: d.status for d in await restored.outbox.deliveries()}
        assert statuses == {1: DeliveryStatus.SENT, 2: DeliveryStatus.PENDING}
    finally:
        await restored.close()


async def test_run_bot_backup_writes_a_copy_and_says_what_it_holds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = open_at(tmp_path / "bot.json")
    await store.subscriptions.subscribe(1, "a")
    await store.sync()
    config = _config(tmp_path, tmp_path / "bot.json")
    assert run_bot.main(["backup", str(tmp_path / "b.json"), "--config", str(config)]) == 0
    assert "copied to" in capsys.readouterr().out
    assert run_bot.main(["backup", str(tmp_path / "bot.json"), "--config", str(config)]) == 3
    await store.close()
    shutil.copy(tmp_path / "b.json", tmp_path / "c.json")
    again = open_at(tmp_path / "c.json")
    try:
        assert await again.subscriptions.of_chat(1) == ["a"]
    finally:
        await again.close()
