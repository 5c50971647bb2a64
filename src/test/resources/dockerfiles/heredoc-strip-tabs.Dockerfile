# syntax=docker/dockerfile:1
FROM alpine:3.20
RUN <<-EOT
	echo indented
		echo twice
	EOT
USER nobody
