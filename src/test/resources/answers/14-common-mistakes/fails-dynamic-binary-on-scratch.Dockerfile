# expect: fail http
# Fixes all four mistakes, but builds with cgo left on: net/http then links the C resolver, and
# on scratch the server cannot start ("no such file or directory").
FROM golang:1.22 AS build
WORKDIR /src
COPY go.mod main.go ./
RUN go build -o /out/server .

FROM scratch
COPY --from=build /out/server /server
USER 65532:65532
ENTRYPOINT ["/server"]
