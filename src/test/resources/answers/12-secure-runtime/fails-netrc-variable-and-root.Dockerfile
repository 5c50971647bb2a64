# expect: fail env, non-root-user
# Keeps the token in the build stage, but sets NETRC for the whole image and
# names root by its number.
FROM golang:1.22 AS build
ENV NETRC=/src/.netrc
WORKDIR /src
COPY . .
RUN sh fetch-private.sh && CGO_ENABLED=0 go build -mod=vendor -o /out/fortune .

FROM stagecraft/standin-distroless-static:debian12
ENV NETRC=/src/.netrc
COPY --from=build /out/fortune /fortune
USER 0:0
ENTRYPOINT ["/fortune"]
