# expect: fail added-size, path-absent
# ADD unpacks a local archive in one step and wastes nothing, but it unpacks
# all of it: the extras the app never reads are shipped.
FROM python:3.11-slim
WORKDIR /app
COPY wordgame/__init__.py wordgame/__main__.py wordgame/words.py wordgame/
ADD vendor/wordlist-1.4.tar.gz /app/
CMD ["python3", "-m", "wordgame"]
