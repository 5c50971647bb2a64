# expect: fail path-absent, added-size
# Unpacks in a build stage as it should, but copies the package folder with
# no .dockerignore: its tests, fixtures, stale bytecode and log come along.
FROM python:3.11-slim AS unpack
WORKDIR /src
COPY vendor/wordlist-1.4.tar.gz ./
RUN tar -xzf wordlist-1.4.tar.gz wordlist/words.txt

FROM python:3.11-slim
WORKDIR /app
COPY --from=unpack /src/wordlist/words.txt wordlist/words.txt
COPY wordgame/ wordgame/
CMD ["python3", "-m", "wordgame"]
