import { e as createAstro, c as createComponent, m as maybeRenderHead, d as addAttribute, a as renderTemplate, b as renderScript, r as renderComponent, F as Fragment } from '../../chunks/astro/server_c2EKvP6L.mjs';
import 'piccolore';
import { a as authorList, t as topics, r as renderEntry, g as getPapers } from '../../chunks/collection_CiKC-Gd-.mjs';
import { $ as $$BaseLayout } from '../../chunks/BaseLayout_DzUlEkM8.mjs';
import 'clsx';
/* empty css                                     */
export { r as renderers } from '../../chunks/_@astro-renderers_DuSxQniV.mjs';

const $$Astro$3 = createAstro("http://localhost:4321");
const $$PaperHeader = createComponent(($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro$3, $$props, $$slots);
  Astro2.self = $$PaperHeader;
  const { meta } = Astro2.props;
  return renderTemplate`${maybeRenderHead()}<header class="paper-header" data-astro-cid-6vspp6za> <p class="kicker" data-astro-cid-6vspp6za>Explainer</p> <h1 data-astro-cid-6vspp6za>${meta.title}</h1> <p class="authors" data-astro-cid-6vspp6za>${authorList(meta.authors)}</p> <p class="venue" data-astro-cid-6vspp6za>${meta.venue === "preprint" ? `Preprint, ${meta.year}` : `${meta.venue} \xB7 ${meta.year}`}</p> <ul class="links" data-astro-cid-6vspp6za> <li data-astro-cid-6vspp6za><a${addAttribute(`https://arxiv.org/abs/${meta.arxiv}`, "href")} rel="noopener" data-astro-cid-6vspp6za>arXiv ${meta.arxiv}</a></li> <li data-astro-cid-6vspp6za><a${addAttribute(`https://arxiv.org/pdf/${meta.arxiv}`, "href")} rel="noopener" data-astro-cid-6vspp6za>PDF</a></li> ${meta.code && renderTemplate`<li data-astro-cid-6vspp6za><a${addAttribute(meta.code, "href")} rel="noopener" data-astro-cid-6vspp6za>Code</a></li>`} </ul> <ul class="chips" data-astro-cid-6vspp6za> ${meta.topics.map((t) => renderTemplate`<li data-astro-cid-6vspp6za><a class="chip"${addAttribute(`/topics/${t}/`, "href")} data-astro-cid-6vspp6za>${topics[t]}</a></li>`)} </ul> <p class="summary" data-astro-cid-6vspp6za>${meta.summary}</p> </header> `;
}, "/work/main/src/components/PaperHeader.astro", void 0);

const $$Astro$2 = createAstro("http://localhost:4321");
const $$CopyBlock = createComponent(async ($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro$2, $$props, $$slots);
  Astro2.self = $$CopyBlock;
  const { label, text } = Astro2.props;
  return renderTemplate`${maybeRenderHead()}<div class="copy-block" data-astro-cid-chpwp47i> <div class="head" data-astro-cid-chpwp47i> <span class="label" data-astro-cid-chpwp47i>${label}</span> <button type="button" class="button" data-copy${addAttribute(`Copy ${label}`, "aria-label")} data-astro-cid-chpwp47i>Copy</button> </div> <pre data-astro-cid-chpwp47i><code data-astro-cid-chpwp47i>${text}</code></pre> </div> ${renderScript($$result, "/work/main/src/components/CopyBlock.astro?astro&type=script&index=0&lang.ts")} `;
}, "/work/main/src/components/CopyBlock.astro", void 0);

const ASCII_FOLD = { ß: "ss", æ: "ae", ø: "o", ł: "l", đ: "d" };
function asciiWord(word) {
  return word.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/[ßæøłđ]/g, (c) => ASCII_FOLD[c]).replace(/[^A-Za-z0-9]/g, "").toLowerCase();
}
function citationKey(meta) {
  const first = meta.authors[0] ?? "anon";
  const surname = asciiWord(first.trim().split(/\s+/).pop() ?? first);
  const stop = /* @__PURE__ */ new Set(["a", "an", "the", "on", "of", "do", "not", "all", "is", "are"]);
  const word = meta.title.split(/[\s:-]+/).map(asciiWord).find((w) => w.length > 2 && !stop.has(w)) ?? "paper";
  return `${surname}${meta.year}${word}`;
}
function bibValue(text) {
  return text.replace(/([&%#_$])/g, "\\$1");
}
function bibAuthors(authors) {
  return authors.map((a) => /^et al\.?$/i.test(a.trim()) ? "others" : a.trim()).join(" and ");
}
function entry(type, key, fields) {
  const lines = fields.filter(([, v]) => v !== void 0 && v !== "").map(([k, v]) => `  ${k} = {${v}}`);
  return `@${type}{${key},
${lines.join(",\n")}
}`;
}
function paperBibtex(meta) {
  const isPreprint = /^preprint$/i.test(meta.venue.trim());
  const isJournal = /journal|transactions|jmlr|tmlr|neural networks|ojcsys|cmame|tnnls/i.test(meta.venue);
  const common = [
    ["title", `{${bibValue(meta.title)}}`],
    ["author", bibValue(bibAuthors(meta.authors))],
    ["year", String(meta.year)]
  ];
  const arxiv = [
    ["eprint", meta.arxiv],
    ["archivePrefix", "arXiv"],
    ["url", `https://arxiv.org/abs/${meta.arxiv}`]
  ];
  if (isPreprint) return entry("misc", citationKey(meta), [...common, ...arxiv]);
  const venueField = [isJournal ? "journal" : "booktitle", bibValue(meta.venue)];
  return entry(isJournal ? "article" : "inproceedings", citationKey(meta), [...common, venueField, ...arxiv]);
}
function explainerBibtex(meta, pageUrl, builtYear) {
  return entry("misc", `feedbackloop${builtYear}${citationKey(meta)}`, [
    ["title", `{Interactive explainer: ${bibValue(meta.title)}}`],
    ["author", "{Feedback Loop}"],
    ["year", String(builtYear)],
    ["howpublished", `\\url{${pageUrl}}`],
    ["note", "Interactive explainer with in-browser simulations"]
  ]);
}

const $$Astro$1 = createAstro("http://localhost:4321");
const $$Cite = createComponent(($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro$1, $$props, $$slots);
  Astro2.self = $$Cite;
  const { meta, pageUrl } = Astro2.props;
  const builtYear = (/* @__PURE__ */ new Date()).getFullYear();
  return renderTemplate`${maybeRenderHead()}<section class="cite" aria-labelledby="cite-heading"> <h2 id="cite-heading">Cite</h2> <p>If this paper helped your work, cite the paper itself. To point at this explainer, cite the page too.</p> ${renderComponent($$result, "CopyBlock", $$CopyBlock, { "label": "BibTeX for the paper", "text": paperBibtex(meta) })} ${renderComponent($$result, "CopyBlock", $$CopyBlock, { "label": "BibTeX for this explainer", "text": explainerBibtex(meta, pageUrl, builtYear) })} </section>`;
}, "/work/main/src/components/Cite.astro", void 0);

const $$Astro = createAstro("http://localhost:4321");
async function getStaticPaths() {
  const papers = await getPapers();
  const bySlug = new Map(papers.map((p) => [p.id, p]));
  return papers.map((paper, i) => {
    const related = paper.data.related.map((slug) => {
      const target = bySlug.get(slug);
      if (!target) throw new Error(`content/papers/${paper.id}.mdx: related slug "${slug}" has no page`);
      return target;
    });
    return {
      params: { slug: paper.id },
      props: { paper, related, prev: papers[i - 1], next: papers[i + 1] }
    };
  });
}
const $$slug = createComponent(async ($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$slug;
  const { paper, related, prev, next } = Astro2.props;
  const meta = paper.data;
  const { Content } = await renderEntry(paper);
  const pageUrl = new URL(`/papers/${paper.id}/`, Astro2.site).href;
  const isJournal = /journal|transactions|jmlr|tmlr|neural networks|ojcsys|tnnls/i.test(meta.venue);
  return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, { "title": meta.title, "description": meta.summary, "ogType": "article", "data-astro-cid-tvrprqhi": true }, { "default": async ($$result2) => renderTemplate`  ${maybeRenderHead()}<article data-pagefind-body data-astro-cid-tvrprqhi> ${renderComponent($$result2, "PaperHeader", $$PaperHeader, { "meta": meta, "data-astro-cid-tvrprqhi": true })} <div class="prose" data-astro-cid-tvrprqhi> ${renderComponent($$result2, "Content", Content, { "data-astro-cid-tvrprqhi": true })} </div> </article> <div class="prose after" data-astro-cid-tvrprqhi> ${related.length > 0 && renderTemplate`<section aria-labelledby="related-heading" data-astro-cid-tvrprqhi> <h2 id="related-heading" data-astro-cid-tvrprqhi>Related papers</h2> <ul class="related" data-astro-cid-tvrprqhi> ${related.map((r) => renderTemplate`<li data-astro-cid-tvrprqhi> <a${addAttribute(`/papers/${r.id}/`, "href")} data-astro-cid-tvrprqhi>${r.data.title}</a> — ${r.data.summary} </li>`)} </ul> </section>`} ${renderComponent($$result2, "Cite", $$Cite, { "meta": meta, "pageUrl": pageUrl, "data-astro-cid-tvrprqhi": true })} <nav class="prev-next" aria-label="Previous and next paper" data-astro-cid-tvrprqhi> ${prev ? renderTemplate`<a rel="prev"${addAttribute(`/papers/${prev.id}/`, "href")} data-astro-cid-tvrprqhi><span data-astro-cid-tvrprqhi>Previous</span>${prev.data.title}</a>` : renderTemplate`<span data-astro-cid-tvrprqhi></span>`} ${next ? renderTemplate`<a rel="next"${addAttribute(`/papers/${next.id}/`, "href")} data-astro-cid-tvrprqhi><span data-astro-cid-tvrprqhi>Next</span>${next.data.title}</a>` : renderTemplate`<span data-astro-cid-tvrprqhi></span>`} </nav> </div> `, "head": async ($$result2) => renderTemplate`${renderComponent($$result2, "Fragment", Fragment, { "slot": "head" }, { "default": async ($$result3) => renderTemplate` <meta name="citation_title"${addAttribute(meta.title, "content")}> ${meta.authors.filter((a) => !/^et al\.?$/i.test(a)).map((a) => renderTemplate`<meta name="citation_author"${addAttribute(a, "content")}>`)}<meta name="citation_publication_date"${addAttribute(String(meta.year), "content")}> <meta name="citation_arxiv_id"${addAttribute(meta.arxiv, "content")}> <meta name="citation_pdf_url"${addAttribute(`https://arxiv.org/pdf/${meta.arxiv}`, "content")}> <meta name="citation_abstract_html_url"${addAttribute(`https://arxiv.org/abs/${meta.arxiv}`, "content")}> ${meta.venue !== "preprint" && renderTemplate`<meta${addAttribute(isJournal ? "citation_journal_title" : "citation_conference_title", "name")}${addAttribute(meta.venue, "content")}>`}<meta property="article:section"${addAttribute(meta.topics[0], "content")}> ` })}` })} `;
}, "/work/main/src/pages/papers/[slug].astro", void 0);

const $$file = "/work/main/src/pages/papers/[slug].astro";
const $$url = "/papers/[slug]/";

const _page = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  default: $$slug,
  file: $$file,
  getStaticPaths,
  url: $$url
}, Symbol.toStringTag, { value: 'Module' }));

const page = () => _page;

export { page };
