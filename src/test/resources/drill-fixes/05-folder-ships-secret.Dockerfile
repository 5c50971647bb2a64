FROM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o server .

FROM scratch
COPY --from=build /src/server /server
USER 65532:65532
EXPOSE 8080
ENTRYPOINT ["/server"]
