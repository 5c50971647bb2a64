# expect: fail http
# Copies every page but not the stylesheet: the site answers, unstyled; style.css is a 404.
FROM node:20-slim AS build
WORKDIR /app
COPY package.json build.js ./
COPY src/ src/
RUN npm run build

FROM nginx:alpine
COPY nginx.conf /etc/nginx/nginx.conf
COPY --from=build /app/dist/index.html /app/dist/about.html /usr/share/nginx/html/
USER 101
EXPOSE 8080
