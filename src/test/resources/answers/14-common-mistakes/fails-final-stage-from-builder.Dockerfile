# expect: fail toolchain-absent, image-size, no-source-files, added-size
# Looks like two stages, a non-root user and careful copies, but the final stage starts FROM the
# builder, so the Go toolchain, a full Debian, the sources and the build cache ship with the server.
FROM golang:1.22 AS build
WORKDIR /src
COPY go.mod main.go ./
RUN CGO_ENABLED=0 go build -o /out/server .

FROM build AS runtime
USER 65532:65532
EXPOSE 8080
ENTRYPOINT ["/out/server"]
