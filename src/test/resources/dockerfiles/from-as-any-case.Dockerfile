from golang:1.22 as Build
run go version
FROM alpine:3.20 As runtime
copy --from=build /usr/local/go/VERSION /
FROM runtime aS final
