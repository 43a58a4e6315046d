"""The Dockerfile, compose.yaml and the systemd unit, checked as far as a machine without Docker can.

Each runs the console script that the tests run (`newsdigest-bot` = run_bot:main) with
commands it has; the settings they put in the environment are read by the bot's own
checkers; the files they copy or name exist in the project.
"""

from __future__ import annotations

import json
import re
import shlex
import tomllib
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml

import run_bot
from bot.config import PROJECT_CONFIG_PATH, parse_settings

REPO = Path(__file__).resolve().parents[1]
DOCKERFILE = (REPO / "Dockerfile").read_text(encoding="utf-8")
UNIT = (REPO / "deploy" / "newsdigest-bot.service").read_text(encoding="utf-8")
COMPOSE = (REPO / "compose.yaml").read_text(encoding="utf-8")
REPLICAS = (REPO / "deploy" / "compose.replicas.yaml").read_text(encoding="utf-8")
SCRIPT = "newsdigest-bot"
COMMANDS = set(next(a for a in run_bot._parser()._actions if a.dest == "command").choices or ())


def dockerfile_instructions() -> list[tuple[str, str]]:
    """Return (INSTRUCTION, arguments) of the Dockerfile, continuation lines joined."""
    text = re.sub(r"\\\n", " ", re.sub(r"(?m)^\s*#.*\n", "", DOCKERFILE))
    return [(line.split(None, 1)[0].upper(), line.split(None, 1)[1].strip())
            for line in text.splitlines() if line.strip()]


def dockerfile_env() -> dict[str, str]:
    env: dict[str, str] = {}
    for instruction, arguments in dockerfile_instructions():
        if instruction == "ENV":
            env.update(part.split("=", 1) for part in shlex.split(arguments))  # type: ignore[misc]
    return env


def unit_values(key: str) -> list[str]:
    return [line.split("=", 1)[1] for line in UNIT.splitlines() if line.startswith(f"{key}=")]


def test_the_console_script_is_the_command_line_the_tests_run() -> None:
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["scripts"][SCRIPT] == "run_bot:main"
    assert run_bot.main is not None and {"run", "healthcheck"} <= COMMANDS


def test_the_images_command_and_healthcheck_run_the_console_script() -> None:
    instructions = dict(dockerfile_instructions())  # the last of each kind
    command = json.loads(instructions["CMD"])
    assert command[0] == SCRIPT and command[1] in COMMANDS
    healthcheck = instructions["HEALTHCHECK"]
    probe = json.loads(healthcheck.split("CMD", 1)[1])
    assert probe == [SCRIPT, "healthcheck"]
    assert instructions["USER"] != "root" and "/data" in instructions["VOLUME"]


def test_the_images_environment_is_a_valid_config_with_the_endpoint_on_and_data_on_the_volume() -> None:
    env = dockerfile_env()
    config = Path(env["NEWSDIGEST_CONFIG"])
    assert config.relative_to("/app") == PROJECT_CONFIG_PATH.relative_to(REPO)
    settings = parse_settings(PROJECT_CONFIG_PATH.read_text(encoding="utf-8"), env=env)
    assert settings.storage.path == Path("/data/bot.json")
    assert settings.ops.enabled and settings.ops.listen == "0.0.0.0"
    instructions = dockerfile_instructions()
    assert ("EXPOSE", str(settings.ops.port)) in instructions
    assert f"127.0.0.1:{settings.ops.port}:{settings.ops.port}" in COMPOSE


def test_what_the_image_copies_exists_and_is_not_ignored() -> None:
    ignored = {line.strip() for line in (REPO / ".dockerignore").read_text().splitlines()
               if line.strip() and not line.startswith("#")}
    for instruction, arguments in dockerfile_instructions():
        if instruction == "COPY":
            *sources, _ = arguments.split()
            for source in sources:
                assert (REPO / source).exists(), source
                assert source.rstrip("/") not in ignored, source


def test_compose_builds_this_image_keeps_data_on_a_volume_and_restarts() -> None:
    assert "build: ." in COMPOSE and "data:/data" in COMPOSE
    assert "restart: unless-stopped" in COMPOSE and "TELEGRAM_BOT_TOKEN" in COMPOSE


def test_the_replicas_compose_runs_two_bots_of_this_image_on_its_postgresql() -> None:
    services = yaml.safe_load(REPLICAS)["services"]
    bot, postgres = services["bot"], services["postgres"]
    assert bot["build"] == ".." and bot["deploy"]["replicas"] >= 2 and "TELEGRAM_BOT_TOKEN" in bot["environment"]
    assert bot["depends_on"]["postgres"]["condition"] == "service_healthy"
    # What the bot reads from its environment, the password filled in as compose would.
    env = {key: re.sub(r"\$\{(\w+)\}", "secret", str(value)) for key, value in bot["environment"].items()
           if key.startswith("NEWSDIGEST__")}
    settings = parse_settings(PROJECT_CONFIG_PATH.read_text(encoding="utf-8"), env=env)
    url = urlsplit(settings.storage.url)
    database = postgres["environment"]
    assert (url.hostname, url.username, url.path) == ("postgres", database["POSTGRES_USER"],
                                                       "/" + database["POSTGRES_DB"])
    assert not settings.telegram.webhook_url  # long polling: the updates lease picks the poller


def test_the_systemd_unit_runs_the_console_script_with_a_state_directory_and_restarts() -> None:
    (start,) = unit_values("ExecStart")
    program, command = shlex.split(start)
    assert Path(program).name == SCRIPT and command in COMMANDS
    (state,) = unit_values("StateDirectory")
    env = dict(value.split("=", 1) for value in unit_values("Environment"))
    assert Path(env["NEWSDIGEST__STORAGE__PATH"]).parent == Path("/var/lib") / state
    assert unit_values("Restart") == ["on-failure"]
    assert unit_values("KillSignal") == ["SIGTERM"]


def test_the_systemd_units_paths_in_the_project_exist() -> None:
    # The unit runs a copy of the project in /opt/newsdigest-bot: what it names there is here.
    home = Path("/opt/newsdigest-bot")
    named = {Path(p) for p in re.findall(r"/opt/newsdigest-bot/[\w./-]+", UNIT)}
    inside = {p.relative_to(home) for p in named if ".venv" not in p.parts}
    assert inside >= {Path("config/bot.toml"), Path("README.md"), Path("deploy/newsdigest-bot.service")}
    for path in inside:
        assert (REPO / path).exists(), path
    env = dict(value.split("=", 1) for value in unit_values("Environment"))
    settings = parse_settings(PROJECT_CONFIG_PATH.read_text(encoding="utf-8"), env=env)
    assert settings.storage.path == Path("/var/lib/newsdigest-bot/bot.json") and settings.ops.enabled


@pytest.mark.parametrize("name", ["Dockerfile", "compose.yaml", "deploy/newsdigest-bot.service",
                                  "deploy/compose.replicas.yaml"])
def test_the_readme_uses_each_deployment_file(name: str) -> None:
    assert name in (REPO / "README.md").read_text(encoding="utf-8")
