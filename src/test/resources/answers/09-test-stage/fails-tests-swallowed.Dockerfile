# expect: fail target-build-2
# The tests run, but "|| true" turns a failing run into a passing step.
FROM golang:1.22 AS base
WORKDIR /src
COPY go.mod *.go ./

FROM base AS dev
CMD ["go", "run", "."]

FROM base AS test
RUN go test -v ./... || true

FROM base AS build
RUN CGO_ENABLED=0 go build -o /out/slugger .

FROM scratch AS prod
COPY --from=build /out/slugger /slugger
ENTRYPOINT ["/slugger"]
