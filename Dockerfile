# syntax=docker/dockerfile:1
FROM node:20-bookworm-slim AS spa
WORKDIR /build/frontend
COPY frontend/package.json frontend/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY frontend/ ./
COPY openapi/ /build/openapi/
RUN npm run build

FROM python:3.11-slim-bookworm AS wheels
WORKDIR /build
COPY pyproject.toml README.md alembic.ini ./
COPY src/ src/
RUN pip wheel --no-cache-dir --wheel-dir /wheels .

FROM python:3.11-slim-bookworm
RUN useradd --system --uid 10001 --home /app constel
WORKDIR /app
COPY --from=wheels /wheels /wheels
RUN pip install --no-cache-dir /wheels/*.whl && rm -rf /wheels
COPY alembic.ini ./
COPY migrations/ migrations/
COPY --from=spa /build/frontend/dist frontend/dist
USER constel
ENV CONSTEL_ENVIRONMENT=production PYTHONUNBUFFERED=1
EXPOSE 8000
HEALTHCHECK CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz')"
# Migrations are a separate command: `constel-api migrate`.
CMD ["uvicorn", "--factory", "constel_api.main:create_production_app", "--host", "0.0.0.0", "--port", "8000", "--workers", "4", "--no-proxy-headers"]
