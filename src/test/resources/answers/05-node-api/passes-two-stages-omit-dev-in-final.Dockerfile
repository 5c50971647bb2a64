# expect: pass
# Two stages: the final stage installs its own production dependencies from the vendored tarballs,
# and names the user by uid (1000 is node in the node images).
FROM node:20-slim AS compile
WORKDIR /src
COPY . .
RUN npm ci && npm run build

FROM node:20-slim
WORKDIR /srv/api
COPY package.json package-lock.json ./
COPY vendor/ vendor/
RUN npm ci --omit=dev
COPY --from=compile /src/dist ./dist
USER 1000
CMD ["node", "dist/server.js"]
