import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { slugs } from './support/pages';

/** Plain prose sentences of a page body (no maths, links, headings or markup). */
function proseWords(slug: string): string[] {
  const body = readFileSync(`content/papers/${slug}.mdx`, 'utf8').replace(/^---[\s\S]*?---/, '');
  return body
    .split('\n')
    .filter((l) => l && !/^(#|\$|\||import|<|\d+\.|-)/.test(l))
    .join(' ')
    .replace(/\$[^$]*\$|\[[^\]]*\]\([^)]*\)|[*_`]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

/** A five-word phrase that occurs in this page's body and in no other page's source. */
function uniquePhrase(slug: string): string {
  const words = proseWords(slug);
  const others = slugs
    .filter((s) => s !== slug)
    .map((s) => readFileSync(`content/papers/${s}.mdx`, 'utf8').toLowerCase());
  for (let i = 40; i + 5 < words.length; i++) {
    const phrase = words
      .slice(i, i + 5)
      .join(' ')
      .replace(/[.,;:()"']/g, '');
    if (phrase.split(' ').every((w) => /^[a-z]{4,}$/i.test(w)) && !others.some((o) => o.includes(phrase.toLowerCase())))
      return phrase;
  }
  throw new Error(`no unique phrase found in ${slug}`);
}

test('full-text search finds a page by a phrase that occurs only in its body', async ({ page }) => {
  const slug = 'error-feedback-reloaded';
  const phrase = uniquePhrase(slug);
  await page.goto(`/search/?q=${encodeURIComponent(phrase)}`);
  await expect(page.locator(`.pagefind-ui__result-link[href*="/papers/${slug}/"]`).first()).toBeVisible();
});

test('the header search box opens the search page with the query', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Search the explainers' }).fill('grokking');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=grokking/);
  await expect(page.locator('.pagefind-ui__result-link[href*="/papers/grokking-lazy-rich/"]').first()).toBeVisible();
});
