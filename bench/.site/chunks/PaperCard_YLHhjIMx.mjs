import { e as createAstro, c as createComponent, m as maybeRenderHead, d as addAttribute, a as renderTemplate } from './astro/server_c2EKvP6L.mjs';
import 'piccolore';
import 'clsx';
import { t as topics } from './collection_CiKC-Gd-.mjs';
/* empty css                         */

const $$Astro = createAstro("http://localhost:4321");
const $$PaperCard = createComponent(($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$PaperCard;
  const { paper } = Astro2.props;
  const d = paper.data;
  return renderTemplate`${maybeRenderHead()}<li class="card"${addAttribute(d.topics.join(" "), "data-topics")} data-astro-cid-saq65afh> <h3 data-astro-cid-saq65afh><a${addAttribute(`/papers/${paper.id}/`, "href")} data-astro-cid-saq65afh>${d.title}</a></h3> <p class="summary" data-astro-cid-saq65afh>${d.summary}</p> <p class="meta" data-astro-cid-saq65afh>${d.venue === "preprint" ? `Preprint, ${d.year}` : `${d.venue}`}</p> <ul class="chips" data-astro-cid-saq65afh> ${d.topics.map((t) => renderTemplate`<li data-astro-cid-saq65afh><a class="chip"${addAttribute(`/topics/${t}/`, "href")} data-astro-cid-saq65afh>${topics[t]}</a></li>`)} </ul> </li> `;
}, "/work/main/src/components/PaperCard.astro", void 0);

export { $$PaperCard as $ };
