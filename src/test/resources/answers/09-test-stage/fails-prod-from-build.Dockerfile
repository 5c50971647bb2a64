# expect: fail toolchain-absent, no-source-files
# Tests gate the build, but the production stage starts FROM the build stage:
# the Go toolchain, the sources and the tests all ship.
FROM golang:1.22 AS base
WORKDIR /src
COPY go.mod *.go ./

FROM base AS dev
CMD ["go", "run", "."]

FROM base AS test
RUN go test ./...

FROM base AS prod
RUN CGO_ENABLED=0 go build -o /usr/local/bin/slugger .
USER 65532:65532
ENTRYPOINT ["slugger"]
