/** Reads the list of paper pages from the build's sources, so tests cover every page that exists. */
import { readdirSync, readFileSync } from 'node:fs';

export const slugs = readdirSync('content/papers')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.replace(/\.mdx$/, ''))
  .sort();

export function titleOf(slug: string): string {
  const src = readFileSync(`content/papers/${slug}.mdx`, 'utf8');
  const m = src.match(/^title:\s*"((?:[^"\\]|\\.)*)"/m);
  if (!m) throw new Error(`no title in ${slug}`);
  return m[1].replace(/\\"/g, '"');
}
