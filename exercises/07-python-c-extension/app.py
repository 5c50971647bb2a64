"""A small HTTP service whose hashing is done by fnvhash, a C extension module."""
import os
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlparse

import fnvhash  # compiled C: importing it proves the extension was built and shipped

PORT = int(os.environ.get("PORT", "8000"))


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        url = urlparse(self.path)
        if url.path != "/":
            self.send_error(404)
            return
        text = parse_qs(url.query).get("text", ["stagecraft"])[0]
        body = (
            f"fnv1a({text!r}) = {fnvhash.fnv1a(text):#018x}, computed in C by\n"
            f"{fnvhash.__file__}\n"
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


if __name__ == "__main__":
    print(f"hash service listening on port {PORT}", flush=True)
    HTTPServer(("", PORT), Handler).serve_forever()
