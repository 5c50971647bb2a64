# expect: pass
# scratch with only the CA bundle copied; the time zone database is compiled into the binary
# with the timetzdata build tag, so no zoneinfo folder is needed.
FROM golang:1.22 AS builder
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -tags timetzdata -o /meetup .

FROM scratch
COPY --from=builder /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=builder /meetup /meetup
USER 65532:65532
ENTRYPOINT ["/meetup"]
