FROM debian:bookworm-slim
RUN apt-get update \
# the comment lines are dropped
    && apt-get install -y curl \
    # even indented ones
    && rm -rf /var/lib/apt/lists/*
USER nobody
