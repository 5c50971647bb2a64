FROM alpine:3.20 AS build
RUN echo built > /out
FROM alpine:3.20
COPY --from=build --chown=app:app --chmod=0755 --link /out /app/out
ADD --checksum=sha256:0123 --chown=1000 https://example.com/a.tar.gz /tmp/
COPY --chown="app user" a b /dest/
