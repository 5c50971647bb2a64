# expect: fail no-source-files, no-source-files-2
# Two stages, a slim base and USER node, but the final stage copies the builder's whole /app:
# the sources, tsconfig.json and the dev dependency come along.
FROM node:20-slim AS build
WORKDIR /app
COPY . .
RUN npm ci && npm run build

FROM node:20-slim
WORKDIR /app
COPY --from=build /app ./
USER node
CMD ["node", "dist/server.js"]
