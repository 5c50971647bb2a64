# expect: fail runs
# Looks right (named, only the built folder's content) but dist/'s content lands in /app itself,
# while CMD still names /app/dist/manifest.pyz: Python cannot open it.
FROM python:3.11-slim AS build
WORKDIR /build
COPY src/ src/
COPY tests/ tests/
RUN PYTHONPATH=src python -B -m unittest discover -s tests \
 && mkdir dist \
 && python -m zipapp src -m "manifest.cli:main" -o dist/manifest.pyz

FROM python:3.11-slim
WORKDIR /app
COPY --from=build /build/dist /app
USER nobody
CMD ["python", "/app/dist/manifest.pyz"]
