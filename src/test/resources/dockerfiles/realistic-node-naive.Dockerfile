FROM node:latest
WORKDIR app
ADD . .
RUN npm install
RUN cd /app && npm run build
EXPOSE 3000
CMD npm start
