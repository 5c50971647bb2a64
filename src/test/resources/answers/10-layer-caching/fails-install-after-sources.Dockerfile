# expect: fail cache-after-source-change
# A deps stage done right, but the final stage installs again after the code.
FROM node:20-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY vendor/ ./vendor/
RUN npm ci --offline --omit=dev

FROM node:20-slim
WORKDIR /app
COPY src/ ./src/
COPY --from=deps /app/package.json /app/package-lock.json ./
COPY --from=deps /app/vendor ./vendor
RUN npm ci --offline --omit=dev
USER node
CMD ["node", "src/main.js"]
