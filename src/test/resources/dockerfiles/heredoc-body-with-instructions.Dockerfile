# syntax=docker/dockerfile:1
FROM alpine:3.20
COPY <<EOF /Dockerfile.inner
FROM scratch
RUN echo this is a body line
# not a comment either
EOF
USER nobody
