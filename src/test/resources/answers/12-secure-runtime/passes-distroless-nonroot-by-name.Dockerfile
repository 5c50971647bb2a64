# expect: pass
# distroless with its nonroot user by name (it exists there, UID 65532), and
# the token in a stage of its own that only checks out the private module.
FROM golang:1.22 AS fetch
WORKDIR /src
COPY .netrc fetch-private.sh ./
COPY vendor/ vendor/
RUN NETRC=/src/.netrc sh fetch-private.sh

FROM golang:1.22 AS build
WORKDIR /src
COPY go.mod main.go ./
COPY --from=fetch /src/vendor/ vendor/
RUN CGO_ENABLED=0 go build -mod=vendor -o /out/fortune .

FROM stagecraft/standin-distroless-static:debian12
COPY --from=build /out/fortune /app/fortune
USER nonroot
ENTRYPOINT ["/app/fortune"]
