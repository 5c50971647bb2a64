FROM golang:1.22 AS build
WORKDIR /src
COPY go.mod *.go ./
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/greeter .

FROM scratch
COPY --from=build /out/greeter /greeter
USER 65532:65532
ENTRYPOINT ["/greeter"]
