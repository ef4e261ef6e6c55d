/**
 * Two rehype plugins around rehype-mathjax (which replaces each maths element by an SVG and forgets
 * the TeX):
 * - `rehypeRecordTex` (before it) records each formula's TeX source in document order;
 * - `rehypeFinishMath` (after it) gives each MathJax SVG an accessible name (its TeX source, which
 *   screen readers can read out), and drops the <style> rehype-mathjax appends to the body — invalid
 *   HTML there and repeated on every page; src/styles/mathjax.css ships the same rules once.
 */
const isMath = (node) => {
  const c = node.properties?.className;
  return Array.isArray(c) && (c.includes('math-inline') || c.includes('math-display') || c.includes('language-math'));
};

function textOf(node) {
  if (node.type === 'text') return node.value;
  return (node.children ?? []).map(textOf).join('');
}

function walk(node, visit) {
  if (visit(node) === false) return;
  for (const child of node.children ?? []) walk(child, visit);
}

export function rehypeRecordTex() {
  return (tree, file) => {
    const tex = [];
    walk(tree, (node) => {
      if (node.type === 'element' && isMath(node)) {
        tex.push(textOf(node).trim());
        return false;
      }
    });
    file.data.mathTex = tex;
  };
}

export function rehypeFinishMath() {
  return (tree, file) => {
    const tex = file.data.mathTex ?? [];
    let i = 0;
    walk(tree, (node) => {
      if (node.type === 'element' && node.tagName === 'mjx-container') {
        const svg = (node.children ?? []).find((c) => c.type === 'element' && c.tagName === 'svg');
        const label = tex[i++];
        if (svg && label) svg.properties['aria-label'] = label;
        return false;
      }
    });
    tree.children = tree.children.filter(
      (node) => !(node.type === 'element' && node.tagName === 'style' && textOf(node).includes('mjx-container')),
    );
  };
}
