// Builds the site: every src/pages/*.md becomes dist/<name>.html inside src/layout.html, and
// src/style.css is copied along. Plain Node (fs and path only), so `npm run build` needs no
// packages and no network.
"use strict";

const fs = require("fs");
const path = require("path");

const source = path.join(__dirname, "src");
const output = path.join(__dirname, "dist");

function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

// Just enough Markdown for these pages: `code` spans inside escaped text.
function inline(text) {
  return escapeHtml(text).replace(/`([^`]+)`/g, "<code>$1</code>");
}

// Headings (#, ##), bullet lists (- item) and paragraphs separated by blank lines.
function markdownToHtml(markdown) {
  const html = [];
  for (const block of markdown.trim().split(/\n\s*\n/)) {
    const lines = block.split("\n").map((line) => line.trim());
    const heading = /^(#{1,2}) (.*)$/.exec(lines[0]);
    if (heading && lines.length === 1) {
      const level = heading[1].length;
      html.push(`<h${level}>${inline(heading[2])}</h${level}>`);
    } else if (lines.every((line) => line.startsWith("- "))) {
      const items = lines.map((line) => `  <li>${inline(line.slice(2))}</li>`);
      html.push(["<ul>", ...items, "</ul>"].join("\n"));
    } else {
      html.push(`<p>${inline(lines.join(" "))}</p>`);
    }
  }
  return html.join("\n");
}

function titleOf(markdown, fallback) {
  const match = /^# (.*)$/m.exec(markdown);
  return match ? match[1] : fallback;
}

function build() {
  const layout = fs.readFileSync(path.join(source, "layout.html"), "utf8");
  fs.rmSync(output, { recursive: true, force: true });
  fs.mkdirSync(output, { recursive: true });

  const pages = fs
    .readdirSync(path.join(source, "pages"))
    .filter((name) => name.endsWith(".md"))
    .sort();
  for (const name of pages) {
    const markdown = fs.readFileSync(path.join(source, "pages", name), "utf8");
    const page = layout
      // Functions as replacements, so a "$" in the text is never read as a pattern.
      .replace("{{title}}", () => escapeHtml(titleOf(markdown, name)))
      .replace("{{content}}", () => markdownToHtml(markdown))
      .replace("{{node}}", () => process.version);
    const target = name.replace(/\.md$/, ".html");
    fs.writeFileSync(path.join(output, target), page);
    console.log(`built dist/${target}`);
  }
  fs.copyFileSync(path.join(source, "style.css"), path.join(output, "style.css"));
  console.log("built dist/style.css");
}

build();
