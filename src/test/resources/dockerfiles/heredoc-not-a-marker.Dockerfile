FROM alpine:3.20
RUN echo "<<EOF" && cat<<-x
RUN grep -c '<<' /etc/profile || true
