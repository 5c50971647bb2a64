# expect: fail toolchain-absent, image-size, smaller-than-starter
# Two stages, but the final one starts from the toolchain image again: it runs, as a non-root
# user, yet ships go and gcc and weighs a gigabyte.
FROM golang:1.22 AS build
WORKDIR /src
COPY go.mod main.go ./
RUN CGO_ENABLED=0 go build -o /out/meetup .

FROM golang:1.22
COPY --from=build /out/meetup /usr/local/bin/meetup
USER 65532:65532
CMD ["meetup"]
