# expect: fail cache-after-source-change
# The manifests come first, but src/ is copied before the install too.
FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY src/ ./src/
COPY vendor/ ./vendor/
RUN npm ci --offline --omit=dev

FROM node:20-slim
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/src ./src
USER node
CMD ["node", "src/main.js"]
