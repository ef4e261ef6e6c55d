/**
 * The frontmatter schema of a paper page. Shared by the content collection (which fails the
 * build on a bad file, naming the file and the field) and by its unit test.
 */
import { z } from 'astro/zod';

export const topics = {
  'preference-alignment': 'Preference alignment',
  'loss-functions': 'Loss functions',
  'learning-theory': 'Learning theory',
  optimization: 'Optimisation',
  'online-learning-regret': 'Online learning and regret',
  'rl-control': 'Reinforcement learning and control',
  'contrastive-ssl': 'Contrastive and self-supervised learning',
  'distillation-compression': 'Distillation and compression',
  'recommender-feedback': 'Recommenders and implicit feedback',
  'continual-learning': 'Continual learning',
  'scientific-ml': 'Scientific machine learning',
} as const;

export type Topic = keyof typeof topics;
const topicIds = Object.keys(topics) as [Topic, ...Topic[]];
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case paper slug');

export const paperSchema = z
  .object({
    title: z.string().min(5),
    arxiv: z.string().regex(/^\d{4}\.\d{4,5}$/, 'must be a new-style arXiv id such as 2402.10774'),
    authors: z.array(z.string().min(2)).min(1),
    year: z.number().int().min(1990).max(2030),
    venue: z.string().min(2),
    code: z.string().url().optional(),
    topics: z.array(z.enum(topicIds)).min(1),
    summary: z.string().min(20).max(220),
    related: z.array(slug).default([]),
  })
  .strict();

export type PaperMeta = z.infer<typeof paperSchema>;
