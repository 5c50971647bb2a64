# expect: fail runs
# Looks right (two stages, a static binary, a numeric user, tiny) but scratch has no CA bundle
# and no zoneinfo: the app cannot load Europe/Paris nor trust any certificate.
FROM golang:1.22 AS build
WORKDIR /src
COPY go.mod main.go ./
RUN CGO_ENABLED=0 go build -o /out/meetup .

FROM scratch
COPY --from=build /out/meetup /meetup
USER 65532:65532
ENTRYPOINT ["/meetup"]
