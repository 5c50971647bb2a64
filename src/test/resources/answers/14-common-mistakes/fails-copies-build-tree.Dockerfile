# expect: fail no-source-files
# Looks right (scratch, static build, non-root, a .dockerignore beside it that keeps .env, notes/
# and tests/ out) but copies the build stage's whole working directory: go.mod and main.go ship.
FROM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o server .

FROM scratch
COPY --from=build /src /app
USER 65532:65532
ENTRYPOINT ["/app/server"]
