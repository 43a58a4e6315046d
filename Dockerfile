# The bot in a slim image: runs as a non-root user, keeps its database on the /data volume,
# serves /healthz and /metrics on port 9180 (the HEALTHCHECK asks /healthz).
#   docker build -t newsdigest-bot .
#   docker run -d --name newsdigest -e TELEGRAM_BOT_TOKEN=... -v newsdigest-data:/data newsdigest-bot
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    NEWSDIGEST_CONFIG=/app/config/bot.toml \
    NEWSDIGEST__STORAGE__PATH=/data/bot.json \
    NEWSDIGEST__OPS__ENABLED=true \
    NEWSDIGEST__OPS__LISTEN=0.0.0.0 \
    NEWSDIGEST__OPS__PORT=9180

WORKDIR /app
COPY pyproject.toml README.md run_bot.py ./
COPY bot ./bot
COPY config ./config
RUN pip install . \
    && useradd --system --uid 10001 --home-dir /data --shell /usr/sbin/nologin newsdigest \
    && mkdir -p /data && chown newsdigest /data

USER newsdigest
VOLUME ["/data"]
EXPOSE 9180

HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 \
    CMD ["newsdigest-bot", "healthcheck"]
# SIGTERM (docker stop) stops the bot cleanly: it finishes what it sends and writes its database.
STOPSIGNAL SIGTERM
CMD ["newsdigest-bot", "run"]
