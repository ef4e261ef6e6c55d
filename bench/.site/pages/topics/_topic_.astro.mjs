import { e as createAstro, c as createComponent, r as renderComponent, a as renderTemplate, m as maybeRenderHead } from '../../chunks/astro/server_c2EKvP6L.mjs';
import 'piccolore';
import { $ as $$BaseLayout } from '../../chunks/BaseLayout_DzUlEkM8.mjs';
import { $ as $$PaperCard } from '../../chunks/PaperCard_YLHhjIMx.mjs';
import { t as topics, g as getPapers } from '../../chunks/collection_CiKC-Gd-.mjs';
/* empty css                                      */
export { r as renderers } from '../../chunks/_@astro-renderers_DuSxQniV.mjs';

const $$Astro = createAstro("http://localhost:4321");
async function getStaticPaths() {
  const papers = await getPapers();
  return Object.keys(topics).map((topic) => ({
    params: { topic },
    props: { topic, papers: papers.filter((p) => p.data.topics.includes(topic)) }
  }));
}
const $$topic = createComponent(async ($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$topic;
  const { topic, papers } = Astro2.props;
  return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, { "title": topics[topic], "description": `${papers.length} explainers about ${topics[topic].toLowerCase()}.`, "data-astro-cid-tgtuilwa": true }, { "default": async ($$result2) => renderTemplate` ${maybeRenderHead()}<p data-astro-cid-tgtuilwa><a href="/topics/" data-astro-cid-tgtuilwa>All topics</a></p> <h1 data-astro-cid-tgtuilwa>${topics[topic]}</h1> <p data-astro-cid-tgtuilwa>${papers.length} papers.</p> <ul class="grid" data-astro-cid-tgtuilwa> ${papers.map((paper) => renderTemplate`${renderComponent($$result2, "PaperCard", $$PaperCard, { "paper": paper, "data-astro-cid-tgtuilwa": true })}`)} </ul> ` })} `;
}, "/work/main/src/pages/topics/[topic].astro", void 0);

const $$file = "/work/main/src/pages/topics/[topic].astro";
const $$url = "/topics/[topic]/";

const _page = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  default: $$topic,
  file: $$file,
  getStaticPaths,
  url: $$url
}, Symbol.toStringTag, { value: 'Module' }));

const page = () => _page;

export { page };
