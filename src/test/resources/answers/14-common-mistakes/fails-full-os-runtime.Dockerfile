# expect: fail image-size
# Looks right (only the binary copied, non-root, a .dockerignore beside it) but the final stage is
# a whole Debian system the static server never uses.
FROM golang:1.22 AS build
WORKDIR /src
COPY go.mod main.go ./
RUN CGO_ENABLED=0 go build -o /out/server .

FROM debian:bookworm
COPY --from=build /out/server /usr/local/bin/server
USER 65532:65532
ENTRYPOINT ["/usr/local/bin/server"]
