FROM alpine:3.20
ENV LEGACY value with spaces
ENV A=1 B="two words" C=three\ words
LABEL maintainer="someone"
EXPOSE 80
VOLUME /data
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=30s --timeout=3s --retries=3 CMD wget -q -O- http://localhost/ || exit 1
HEALTHCHECK NONE
SHELL ["/bin/ash", "-c"]
USER 1000:1000
MAINTAINER someone@example.com
