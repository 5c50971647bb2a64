FROM python:3.11-slim AS build
WORKDIR /build
COPY src/ src/
COPY tests/ tests/
RUN PYTHONPATH=src python -B -m unittest discover -s tests \
 && mkdir dist \
 && python -m zipapp src -m "manifest.cli:main" -o dist/manifest.pyz

FROM python:3.11-slim
WORKDIR /app
COPY --from=build /build/dist/manifest.pyz /app/manifest.pyz
USER nobody
CMD ["python", "/app/manifest.pyz"]
