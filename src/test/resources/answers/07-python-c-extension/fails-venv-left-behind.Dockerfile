# expect: fail http
# Small, slim, non-root, no compiler: but only app.py was copied. The virtualenv with the compiled
# module stayed in the build stage, so the import fails at start.
FROM python:3.11 AS build
WORKDIR /src
COPY . .
RUN pip wheel --no-index --no-build-isolation --find-links vendor -w /wheels -r requirements.txt \
 && python -m venv /opt/venv && /opt/venv/bin/pip install --no-index /wheels/*.whl

FROM python:3.11-slim
WORKDIR /app
COPY --from=build /src/app.py .
USER 10001
CMD ["python", "app.py"]
