import { describe, expect, it } from 'vitest';
import { citationKey, explainerBibtex, paperBibtex } from './bibtex';
import type { PaperMeta } from './schema';

const meta: PaperMeta = {
  title: 'Error Feedback Reloaded: From Quadratic to Arithmetic Mean of Smoothness Constants',
  arxiv: '2402.10774',
  authors: ['Peter Richtárik', 'Elnur Gasanov', 'Konstantin Burlachenko'],
  year: 2024,
  venue: 'ICLR 2024',
  topics: ['optimization'],
  summary: 'Error feedback converges with step sizes set by the mean smoothness constant.',
  related: [],
};

describe('bibtex', () => {
  it('builds an ASCII key from surname, year and first significant title word', () => {
    expect(citationKey(meta)).toBe('richtarik2024error');
    expect(citationKey({ ...meta, title: 'The Z-loss: a shift', authors: ['Alexandre de Brébisson'] })).toBe(
      'brebisson2024loss',
    );
  });
  it('writes an @inproceedings entry for a conference paper', () => {
    expect(paperBibtex(meta)).toBe(
      [
        '@inproceedings{richtarik2024error,',
        '  title = {{Error Feedback Reloaded: From Quadratic to Arithmetic Mean of Smoothness Constants}},',
        '  author = {Peter Richtárik and Elnur Gasanov and Konstantin Burlachenko},',
        '  year = {2024},',
        '  booktitle = {ICLR 2024},',
        '  eprint = {2402.10774},',
        '  archivePrefix = {arXiv},',
        '  url = {https://arxiv.org/abs/2402.10774}',
        '}',
      ].join('\n'),
    );
  });
  it('writes @misc for preprints, @article for journals, and "others" for et al.', () => {
    const pre = paperBibtex({ ...meta, venue: 'preprint', authors: ['A B', 'et al.'] });
    expect(pre).toMatch(/^@misc\{/);
    expect(pre).toContain('author = {A B and others}');
    expect(pre).not.toContain('booktitle');
    expect(paperBibtex({ ...meta, venue: 'Neural Networks 132' })).toMatch(
      /^@article\{[\s\S]*journal = \{Neural Networks 132\}/,
    );
  });
  it('escapes BibTeX special characters', () => {
    expect(paperBibtex({ ...meta, title: 'Q&A at 100% with x_1' })).toContain('Q\\&A at 100\\% with x\\_1');
  });
  it('cites the explainer page with its URL', () => {
    const b = explainerBibtex(meta, 'https://example.org/papers/error-feedback-reloaded/', 2026);
    expect(b).toMatch(/^@misc\{feedbackloop2026richtarik2024error,/);
    expect(b).toContain('howpublished = {\\url{https://example.org/papers/error-feedback-reloaded/}}');
  });
});
