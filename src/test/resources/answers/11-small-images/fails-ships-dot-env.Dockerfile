# expect: fail no-secrets
# Small and tidy, but copies the local .env "for configuration": it holds a
# token that now ships with the image.
FROM python:3.11-slim AS unpack
WORKDIR /src
COPY vendor/wordlist-1.4.tar.gz ./
RUN tar -xzf wordlist-1.4.tar.gz wordlist/words.txt

FROM python:3.11-slim
WORKDIR /app
COPY --from=unpack /src/wordlist/words.txt wordlist/words.txt
COPY wordgame/*.py wordgame/
COPY .env ./
CMD ["python3", "-m", "wordgame"]
