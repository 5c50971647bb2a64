FROM scratch

FORM scratch
COPY hello.txt /hello.txt
