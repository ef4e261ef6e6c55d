/** The papers in reading order: grouped by first topic (in the site's topic order), then by title. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { topics, type Topic } from './schema';

export type Paper = CollectionEntry<'papers'>;

const topicOrder = Object.keys(topics) as Topic[];

export async function getPapers(): Promise<Paper[]> {
  const all = await getCollection('papers');
  return all.sort((a, b) => {
    const ta = topicOrder.indexOf(a.data.topics[0]);
    const tb = topicOrder.indexOf(b.data.topics[0]);
    return ta - tb || a.data.title.localeCompare(b.data.title, 'en');
  });
}

/** "Peter Richtárik, Elnur Gasanov and Konstantin Burlachenko" */
export function authorList(authors: string[]): string {
  const named = authors.filter((a) => !/^et al\.?$/i.test(a));
  const etAl = named.length < authors.length;
  if (etAl) return `${named.join(', ')} et al.`;
  if (named.length <= 2) return named.join(' and ');
  return `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}`;
}
