FROM alpine:3.20
RUN echo a \   
    b
ENV A=1 \	
    B=2
