FROM scratch AS first
COPY hello.txt /first.txt

FROM scratch AS second
COPY --from=first /first.txt /second.txt

FROM second AS third
COPY docs/readme.md /readme.md
