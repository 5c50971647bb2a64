# expect: pass
# Another valid answer, with no .dockerignore at all: every COPY names exactly what it needs, so
# .env, notes/ and tests/ never reach the image. The checks judge the image, so this passes
# (a .dockerignore would still keep the build context small and the cache steady).
FROM golang:1.22 AS builder
WORKDIR /go/src/status
COPY go.mod main.go ./
RUN CGO_ENABLED=0 go build -o /bin/status .

FROM alpine:3.20
RUN adduser -S -D -H -u 10001 status
COPY --from=builder /bin/status /usr/bin/status
USER status
EXPOSE 8080
CMD ["/usr/bin/status"]
