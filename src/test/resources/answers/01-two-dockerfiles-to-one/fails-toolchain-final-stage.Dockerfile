# expect: fail toolchain-absent, smaller-than-starter
# Looks right (two stages, COPY --from, a non-root user, it runs) but the final stage is the
# toolchain image again, so the compiler ships.
FROM golang:1.22 AS build
WORKDIR /src
COPY go.mod main.go ./
RUN CGO_ENABLED=0 go build -o /out/parcel .

FROM golang:1.22
COPY --from=build /out/parcel /usr/local/bin/parcel
USER 10001
ENTRYPOINT ["/usr/local/bin/parcel"]
