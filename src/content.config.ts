import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { paperSchema } from './lib/papers/schema';

const papers = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/papers' }),
  schema: paperSchema,
});

export const collections = { papers };
