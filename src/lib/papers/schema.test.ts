import { describe, expect, it } from 'vitest';
import { paperSchema } from './schema';

const good = {
  title: 'Error Feedback Reloaded: From Quadratic to Arithmetic Mean of Smoothness Constants',
  arxiv: '2402.10774',
  authors: ['Peter Richtárik', 'Elnur Gasanov', 'Konstantin Burlachenko'],
  year: 2024,
  venue: 'ICLR 2024',
  topics: ['optimization'],
  summary: 'Error feedback converges with step sizes set by the mean smoothness constant.',
  related: ['econtrol'],
};

function issuesOf(data: unknown): string[] {
  const r = paperSchema.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('paper frontmatter schema', () => {
  it('accepts a well-formed page', () => {
    expect(issuesOf(good)).toEqual([]);
  });
  it('names the missing field', () => {
    const { venue: _venue, ...rest } = good;
    expect(issuesOf(rest).join()).toMatch(/^venue: Required/);
  });
  it('rejects a malformed arXiv id with a useful message', () => {
    expect(issuesOf({ ...good, arxiv: 'arXiv:2402' }).join()).toMatch(/arxiv: must be a new-style arXiv id/);
  });
  it('rejects an unknown topic, a bad related slug, a non-URL code link and unknown keys', () => {
    expect(issuesOf({ ...good, topics: ['astrology'] })[0]).toMatch(/^topics\.0/);
    expect(issuesOf({ ...good, related: ['Not A Slug'] })[0]).toMatch(/related\.0: must be a kebab-case/);
    expect(issuesOf({ ...good, code: 'github/foo' })[0]).toMatch(/^code/);
    expect(issuesOf({ ...good, extra: 1 })[0]).toMatch(/Unrecognized key/);
  });
  it('rejects a summary that is too long', () => {
    expect(issuesOf({ ...good, summary: 'x'.repeat(300) })[0]).toMatch(/^summary/);
  });
});
