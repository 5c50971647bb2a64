# expect: fail wasted-bytes, added-size
# Copies only the code and deletes the extras, but in a later RUN: the layer
# that unpacked them still ships them.
FROM python:3.11-slim
WORKDIR /app
COPY wordgame/__init__.py wordgame/__main__.py wordgame/words.py wordgame/
COPY vendor/wordlist-1.4.tar.gz /tmp/
RUN tar -xzf /tmp/wordlist-1.4.tar.gz -C /app
RUN rm -rf /tmp/wordlist-1.4.tar.gz /app/wordlist/extras
CMD ["python3", "-m", "wordgame"]
