FROM golang:1.22 AS build
RUN useradd --system app
USER app
WORKDIR /home/app
COPY --chown=app . .
RUN go build -o server .

FROM debian:bookworm-slim
COPY --from=build /home/app/server /usr/local/bin/server
CMD ["server"]
