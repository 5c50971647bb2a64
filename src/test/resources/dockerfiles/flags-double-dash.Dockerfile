FROM alpine:3.20
COPY --chmod=644 -- --odd-name /dest
RUN -- --not-a-flag
