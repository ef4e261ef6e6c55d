/**
 * The one impure part of permalinks: keeping the address bar in step with a figure, and catching
 * prose links that target a figure on the same page. Only `history.replaceState` is used, so
 * moving a slider never adds history entries (the playground's `location.hash` writes did).
 */
import { mergeSearch } from './codec';

/** Debounced writer of one figure's namespace into the current URL. */
export function createUrlSync(ns: string, delayMs = 250) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending: [string, string][] | null = null;
  const flush = () => {
    timer = null;
    if (!pending) return;
    const search = mergeSearch(location.search, ns, pending);
    pending = null;
    const url = `${location.pathname}${search}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', url);
  };
  return {
    write(entries: [string, string][]): void {
      pending = entries;
      if (timer) clearTimeout(timer);
      timer = setTimeout(flush, delayMs);
    },
    flush,
    cancel(): void {
      if (timer) clearTimeout(timer);
      timer = null;
      pending = null;
    },
  };
}

/**
 * The full link to a figure state: this page, the merged query, and `#ns` to scroll to it. It keeps
 * the state of the page's other figures but not parameters of namespaces no figure here has (a
 * link the site makes never carries forward junk from the link the page was opened with).
 */
export function shareUrl(ns: string, entries: [string, string][]): string {
  const onPage = (key: string) => {
    const dot = key.indexOf('.');
    return dot < 0 || document.getElementById(key.slice(0, dot))?.tagName === 'FIGURE';
  };
  return `${location.origin}${location.pathname}${mergeSearch(location.search, ns, entries, onPage)}#${ns}`;
}

/**
 * Intercepts clicks on links to this page that set namespace `ns` (`<a href="?cs.tau=2#cs">`):
 * the figure updates in place instead of the page reloading. Returns the remover.
 */
export function interceptFigureLinks(ns: string, onLink: (search: string) => void): () => void {
  const handler = (ev: MouseEvent) => {
    if (ev.defaultPrevented || ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return;
    const a = (ev.target as Element | null)?.closest?.('a[href]');
    if (!(a instanceof HTMLAnchorElement) || (a.target && a.target !== '_self')) return;
    let url: URL;
    try {
      url = new URL(a.href, location.href);
    } catch {
      return;
    }
    if (url.origin !== location.origin || url.pathname !== location.pathname) return;
    const ours = [...url.searchParams.keys()].some((k) => k.startsWith(`${ns}.`));
    if (!ours && url.hash !== `#${ns}`) return;
    ev.preventDefault();
    history.replaceState(history.state, '', `${url.pathname}${url.search}${url.hash}`);
    onLink(url.search);
  };
  document.addEventListener('click', handler);
  return () => document.removeEventListener('click', handler);
}
