# The second COPY writes the same file again: its layer is identical to the first one.
FROM scratch
COPY hello.txt /h
COPY hello.txt /h
