# syntax=docker/dockerfile:1
FROM alpine:3.20
COPY <<'CONF' /etc/app.conf
home=$HOME
CONF
RUN <<"SCRIPT" sh
echo "$PATH"
SCRIPT
