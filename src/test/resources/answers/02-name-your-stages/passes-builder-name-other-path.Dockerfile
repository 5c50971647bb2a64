# expect: pass
# A different valid answer: another stage name, the program copied to another folder.
FROM python:3.11-slim AS builder
WORKDIR /build
COPY src/ src/
COPY tests/ tests/
RUN PYTHONPATH=src python -B -m unittest discover -s tests \
 && mkdir dist \
 && python -m zipapp src -m "manifest.cli:main" -o dist/manifest.pyz

FROM python:3.11-slim
COPY --from=builder /build/dist/manifest.pyz /opt/manifest/manifest.pyz
USER 65534
ENTRYPOINT ["python3", "/opt/manifest/manifest.pyz"]
