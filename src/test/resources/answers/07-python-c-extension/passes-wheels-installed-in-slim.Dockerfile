# expect: pass
# The notes' wheel route: compile wheels in the builder, install them with the slim image's own
# pip (installing a wheel needs no compiler), and run as a bare uid.
FROM python:3.11 AS wheels
WORKDIR /build
COPY . .
RUN pip wheel --no-index --no-build-isolation --find-links vendor -w /wheels -r requirements.txt

FROM python:3.11-slim
COPY --from=wheels /wheels /wheels
RUN pip install --no-cache-dir --no-index /wheels/*.whl && rm -rf /wheels
WORKDIR /srv
COPY app.py .
USER 10001
EXPOSE 8000
CMD ["python", "app.py"]
