// Writes a strict Content-Security-Policy <meta> into every built page (run after `astro build`).
//
// Why not Astro's experimental CSP: it also hashes inline <style> elements, and a style-src with hashes
// makes browsers ignore 'unsafe-inline', which would block the style="vertical-align:…" attributes of
// the build-time MathJax SVGs. Scripts are what a CSP must lock down: here every inline script is
// allowed by its SHA-256 hash only, and everything else (modules, the simulation Worker, tfjs's .wasm,
// the Pagefind index) must come from our own origin. 'wasm-unsafe-eval' is what tfjs's wasm backend
// and Pagefind need to compile WebAssembly; no 'unsafe-eval', no 'unsafe-inline' for scripts.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.argv[2] ?? 'dist';

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? htmlFiles(p) : p.endsWith('.html') ? [p] : [];
  });
}

export function policyFor(html) {
  const hashes = new Set();
  for (const m of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
    if (/type="application\/(ld\+)?json"/.test(m[0])) continue;
    hashes.add(`'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`);
  }
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${[...hashes].sort().join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

let count = 0;
for (const file of htmlFiles(dist)) {
  const html = readFileSync(file, 'utf8');
  if (html.includes('http-equiv="content-security-policy"')) continue;
  const meta = `<meta http-equiv="content-security-policy" content="${policyFor(html)}">`;
  const out = html.replace(/<head>/i, `<head>${meta}`);
  if (out === html) throw new Error(`${file}: no <head> to put the CSP in`);
  writeFileSync(file, out);
  count++;
}
console.log(`csp: policy written into ${count} pages`);
