import { createServer, IncomingMessage, ServerResponse } from "node:http";
import { formatUptime } from "uptime-words";
import { greet } from "./greeting.js";
import type { Greeting } from "./greeting.js";

const port: number = Number(process.env.PORT || 3000);
const started: number = Date.now();

function handle(req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url || "/", "http://localhost");
  if (url.pathname !== "/") {
    res.writeHead(404, { "content-type": "text/plain" });
    res.end("not found\n");
    return;
  }
  const uptime: string = formatUptime((Date.now() - started) / 1000);
  const body: Greeting = greet(url.searchParams.get("name") || "stagecraft", uptime);
  res.writeHead(200, { "content-type": "application/json" });
  res.end(JSON.stringify(body) + "\n");
}

createServer(handle).listen(port, () => {
  console.log(`greetings-api listening on port ${port}`);
});
