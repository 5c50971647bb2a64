FROM golang:1.22 AS build
WORKDIR /src
COPY go.mod main.go ./
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/meetup .

FROM stagecraft/standin-distroless-static:debian12
COPY --from=build /out/meetup /meetup
USER nonroot
ENTRYPOINT ["/meetup"]
