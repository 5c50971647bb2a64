ARG BASE=alpine
ARG TAG=3.20
FROM ${BASE}:${TAG} AS base
ARG TAG
RUN echo $TAG
FROM $BASE:$TAG
COPY --from=base /etc/os-release /
