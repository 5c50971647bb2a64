# expect: fail target-build-2
# Only the test the author knew of runs; a new failing test goes unnoticed.
FROM golang:1.22 AS base
WORKDIR /src
COPY go.mod *.go ./

FROM base AS dev
CMD ["go", "run", "."]

FROM base AS test
RUN go test -run '^TestSlugify$' ./...

FROM base AS build
RUN CGO_ENABLED=0 go build -o /out/slugger .

FROM scratch AS prod
COPY --from=build /out/slugger /slugger
ENTRYPOINT ["/slugger"]
