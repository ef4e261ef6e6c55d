import { c as createComponent, m as maybeRenderHead, b as renderScript, a as renderTemplate, e as createAstro, i as renderSlot, r as renderComponent, d as addAttribute, j as renderHead } from './astro/server_c2EKvP6L.mjs';
import 'piccolore';
/* empty css                         */
import 'clsx';

const $$ThemeToggle = createComponent(($$result, $$props, $$slots) => {
  return renderTemplate`${maybeRenderHead()}<button type="button" class="button theme-toggle" data-theme-toggle aria-pressed="false" data-astro-cid-x3pjskd3> <span data-theme-label data-astro-cid-x3pjskd3>Dark theme</span> </button> ${renderScript($$result, "/work/main/src/components/ThemeToggle.astro?astro&type=script&index=0&lang.ts")} `;
}, "/work/main/src/components/ThemeToggle.astro", void 0);

const version = "0.1.0";
const pkg = {
  version};

const SITE_NAME = "Feedback Loop";
const SITE_TAGLINE = "Interactive explainers for machine-learning papers about losses and feedback";
const SITE_VERSION = pkg.version;

var __freeze = Object.freeze;
var __defProp = Object.defineProperty;
var __template = (cooked, raw) => __freeze(__defProp(cooked, "raw", { value: __freeze(cooked.slice()) }));
var _a;
const $$Astro = createAstro("http://localhost:4321");
const $$BaseLayout = createComponent(($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$BaseLayout;
  const { title, description, ogType = "website" } = Astro2.props;
  const canonical = new URL(Astro2.url.pathname, Astro2.site).href;
  const fullTitle = title === SITE_NAME ? title : `${title} \xB7 ${SITE_NAME}`;
  const path = Astro2.url.pathname;
  return renderTemplate(_a || (_a = __template(['<html lang="en-GB" data-astro-cid-37fxchfa> <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>', '</title><meta name="description"', '><link rel="canonical"', '><link rel="icon" href="/favicon.svg" type="image/svg+xml"><link rel="sitemap" href="/sitemap-index.xml"><meta name="generator"', '><meta property="og:site_name"', '><meta property="og:title"', '><meta property="og:description"', '><meta property="og:type"', '><meta property="og:url"', '><meta name="twitter:card" content="summary">', "<script>\n      (function () {\n        var t = null;\n        try {\n          t = localStorage.getItem('fl-theme');\n        } catch (e) {}\n        if (t !== 'light' && t !== 'dark') t = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';\n        document.documentElement.dataset.theme = t;\n      })();\n    <\/script>", '</head> <body data-astro-cid-37fxchfa> <a class="skip-link" href="#main" data-astro-cid-37fxchfa>Skip to content</a> <header class="site-header" data-astro-cid-37fxchfa> <div class="bar" data-astro-cid-37fxchfa> <a class="brand" href="/"', ' data-astro-cid-37fxchfa> <svg aria-hidden="true" width="22" height="22" viewBox="0 0 24 24" data-astro-cid-37fxchfa><path d="M4 12a8 8 0 1 1 3 6.2" fill="none" stroke="currentColor" stroke-width="2.4" data-astro-cid-37fxchfa></path><path d="M3 14.5 7 18.6 2.6 20" fill="none" stroke="currentColor" stroke-width="2.4" data-astro-cid-37fxchfa></path></svg> <span data-astro-cid-37fxchfa>', '</span> </a> <nav aria-label="Site" data-astro-cid-37fxchfa> <ul data-astro-cid-37fxchfa> <li data-astro-cid-37fxchfa><a href="/"', ' data-astro-cid-37fxchfa>Catalogue</a></li> <li data-astro-cid-37fxchfa><a href="/topics/"', ' data-astro-cid-37fxchfa>Topics</a></li> <li data-astro-cid-37fxchfa><a href="/search/"', ' data-astro-cid-37fxchfa>Search</a></li> <li data-astro-cid-37fxchfa><a href="/about/"', ' data-astro-cid-37fxchfa>About</a></li> </ul> </nav> <form class="quick-search" action="/search/" method="get" role="search" data-astro-cid-37fxchfa> <label class="visually-hidden" for="site-search" data-astro-cid-37fxchfa>Search the explainers</label> <input id="site-search" name="q" type="search" placeholder="Search\u2026" autocomplete="off" data-astro-cid-37fxchfa> <button type="submit" class="visually-hidden" data-astro-cid-37fxchfa>Search</button> </form> ', ' </div> </header> <main id="main" tabindex="-1" data-astro-cid-37fxchfa> ', ' </main> <footer class="site-footer" data-astro-cid-37fxchfa> <p data-astro-cid-37fxchfa> <strong data-astro-cid-37fxchfa>', "</strong> \u2014 ", ". Every explanation is written in our own words; every simulation\n        is a toy that runs in your browser. Version ", ".\n</p> </footer> </body></html>"])), fullTitle, addAttribute(description, "content"), addAttribute(canonical, "href"), addAttribute(`${SITE_NAME} ${SITE_VERSION}`, "content"), addAttribute(SITE_NAME, "content"), addAttribute(title, "content"), addAttribute(description, "content"), addAttribute(ogType, "content"), addAttribute(canonical, "content"), renderSlot($$result, $$slots["head"]), renderHead(), addAttribute(`${SITE_NAME}: catalogue of explainers`, "aria-label"), SITE_NAME, addAttribute(path === "/" ? "page" : void 0, "aria-current"), addAttribute(path.startsWith("/topics") ? "page" : void 0, "aria-current"), addAttribute(path.startsWith("/search") ? "page" : void 0, "aria-current"), addAttribute(path.startsWith("/about") ? "page" : void 0, "aria-current"), renderComponent($$result, "ThemeToggle", $$ThemeToggle, { "data-astro-cid-37fxchfa": true }), renderSlot($$result, $$slots["default"]), SITE_NAME, SITE_TAGLINE, SITE_VERSION);
}, "/work/main/src/layouts/BaseLayout.astro", void 0);

export { $$BaseLayout as $, SITE_NAME as S, SITE_TAGLINE as a, pkg as p };
