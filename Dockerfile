# referral-router: one stateless replica. Scale out by running many behind a load balancer,
# all pointing at one PostgreSQL (REFERRAL_DATABASE_URL) and one Redis for rate limits
# (REFERRAL_RATE_LIMIT_STORAGE). See docs/deployment.md.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PORT=8000

WORKDIR /app
RUN groupadd --system app && useradd --system --gid app --home-dir /app app

# Dependencies first, pinned by constraints.txt, so code changes reuse this layer. The
# package is installed editable because alembic/ and seed/ are read from beside app/.
COPY pyproject.toml constraints.txt README.md ./
RUN mkdir app && touch app/__init__.py && pip install -c constraints.txt -e . && pip check

COPY app ./app
COPY alembic ./alembic
COPY alembic.ini ./
COPY seed ./seed
COPY docker ./docker
RUN mkdir -p var && chown app:app var && chmod 0755 docker/entrypoint.sh

USER app
EXPOSE 8000
# slim has no curl: the probe is a few lines of standard-library Python.
HEALTHCHECK --interval=15s --timeout=5s --start-period=20s --retries=3 \
    CMD ["python", "/app/docker/healthcheck.py"]
ENTRYPOINT ["/app/docker/entrypoint.sh"]
