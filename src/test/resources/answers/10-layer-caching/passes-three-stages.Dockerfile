# expect: pass
# deps, then the runtime; the manifests by wildcard, the tarball folder by name.
FROM node:20-slim AS deps
WORKDIR /deps
COPY package*.json ./
COPY vendor vendor
RUN npm ci --offline --omit=dev --no-audit --no-fund

FROM node:20-slim AS runtime
ENV NODE_ENV=production
WORKDIR /srv/card
COPY --from=deps /deps/node_modules node_modules
COPY src src
USER node
ENTRYPOINT ["node"]
CMD ["src/main.js"]
