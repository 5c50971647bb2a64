# expect: fail http
# Serves the home page but not the rest of the built site: the about page and the stylesheet are missing.
FROM node:20-slim AS build
WORKDIR /app
COPY package.json build.js ./
COPY src/ src/
RUN npm run build

FROM nginx:alpine
COPY nginx.conf /etc/nginx/nginx.conf
COPY --from=build /app/dist/index.html /usr/share/nginx/html/index.html
USER 101
EXPOSE 8080
