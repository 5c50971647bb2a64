# expect: pass
# The build stage starts FROM test, so even a builder that skips unused
# stages (BuildKit) runs the tests before it compiles; distroless runtime.
FROM golang:1.22 AS toolchain
WORKDIR /work
COPY . .

FROM toolchain AS dev
CMD ["go", "run", "."]

FROM toolchain AS test
RUN go vet ./... && go test ./...

FROM test AS compile
RUN CGO_ENABLED=0 go build -o /slugger .

FROM stagecraft/standin-distroless-static:debian12
COPY --from=compile /slugger /usr/local/bin/slugger
USER nonroot
ENTRYPOINT ["/usr/local/bin/slugger"]
