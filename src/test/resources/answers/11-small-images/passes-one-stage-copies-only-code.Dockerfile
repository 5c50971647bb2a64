# expect: pass
# One stage, no .dockerignore: it names the files it needs, and unpacks and
# deletes the archive in the same RUN, so no layer keeps what a later one removes.
FROM python:3.11-slim
WORKDIR /app
COPY wordgame/__init__.py wordgame/__main__.py wordgame/words.py wordgame/
COPY vendor/wordlist-1.4.tar.gz /tmp/
RUN tar -xzf /tmp/wordlist-1.4.tar.gz -C /app wordlist/words.txt \
 && rm /tmp/wordlist-1.4.tar.gz
CMD ["python3", "-m", "wordgame"]
