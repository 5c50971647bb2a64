# expect: fail non-root-user, runs
# Looks right but left out the adduser line of Dockerfile.run: the user parcel does not exist
# in the final stage, so the container cannot even start.
FROM golang:1.22 AS build
WORKDIR /src
COPY go.mod main.go ./
RUN CGO_ENABLED=0 go build -o /out/parcel .

FROM alpine:3.20
COPY --from=build /out/parcel /usr/local/bin/parcel
USER parcel
ENTRYPOINT ["/usr/local/bin/parcel"]
