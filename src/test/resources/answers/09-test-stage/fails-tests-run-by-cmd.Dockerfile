# expect: fail target-build-2
# The test stage only runs the tests when someone starts a container from it:
# building it never fails, whatever the tests say.
FROM golang:1.22 AS base
WORKDIR /src
COPY go.mod *.go ./

FROM base AS dev
CMD ["go", "run", "."]

FROM base AS test
CMD ["go", "test", "./..."]

FROM base AS build
RUN CGO_ENABLED=0 go build -o /out/slugger .

FROM scratch AS prod
COPY --from=build /out/slugger /slugger
ENTRYPOINT ["/slugger"]
