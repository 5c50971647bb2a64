FROM scratch AS build
COPY hello.txt /hello.txt

RUN --mount=type=cache,target=/root/.cache true
