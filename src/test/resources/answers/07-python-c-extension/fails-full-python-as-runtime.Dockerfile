# expect: fail final-base, toolchain-absent, smaller-than-starter
# Two stages and a user, but the final stage starts from python:3.11 again: gcc and make are back.
FROM python:3.11 AS build
RUN python -m venv /opt/venv
COPY . /src
RUN pip wheel --no-index --no-build-isolation --find-links /src/vendor -w /wheels -r /src/requirements.txt \
 && /opt/venv/bin/pip install --no-index /wheels/*.whl

FROM python:3.11
COPY --from=build /opt/venv /opt/venv
COPY app.py /app/app.py
RUN useradd --uid 10001 app
USER app
CMD ["/opt/venv/bin/python", "/app/app.py"]
