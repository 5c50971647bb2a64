# expect: fail build
# Looks like a tidy two-stage file, but the slim stage installs the sdist itself: there is no
# compiler there, so pip cannot build the C extension and the build stops.
FROM python:3.11 AS build
WORKDIR /src
COPY . .

FROM python:3.11-slim
WORKDIR /app
COPY --from=build /src/app.py /src/requirements.txt ./
COPY --from=build /src/vendor ./vendor
RUN pip install --no-cache-dir --no-index --no-build-isolation --find-links vendor -r requirements.txt
RUN useradd --uid 10001 app
USER app
CMD ["python", "app.py"]
