FROM alpine:3.20
CMD [echo, not-json]
ENTRYPOINT ['single', 'quotes']
RUN [ "unterminated"
CMD ["ok"] trailing
