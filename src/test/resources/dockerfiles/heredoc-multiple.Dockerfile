# syntax=docker/dockerfile:1
FROM alpine:3.20
COPY <<FILE1 <<FILE2 /dest/
first
FILE1
second
FILE2
RUN <<A cat > /a && 3<<B cat /dev/fd/3 > /b
alpha
A
beta
B
