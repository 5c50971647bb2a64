FROM alpine:3.20
COPY --from=nginx:1.27-alpine /etc/nginx/nginx.conf /etc/nginx.conf
COPY --from=tools/tini:0.19 /tini /tini
RUN --mount=from=busybox:1.36,source=/bin/busybox,target=/bb /bb true
