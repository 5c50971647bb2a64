# expect: pass
# pip install --target puts the compiled package straight into one folder; PYTHONPATH points the
# slim image's Python at it. The user is created with a fixed uid.
FROM python:3.11 AS compile
COPY requirements.txt /tmp/
COPY vendor /tmp/vendor
RUN pip install --no-cache-dir --no-index --no-build-isolation --find-links /tmp/vendor \
      --target /deps -r /tmp/requirements.txt

FROM python:3.11-slim AS runtime
RUN groupadd --gid 10001 svc && useradd --uid 10001 --gid svc --no-create-home svc
COPY --from=compile /deps /opt/deps
ENV PYTHONPATH=/opt/deps
COPY app.py /opt/app/app.py
USER svc
CMD ["python", "/opt/app/app.py"]
