FROM alpine:3.20
RUN echo one \

    && echo two \
   
    && echo three
USER nobody
