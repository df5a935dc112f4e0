#!/usr/bin/env node
// Renders the app icons (PNG) from assets/icon.svg with headless Chromium.
// Run by hand when the icon changes; the PNGs are committed.
import { chromium } from "playwright-core";
import { readFileSync } from "node:fs";

const svg = readFileSync(new URL("../assets/icon.svg", import.meta.url), "utf8");
const out = (name) => new URL(`../assets/icons/${name}`, import.meta.url).pathname;
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
const page = await browser.newPage();
for (const [name, size, maskable] of [
  ["icon-192.png", 192, false],
  ["icon-512.png", 512, false],
  ["icon-maskable-512.png", 512, true],
]) {
  await page.setViewportSize({ width: size, height: size });
  // A maskable icon fills the square and keeps its art in the central 80%.
  const art = maskable
    ? `<div style="width:${size}px;height:${size}px;background:#6b3fa0;display:grid;place-items:center"><div style="width:${size * 0.8}px;height:${size * 0.8}px">${svg}</div></div>`
    : `<div style="width:${size}px;height:${size}px">${svg}</div>`;
  await page.setContent(`<style>html,body{margin:0}svg{width:100%;height:100%;display:block}</style>${art}`);
  await page.screenshot({ path: out(name), omitBackground: !maskable });
}
await browser.close();
