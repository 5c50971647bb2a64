# leading comment

    # indented comment
   FROM alpine:3.20

	RUN echo tabbed
  # comment between
EXPOSE 8080/tcp 9090
   
LABEL org.opencontainers.image.title="demo" version=1
