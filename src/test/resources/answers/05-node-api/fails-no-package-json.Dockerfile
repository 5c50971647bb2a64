# expect: fail http
# Small and clean, but package.json stayed behind: without "type": "module" Node reads dist/*.js
# as CommonJS and stops at the first import.
FROM node:20-slim AS build
WORKDIR /app
COPY . .
RUN npm ci && npm run build && npm prune --omit=dev

FROM node:20-slim
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
USER node
CMD ["node", "dist/server.js"]
