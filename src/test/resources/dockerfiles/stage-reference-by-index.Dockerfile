FROM golang:1.22
RUN go build -o /app .
FROM alpine:3.20
RUN echo second
FROM scratch
COPY --from=0 /app /app
COPY --from=1 /etc/passwd /etc/passwd
