# A comment first: what follows is an ordinary comment, not a directive
# escape=`
FROM alpine:3.20
RUN echo a \
    b
