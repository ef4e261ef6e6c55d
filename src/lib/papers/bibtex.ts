/**
 * BibTeX for a paper (from its frontmatter) and for our explainer page. Keys are built at
 * build time from the first author's surname, the year and the first title word.
 */
import type { PaperMeta } from './schema';

const ASCII_FOLD: Record<string, string> = { ß: 'ss', æ: 'ae', ø: 'o', ł: 'l', đ: 'd' };

function asciiWord(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[ßæøłđ]/g, (c) => ASCII_FOLD[c])
    .replace(/[^A-Za-z0-9]/g, '')
    .toLowerCase();
}

/** `richtarik2024error` — surname + year + first significant title word. */
export function citationKey(meta: Pick<PaperMeta, 'authors' | 'year' | 'title'>): string {
  const first = meta.authors[0] ?? 'anon';
  const surname = asciiWord(first.trim().split(/\s+/).pop() ?? first);
  const stop = new Set(['a', 'an', 'the', 'on', 'of', 'do', 'not', 'all', 'is', 'are']);
  const word =
    meta.title
      .split(/[\s:-]+/)
      .map(asciiWord)
      .find((w) => w.length > 2 && !stop.has(w)) ?? 'paper';
  return `${surname}${meta.year}${word}`;
}

/** Escapes characters that BibTeX would read as markup, keeping capitalisation with braces. */
function bibValue(text: string): string {
  return text.replace(/([&%#_$])/g, '\\$1');
}

function bibAuthors(authors: string[]): string {
  return authors.map((a) => (/^et al\.?$/i.test(a.trim()) ? 'others' : a.trim())).join(' and ');
}

function entry(type: string, key: string, fields: [string, string | undefined][]): string {
  const lines = fields.filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => `  ${k} = {${v}}`);
  return `@${type}{${key},\n${lines.join(',\n')}\n}`;
}

/** The source paper: @inproceedings when it has a venue other than a preprint, else @misc on arXiv. */
export function paperBibtex(meta: PaperMeta): string {
  const isPreprint = /^preprint$/i.test(meta.venue.trim());
  const isJournal = /journal|transactions|jmlr|tmlr|neural networks|ojcsys|cmame|tnnls/i.test(meta.venue);
  const common: [string, string | undefined][] = [
    ['title', `{${bibValue(meta.title)}}`],
    ['author', bibValue(bibAuthors(meta.authors))],
    ['year', String(meta.year)],
  ];
  const arxiv: [string, string | undefined][] = [
    ['eprint', meta.arxiv],
    ['archivePrefix', 'arXiv'],
    ['url', `https://arxiv.org/abs/${meta.arxiv}`],
  ];
  if (isPreprint) return entry('misc', citationKey(meta), [...common, ...arxiv]);
  const venueField: [string, string] = [isJournal ? 'journal' : 'booktitle', bibValue(meta.venue)];
  return entry(isJournal ? 'article' : 'inproceedings', citationKey(meta), [...common, venueField, ...arxiv]);
}

/** Our explainer page, citable on its own. */
export function explainerBibtex(meta: PaperMeta, pageUrl: string, builtYear: number): string {
  return entry('misc', `feedbackloop${builtYear}${citationKey(meta)}`, [
    ['title', `{Interactive explainer: ${bibValue(meta.title)}}`],
    ['author', '{Feedback Loop}'],
    ['year', String(builtYear)],
    ['howpublished', `\\url{${pageUrl}}`],
    ['note', 'Interactive explainer with in-browser simulations'],
  ]);
}
