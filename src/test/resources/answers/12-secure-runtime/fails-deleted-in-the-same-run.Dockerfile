# expect: fail text-absent, toolchain-absent, package-count
# Deletes the token in the same RUN that used it, and runs as a non-root user:
# but the COPY layer below still holds .netrc, and the runtime is the toolchain.
FROM golang:1.22
WORKDIR /src
COPY .netrc /root/.netrc
COPY go.mod main.go fetch-private.sh ./
COPY vendor/ vendor/
RUN sh fetch-private.sh \
 && CGO_ENABLED=0 go build -mod=vendor -o /usr/local/bin/fortune . \
 && rm /root/.netrc
USER 65532:65532
CMD ["fortune"]
