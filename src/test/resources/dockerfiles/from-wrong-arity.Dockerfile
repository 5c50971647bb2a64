FROM alpine:3.20 builder
FROM alpine:3.20 AS 1bad
FROM
