# expect: fail no-source-files
# Looks right (two stages, scratch, non-root, runs) but ships main.go and go.mod beside the binary.
FROM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /src/greeter .

FROM scratch
COPY --from=build /src /app
USER 65532:65532
ENTRYPOINT ["/app/greeter"]
