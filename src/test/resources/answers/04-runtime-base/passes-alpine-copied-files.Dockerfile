# expect: pass
# alpine as the runtime, with the CA bundle and zoneinfo copied from the builder (the alpine
# stand-in has neither, and the official image has no time zone data), and a user of its own.
FROM golang:1.22 AS compile
WORKDIR /app
COPY go.mod main.go ./
RUN CGO_ENABLED=0 go build -o meetup .

FROM alpine:3.20
COPY --from=compile /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
COPY --from=compile /usr/share/zoneinfo /usr/share/zoneinfo
RUN addgroup -S -g 10001 app && adduser -S -D -H -u 10001 -G app app
COPY --from=compile /app/meetup /usr/local/bin/meetup
USER app
CMD ["meetup"]
