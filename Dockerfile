# The diplograph API: applies the schema, ingests corpus/articles, then serves on :8000 (see docker-compose.yml).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /srv/diplograph

# The build context is filtered by .dockerignore (no .git, .neo4j, virtualenvs or caches).
COPY . .
RUN pip install . \
    && useradd --create-home --uid 10001 diplograph

USER diplograph
EXPOSE 8000

CMD ["sh", "-c", "diplograph schema apply && diplograph ingest corpus/articles && uvicorn app.main:app --host 0.0.0.0 --port 8000"]
