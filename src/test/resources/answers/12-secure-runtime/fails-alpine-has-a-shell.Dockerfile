# expect: fail toolchain-absent
# A clean two-stage build and a proper user, but alpine keeps busybox's shell.
FROM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN NETRC=/src/.netrc sh fetch-private.sh \
 && CGO_ENABLED=0 go build -mod=vendor -o /out/fortune .

FROM alpine:3.20
RUN adduser -S -D -H -u 10001 fortune
COPY --from=build /out/fortune /usr/local/bin/fortune
USER fortune
ENTRYPOINT ["fortune"]
