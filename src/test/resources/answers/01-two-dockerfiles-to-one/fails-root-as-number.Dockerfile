# expect: fail non-root-user
# Looks right (it sets a USER) but 0:0 is root spelled as numbers.
FROM golang:1.22 AS build
WORKDIR /src
COPY go.mod main.go ./
RUN CGO_ENABLED=0 go build -o /out/parcel .

FROM alpine:3.20
COPY --from=build /out/parcel /usr/local/bin/parcel
USER 0:0
ENTRYPOINT ["/usr/local/bin/parcel"]
