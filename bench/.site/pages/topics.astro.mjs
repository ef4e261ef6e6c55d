import { c as createComponent, r as renderComponent, a as renderTemplate, m as maybeRenderHead, d as addAttribute } from '../chunks/astro/server_c2EKvP6L.mjs';
import 'piccolore';
import { $ as $$BaseLayout } from '../chunks/BaseLayout_DzUlEkM8.mjs';
import { g as getPapers, t as topics } from '../chunks/collection_CiKC-Gd-.mjs';
/* empty css                                 */
export { r as renderers } from '../chunks/_@astro-renderers_DuSxQniV.mjs';

const $$Index = createComponent(async ($$result, $$props, $$slots) => {
  const papers = await getPapers();
  const list = Object.keys(topics).map((t) => ({
    id: t,
    label: topics[t],
    count: papers.filter((p) => p.data.topics.includes(t)).length
  }));
  return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, { "title": "Topics", "description": "The explainers grouped by topic.", "data-astro-cid-n7tr52od": true }, { "default": async ($$result2) => renderTemplate` ${maybeRenderHead()}<h1 data-astro-cid-n7tr52od>Topics</h1> <ul class="topics" data-astro-cid-n7tr52od> ${list.map((t) => renderTemplate`<li data-astro-cid-n7tr52od> <a${addAttribute(`/topics/${t.id}/`, "href")} data-astro-cid-n7tr52od>${t.label}</a> <span class="count" data-astro-cid-n7tr52od>${t.count} papers</span> </li>`)} </ul> ` })} `;
}, "/work/main/src/pages/topics/index.astro", void 0);

const $$file = "/work/main/src/pages/topics/index.astro";
const $$url = "/topics/";

const _page = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  default: $$Index,
  file: $$file,
  url: $$url
}, Symbol.toStringTag, { value: 'Module' }));

const page = () => _page;

export { page };
