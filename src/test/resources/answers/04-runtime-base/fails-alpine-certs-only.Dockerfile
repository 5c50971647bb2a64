# expect: fail runs
# Copies the CA bundle but forgets the time zone data, which alpine does not carry.
FROM golang:1.22 AS build
WORKDIR /src
COPY go.mod main.go ./
RUN CGO_ENABLED=0 go build -o /out/meetup .

FROM alpine:3.20
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
COPY --from=build /out/meetup /usr/local/bin/meetup
RUN adduser -S -u 10001 meetup
USER 10001
CMD ["meetup"]
