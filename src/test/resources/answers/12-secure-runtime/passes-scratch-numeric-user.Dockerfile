# expect: pass
# scratch instead of distroless, another stage name, the token under the build
# user's home, and a UID of its own.
FROM golang:1.22 AS compile
WORKDIR /work
COPY .netrc /root/.netrc
COPY . .
RUN GOFLAGS=-mod=vendor sh fetch-private.sh \
 && CGO_ENABLED=0 GOFLAGS=-mod=vendor go build -o /fortune .

FROM scratch
COPY --from=compile /fortune /usr/local/bin/fortune
USER 10001:10001
ENTRYPOINT ["/usr/local/bin/fortune"]
