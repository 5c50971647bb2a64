// A tiny static file server for dist/, in plain Node (http, fs and path only). It works, but it
// keeps Node in the image just to hand out files that never change.
"use strict";

const http = require("http");
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "dist");
const port = Number(process.env.PORT || 8080);
const types = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
};

const server = http.createServer((request, response) => {
  let urlPath;
  try {
    urlPath = decodeURIComponent(new URL(request.url, "http://localhost").pathname);
  } catch {
    response.writeHead(400).end("bad request\n");
    return;
  }
  const file = path.join(root, urlPath.endsWith("/") ? urlPath + "index.html" : urlPath);
  // Never answer with a file outside dist/, whatever the URL says.
  if (!file.startsWith(root + path.sep)) {
    response.writeHead(403).end("forbidden\n");
    return;
  }
  fs.readFile(file, (error, body) => {
    if (error) {
      response.writeHead(404, { "Content-Type": "text/plain" }).end("not found\n");
      return;
    }
    const type = types[path.extname(file)] || "application/octet-stream";
    response.writeHead(200, { "Content-Type": type }).end(body);
  });
});

server.listen(port, () => console.log(`serving ${root} on port ${port}`));
// PID 1 in a container ignores SIGTERM unless it handles it: stop promptly when asked.
process.on("SIGTERM", () => server.close(() => process.exit(0)));
