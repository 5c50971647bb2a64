# expect: fail no-source-files
# A tiny scratch image, but it copies the whole build folder: the binary
# comes with slug.go, main.go and the tests.
FROM golang:1.22 AS base
WORKDIR /src
COPY go.mod *.go ./

FROM base AS dev
CMD ["go", "run", "."]

FROM base AS test
RUN go test ./...

FROM base AS build
RUN CGO_ENABLED=0 go build -o slugger .

FROM scratch AS prod
COPY --from=build /src /app
ENTRYPOINT ["/app/slugger"]
