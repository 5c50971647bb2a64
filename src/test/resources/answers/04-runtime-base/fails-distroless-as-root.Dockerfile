# expect: fail non-root-user
# distroless runs the app fine, but without a USER line the process is root.
FROM golang:1.22 AS build
WORKDIR /src
COPY go.mod main.go ./
RUN CGO_ENABLED=0 go build -o /out/meetup .

FROM stagecraft/standin-distroless-static:debian12
COPY --from=build /out/meetup /meetup
ENTRYPOINT ["/meetup"]
