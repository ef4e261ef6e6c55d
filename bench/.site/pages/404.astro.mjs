import { c as createComponent, r as renderComponent, a as renderTemplate, m as maybeRenderHead } from '../chunks/astro/server_c2EKvP6L.mjs';
import 'piccolore';
import { $ as $$BaseLayout } from '../chunks/BaseLayout_DzUlEkM8.mjs';
export { r as renderers } from '../chunks/_@astro-renderers_DuSxQniV.mjs';

const $$404 = createComponent(($$result, $$props, $$slots) => {
  return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, { "title": "Page not found", "description": "This page does not exist." }, { "default": ($$result2) => renderTemplate` ${maybeRenderHead()}<h1>Page not found</h1> <p>There is no page at this address. The <a href="/">catalogue</a> lists every explainer, and <a href="/search/">search</a> finds words inside them.</p> ` })}`;
}, "/work/main/src/pages/404.astro", void 0);

const $$file = "/work/main/src/pages/404.astro";
const $$url = "/404/";

const _page = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  default: $$404,
  file: $$file,
  url: $$url
}, Symbol.toStringTag, { value: 'Module' }));

const page = () => _page;

export { page };
