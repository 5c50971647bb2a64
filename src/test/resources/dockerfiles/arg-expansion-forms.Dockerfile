ARG UNSET
ARG EMPTY=
ARG SET=3.11
FROM python:${UNSET:-3.12}-slim AS a
FROM python:${EMPTY:-3.10}-slim AS b
FROM python:${SET:+3.9}-slim AS c
FROM python:${SET}${UNSET}-alpine AS d
FROM python:${SET%.11}-bookworm AS e
