// @ts-check
import { defineConfig } from 'astro/config';
import svelte from '@astrojs/svelte';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import remarkMath from 'remark-math';
import rehypeMathjax from 'rehype-mathjax';
import { rehypeFinishMath, rehypeRecordTex } from './src/lib/markdown/rehypeMathAccessibility.mjs';

// The deployed origin (canonical URLs, sitemap, Open Graph). Override with SITE=https://… when deploying.
const site = process.env.SITE ?? 'http://localhost:4321';

export default defineConfig({
  site,
  trailingSlash: 'always',
  integrations: [svelte(), mdx(), sitemap()],
  markdown: {
    remarkPlugins: [remarkMath],
    // MathJax renders to inline SVG at build time: no math JavaScript reaches the browser.
    rehypePlugins: [rehypeRecordTex, rehypeMathjax, rehypeFinishMath],
  },
  vite: {
    // Module workers that code-split (the simulation Worker lazy-loads each core) need ES format.
    worker: { format: 'es' },
  },
});
