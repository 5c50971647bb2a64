# expect: fail no-source-files, no-secrets
# Looks right (scratch, the binary from the build stage, non-root) but also copies the folder into
# the runtime "for the app's files", and with no .dockerignore that is everything: the sources,
# notes/, tests/ and the .env with its token.
FROM golang:1.22 AS build
WORKDIR /src
COPY go.mod main.go ./
RUN CGO_ENABLED=0 go build -o /out/server .

FROM scratch
WORKDIR /app
COPY . .
COPY --from=build /out/server /app/server
USER 65532:65532
ENTRYPOINT ["/app/server"]
