# expect: pass
# A different valid answer: the distroless static base, whose nonroot user already exists.
FROM golang:1.22 AS builder
WORKDIR /go/src/parcel
COPY go.mod ./
COPY main.go ./
RUN CGO_ENABLED=0 go build -trimpath -o /usr/local/bin/parcel .

FROM stagecraft/standin-distroless-static:debian12
COPY --from=builder /usr/local/bin/parcel /app/parcel
USER nonroot
ENTRYPOINT ["/app/parcel"]
