# expect: pass
# Test before dev, the binary built in the test stage's sibling, alpine at run time.
FROM golang:1.22 AS base
WORKDIR /go/src/slugger
COPY go.mod slug.go slug_test.go main.go ./

FROM base AS test
RUN go test -count=1 ./...

FROM base AS dev
ENV CGO_ENABLED=0
CMD ["go", "run", "."]

FROM base AS builder
RUN CGO_ENABLED=0 go build -o /bin/slugger .

FROM alpine:3.20 AS prod
RUN adduser -S -u 10001 slugger
COPY --from=builder /bin/slugger /usr/local/bin/slugger
USER slugger
ENTRYPOINT ["slugger"]
