# expect: fail non-root-user, runs
# Copies both the CA bundle and zoneinfo onto scratch, but names a user that scratch has no
# /etc/passwd for: the container cannot even start.
FROM golang:1.22 AS build
WORKDIR /src
COPY go.mod main.go ./
RUN CGO_ENABLED=0 go build -o /out/meetup .

FROM scratch
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=build /usr/share/zoneinfo /usr/share/zoneinfo
COPY --from=build /out/meetup /meetup
USER nonroot
ENTRYPOINT ["/meetup"]
