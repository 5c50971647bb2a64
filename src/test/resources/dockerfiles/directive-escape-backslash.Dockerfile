#escape=\
FROM debian:bookworm-slim
RUN echo one \
    two
