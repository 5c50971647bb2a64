# expect: fail cache-after-source-change
# Other names, a slimmer final stage, but the whole folder is copied before
# npm ci: any edit of src/ installs the dependencies again.
FROM node:20-slim AS installer
WORKDIR /build
COPY . ./
RUN npm ci --offline --omit=dev

FROM node:20-slim
WORKDIR /app
COPY --from=installer /build/node_modules node_modules
COPY --from=installer /build/src src
USER node
CMD ["node", "src/main.js"]
