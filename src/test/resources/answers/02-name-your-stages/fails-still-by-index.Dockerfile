# expect: fail named-stages
# Looks right (copies only the program, runs) but still names the build stage by its number.
FROM python:3.11-slim
WORKDIR /build
COPY src/ src/
COPY tests/ tests/
RUN PYTHONPATH=src python -B -m unittest discover -s tests \
 && mkdir dist \
 && python -m zipapp src -m "manifest.cli:main" -o dist/manifest.pyz

FROM python:3.11-slim
COPY --from=0 /build/dist/manifest.pyz /app/manifest.pyz
USER nobody
CMD ["python", "/app/manifest.pyz"]
