# expect: fail cache-after-source-change
# No npm step at all: the tarball is unpacked by hand. The app runs, but there
# is no dependency install for the cache to keep, and lockfile checks are gone.
FROM node:20-slim
WORKDIR /app
COPY vendor/ ./vendor/
RUN mkdir -p node_modules/tiny-box \
 && tar -xzf vendor/tiny-box-1.0.0.tgz -C node_modules/tiny-box --strip-components=1
COPY src/ ./src/
USER node
CMD ["node", "src/main.js"]
