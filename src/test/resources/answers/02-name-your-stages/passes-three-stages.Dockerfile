# expect: pass
# A different valid answer: a test stage, a packing stage built FROM it, and the final stage.
FROM python:3.11-slim AS test
WORKDIR /work
COPY . .
RUN PYTHONPATH=src python -B -m unittest discover -s tests

FROM test AS package
# zipapp makes the file executable for its owner only; the final stage runs it as nobody.
RUN python -m zipapp src -m "manifest.cli:main" -p "/usr/bin/env python3" -o /out.pyz \
 && chmod 755 /out.pyz

FROM python:3.11-slim AS runtime
COPY --from=package /out.pyz /usr/local/bin/manifest
USER nobody
CMD ["manifest"]
