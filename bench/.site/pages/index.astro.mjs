import { c as createComponent, r as renderComponent, b as renderScript, a as renderTemplate, m as maybeRenderHead, d as addAttribute } from '../chunks/astro/server_c2EKvP6L.mjs';
import 'piccolore';
import { a as SITE_TAGLINE, $ as $$BaseLayout, S as SITE_NAME } from '../chunks/BaseLayout_DzUlEkM8.mjs';
import { $ as $$PaperCard } from '../chunks/PaperCard_YLHhjIMx.mjs';
import { g as getPapers, t as topics } from '../chunks/collection_CiKC-Gd-.mjs';
/* empty css                                 */
export { r as renderers } from '../chunks/_@astro-renderers_DuSxQniV.mjs';

const $$Index = createComponent(async ($$result, $$props, $$slots) => {
  const papers = await getPapers();
  const counts = /* @__PURE__ */ new Map();
  for (const p of papers) for (const t of p.data.topics) counts.set(t, (counts.get(t) ?? 0) + 1);
  return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, { "title": SITE_NAME, "description": `${SITE_TAGLINE}: ${papers.length} papers, each with a live simulation.`, "data-astro-cid-j7pv25f6": true }, { "default": async ($$result2) => renderTemplate` ${maybeRenderHead()}<section class="intro" data-astro-cid-j7pv25f6> <h1 data-astro-cid-j7pv25f6>${SITE_NAME}</h1> <p class="lede" data-astro-cid-j7pv25f6> ${papers.length} machine-learning papers about losses and feedback — grokking, the stability gap, contrastive temperature,
      preference learning, error feedback, regret and more — each explained in plain words, with its key equations and
      a small simulation of its core mechanism that trains in your browser while you move the sliders.
</p> </section> <section aria-labelledby="filter-heading" class="filter" data-astro-cid-j7pv25f6> <h2 id="filter-heading" class="visually-hidden" data-astro-cid-j7pv25f6>Filter by topic</h2> <div class="filters" role="group" aria-label="Filter papers by topic" data-astro-cid-j7pv25f6> <button type="button" class="chip filter-chip" data-topic="" aria-pressed="true" data-astro-cid-j7pv25f6>All (${papers.length})</button> ${Object.keys(topics).map((t) => renderTemplate`<button type="button" class="chip filter-chip"${addAttribute(t, "data-topic")} aria-pressed="false" data-astro-cid-j7pv25f6> ${topics[t]} (${counts.get(t) ?? 0})
</button>`)} </div> <p class="count" role="status" aria-live="polite" data-count data-astro-cid-j7pv25f6>Showing all ${papers.length} papers.</p> </section> <ul class="grid" data-catalogue data-astro-cid-j7pv25f6> ${papers.map((paper) => renderTemplate`${renderComponent($$result2, "PaperCard", $$PaperCard, { "paper": paper, "data-astro-cid-j7pv25f6": true })}`)} </ul> ` })} ${renderScript($$result, "/work/main/src/pages/index.astro?astro&type=script&index=0&lang.ts")} `;
}, "/work/main/src/pages/index.astro", void 0);

const $$file = "/work/main/src/pages/index.astro";
const $$url = "";

const _page = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  default: $$Index,
  file: $$file,
  url: $$url
}, Symbol.toStringTag, { value: 'Module' }));

const page = () => _page;

export { page };
