# expect: pass
# Unpacks in a small alpine stage (busybox tar), and lets its own .dockerignore
# (passes-alpine-unpack-with-dockerignore.Dockerfile.dockerignore) keep the junk
# out of the whole package folder it copies.
FROM alpine:3.20 AS words
RUN mkdir /out
COPY vendor/ /vendor/
RUN tar -xzf /vendor/wordlist-1.4.tar.gz -C /out \
 && rm -rf /out/wordlist/extras

FROM python:3.11-slim
WORKDIR /app
COPY --from=words /out/wordlist/ wordlist/
COPY wordgame wordgame
ENV PYTHONDONTWRITEBYTECODE=1
CMD ["python3", "-m", "wordgame"]
