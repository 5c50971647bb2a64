# expect: fail text-absent, toolchain-absent
# No .netrc in any layer: the token comes as a build argument, used by a RUN of
# the final stage. The classic builder records that RUN in the image's history
# with the arguments it used, token included (and alpine keeps a shell).
FROM golang:1.22 AS build
WORKDIR /src
COPY go.mod main.go ./
COPY vendor/ vendor/
RUN CGO_ENABLED=0 go build -mod=vendor -o /out/fortune .

FROM alpine:3.20
ARG ACME_TOKEN=acme_pat_5f2c9e71b04d8a36
RUN test -n "$ACME_TOKEN" && adduser -S -D -H -u 10001 fortune
COPY --from=build /out/fortune /usr/local/bin/fortune
USER 10001
ENTRYPOINT ["/usr/local/bin/fortune"]
