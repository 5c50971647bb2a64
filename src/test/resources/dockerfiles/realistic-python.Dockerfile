FROM python:3.12-slim AS build
ENV PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /app
RUN python -m venv /venv
COPY requirements.txt .
RUN /venv/bin/pip install --no-cache-dir -r requirements.txt
COPY src/ ./src/

FROM python:3.12-slim
RUN groupadd --system app && useradd --system --gid app --home-dir /app app
COPY --from=build /venv /venv
COPY --from=build --chown=app:app /app/src /app/src
ENV PATH="/venv/bin:$PATH" \
    PYTHONUNBUFFERED=1
WORKDIR /app
USER app
CMD ["python", "-m", "src.main"]
