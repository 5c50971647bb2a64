# expect: pass
# A different but valid answer: another stage name, the user by name, the base image's CMD.
FROM node:20-slim AS site
WORKDIR /build
COPY . .
RUN npm run build

FROM nginx:alpine
COPY nginx.conf /etc/nginx/nginx.conf
COPY --from=site /build/dist /usr/share/nginx/html
USER nginx
EXPOSE 8080
