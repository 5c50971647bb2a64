# expect: pass
# A different but valid answer: other stage names, a busybox-sized alpine runtime, a named user.
FROM golang:1.22 AS compile
WORKDIR /work
COPY go.mod main.go ./
RUN CGO_ENABLED=0 go build -o /greeter .

FROM alpine:3.20
RUN adduser -S -u 10001 app
COPY --from=compile /greeter /usr/local/bin/greeter
USER app
ENTRYPOINT ["/usr/local/bin/greeter"]
