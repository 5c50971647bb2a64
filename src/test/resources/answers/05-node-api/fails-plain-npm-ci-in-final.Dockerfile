# expect: fail no-source-files-2
# Copies only dist/, but the final stage installs with plain npm ci: tsc-lite ships in node_modules.
FROM node:20-slim AS build
WORKDIR /app
COPY . .
RUN npm ci && npm run build

FROM node:20-slim
WORKDIR /app
COPY package.json package-lock.json ./
COPY vendor/ vendor/
RUN npm ci
COPY --from=build /app/dist ./dist
USER node
CMD ["node", "dist/server.js"]
