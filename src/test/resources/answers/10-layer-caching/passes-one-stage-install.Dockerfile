# expect: pass
# One stage is enough for the cache: what npm reads first, the code last.
FROM node:20-slim
WORKDIR /app
COPY package.json package-lock.json ./
COPY vendor/tiny-box-1.0.0.tgz ./vendor/
RUN npm install --offline --omit=dev
COPY src/ ./src/
USER node
CMD ["node", "src/main.js"]
