# escape=`
FROM windows/servercore:ltsc2022
COPY app C:\app\
RUN dir C:\app `
    && echo done
WORKDIR C:\app
