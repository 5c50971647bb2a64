ARG VERSION=1
ENV OOPS=1
RUN echo too early
FROM alpine:3.20
