# expect: pass
# A different valid answer: another stage name, scratch instead of alpine, a numeric user.
FROM golang:1.22 AS compile
WORKDIR /work
COPY . .
RUN CGO_ENABLED=0 go build -o /parcel .

FROM scratch
COPY --from=compile /parcel /parcel
USER 10001:10001
ENTRYPOINT ["/parcel"]
