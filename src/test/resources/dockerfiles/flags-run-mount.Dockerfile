# syntax=docker/dockerfile:1
FROM golang:1.22 AS build
RUN --mount=type=cache,target=/root/.cache/go-build \
    --mount=type=bind,source=go.mod,target=go.mod \
    --network=none --security=insecure \
    go build -o /app .
RUN --mount=type=secret,id=token,required=true cat /run/secrets/token
FROM scratch
COPY --from=build /app /app
