FROM alpine:3.20
RUN echo one \
    && echo two
CMD ["sh"]
