# expect: fail non-root-user, http
# Looks right, but names a user that scratch does not have: there is no /etc/passwd to find
# "nobody" in, so the container cannot even start.
FROM golang:1.22 AS build
WORKDIR /src
COPY go.mod main.go ./
RUN CGO_ENABLED=0 go build -o /out/server .

FROM scratch
COPY --from=build /out/server /server
USER nobody
ENTRYPOINT ["/server"]
