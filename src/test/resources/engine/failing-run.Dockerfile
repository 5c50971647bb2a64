ARG BASE=stagecraft/standin-debian:bookworm-slim
FROM ${BASE} AS build
RUN echo building \
 && echo still building

# the failing step
RUN echo about to fail && exit 3
FROM scratch
# Needs the build stage, so every builder runs it (Podman's skips a stage nothing needs).
COPY --from=build /etc/os-release /built-on
