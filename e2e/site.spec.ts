import { expect, test } from '@playwright/test';
import { slugs } from './support/pages';
import { watchPage } from './support/figures';

// Every page is opened and checked by pages.spec.ts; these are the site-wide behaviours.
test('there is a page for each of the 62 papers', () => {
  expect(slugs).toHaveLength(62);
});

test('the catalogue lists every paper and the topic filter narrows it', async ({ page }) => {
  const problems = await watchPage(page);
  await page.goto('/');
  const cards = page.locator('[data-catalogue] > li');
  await expect(cards).toHaveCount(62);
  await page.getByRole('button', { name: /^Continual learning/ }).click();
  await expect(page.locator('[data-catalogue] > li:visible')).toHaveCount(3);
  await expect(page.getByRole('status')).toHaveText('Showing 3 of 62 papers.');
  await expect(page).toHaveURL(/topic=continual-learning/);
  await page.getByRole('button', { name: /^All/ }).click();
  await expect(page.locator('[data-catalogue] > li:visible')).toHaveCount(62);
  expect(await problems()).toEqual([]);
});

test('a topic page lists exactly the papers of that topic', async ({ page }) => {
  await page.goto('/topics/scientific-ml/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Scientific machine learning');
  await expect(page.locator('.grid > li')).toHaveCount(2);
});

test('the theme toggle persists across a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
});

test('the theme follows prefers-color-scheme when nothing is stored', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/about/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('a paper page links to the previous and next paper and to the catalogue', async ({ page }) => {
  await page.goto(`/papers/${slugs[0]}/`);
  const nav = page.getByRole('navigation', { name: 'Previous and next paper' });
  await expect(nav.getByRole('link')).not.toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Catalogue' })).toBeVisible();
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
});
