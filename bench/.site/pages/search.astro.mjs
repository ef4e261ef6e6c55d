import { c as createComponent, r as renderComponent, b as renderScript, a as renderTemplate, m as maybeRenderHead } from '../chunks/astro/server_c2EKvP6L.mjs';
import 'piccolore';
import { $ as $$BaseLayout } from '../chunks/BaseLayout_DzUlEkM8.mjs';
/* empty css                                  */
export { r as renderers } from '../chunks/_@astro-renderers_DuSxQniV.mjs';

const $$Search = createComponent(async ($$result, $$props, $$slots) => {
  return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, { "title": "Search", "description": "Full-text search over every explainer." }, { "default": async ($$result2) => renderTemplate` ${maybeRenderHead()}<h1>Search</h1> <p>Search titles, summaries and the full text of every explainer. The index is built with the site and runs locally.</p> <div id="search" data-search></div> <noscript><p>Search needs JavaScript. The <a href="/">catalogue</a> and <a href="/topics/">topic pages</a> list every paper.</p></noscript> ` })} ${renderScript($$result, "/work/main/src/pages/search.astro?astro&type=script&index=0&lang.ts")} `;
}, "/work/main/src/pages/search.astro", void 0);

const $$file = "/work/main/src/pages/search.astro";
const $$url = "/search/";

const _page = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  default: $$Search,
  file: $$file,
  url: $$url
}, Symbol.toStringTag, { value: 'Module' }));

const page = () => _page;

export { page };
