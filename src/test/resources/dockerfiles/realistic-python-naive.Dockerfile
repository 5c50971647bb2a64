FROM python:3.12
WORKDIR /usr/src/app
COPY . .
RUN pip install -r requirements.txt
RUN apt-get update
RUN apt-get install -y curl
ENV DATABASE_PASSWORD=hunter2
CMD python app.py
