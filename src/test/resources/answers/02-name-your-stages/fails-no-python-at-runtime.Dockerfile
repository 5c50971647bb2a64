# expect: fail runs
# Looks right and tiny (named stages, one file copied) but the final base has no Python, so the
# program it ships cannot run.
FROM python:3.11-slim AS build
WORKDIR /build
COPY src/ src/
COPY tests/ tests/
RUN PYTHONPATH=src python -B -m unittest discover -s tests \
 && mkdir dist \
 && python -m zipapp src -m "manifest.cli:main" -o dist/manifest.pyz

FROM alpine:3.20
COPY --from=build /build/dist/manifest.pyz /app/manifest.pyz
USER nobody
CMD ["python", "/app/manifest.pyz"]
