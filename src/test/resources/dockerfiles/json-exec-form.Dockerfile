FROM alpine:3.20
SHELL ["/bin/sh", "-eu", "-c"]
RUN ["echo", "exec form"]
ENTRYPOINT ["/bin/echo", "with \"quotes\" and \u00e9"]
CMD []
VOLUME ["/data", "/logs"]
