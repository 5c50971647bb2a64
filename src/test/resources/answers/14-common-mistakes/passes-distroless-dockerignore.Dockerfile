# expect: pass
# Another valid answer: other stage names, a distroless runtime with its named nonroot user, and a
# builder that still copies the whole folder, made safe by the .dockerignore beside this file
# (passes-distroless-dockerignore.Dockerfile.dockerignore keeps .env, notes/ and tests/ out).
FROM golang:1.22 AS compile
WORKDIR /work
COPY . .
RUN CGO_ENABLED=0 go build -o /status .

FROM stagecraft/standin-distroless-static:debian12
COPY --from=compile /status /usr/local/bin/status
USER nonroot
ENTRYPOINT ["/usr/local/bin/status"]
