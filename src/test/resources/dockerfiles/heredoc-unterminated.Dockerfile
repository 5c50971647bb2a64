# syntax=docker/dockerfile:1
FROM alpine:3.20
RUN <<EOF
echo never closed
FROM scratch
EOF-NOT
