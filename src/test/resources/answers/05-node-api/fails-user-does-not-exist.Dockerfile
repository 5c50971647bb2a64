# expect: fail non-root-user, http
# A clean three-stage build, but USER nodejs names a user the node images do not have: the
# container cannot even start.
FROM node:20-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY vendor/ vendor/
RUN npm ci --omit=dev

FROM node:20-slim AS build
WORKDIR /app
COPY . .
RUN npm ci && npm run build

FROM node:20-slim
WORKDIR /app
COPY package.json ./
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
USER nodejs
CMD ["node", "dist/server.js"]
