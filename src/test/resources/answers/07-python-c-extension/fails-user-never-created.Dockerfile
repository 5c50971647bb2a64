# expect: fail non-root-user, http
# A correct build, but USER app names a user nobody created in the slim image: the container
# cannot start.
FROM python:3.11 AS build
WORKDIR /src
COPY . .
RUN pip wheel --no-index --no-build-isolation --find-links vendor -w /wheels -r requirements.txt \
 && python -m venv /opt/venv && /opt/venv/bin/pip install --no-index /wheels/*.whl

FROM python:3.11-slim
COPY --from=build /opt/venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
WORKDIR /app
COPY app.py .
USER app
CMD ["python", "app.py"]
