# expect: fail no-source-files
# Looks right (two stages, alpine, non-root, it runs) but copies the whole build folder, so
# main.go and go.mod ship beside the binary.
FROM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /src/parcel .

FROM alpine:3.20
RUN adduser -D -H -u 10001 parcel
COPY --from=build /src /opt/parcel
USER parcel
ENTRYPOINT ["/opt/parcel/parcel"]
