# expect: fail text-absent, no-secrets
# Two stages and distroless, but the final stage copies the whole build folder
# (for "the binary and its files"), and the .netrc in it comes along.
FROM golang:1.22 AS build
WORKDIR /src
ENV NETRC=/src/.netrc
COPY . .
RUN sh fetch-private.sh \
 && CGO_ENABLED=0 go build -mod=vendor -o fortune .

FROM stagecraft/standin-distroless-static:debian12
COPY --from=build /src/ /app/
USER 65532:65532
ENTRYPOINT ["/app/fortune"]
