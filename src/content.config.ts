/** Astro collections, derived from the zod schemas in src/lib/schema (the single source). */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionSchemas, type CollectionName } from './lib/schema/index.ts';

const mdxCollection = (name: CollectionName) =>
  defineCollection({
    loader: glob({ pattern: '*.mdx', base: `./content/${name}` }),
    schema: collectionSchemas[name],
  });

export const collections = {
  consultations: mdxCollection('consultations'),
  feedback: mdxCollection('feedback'),
  strategies: mdxCollection('strategies'),
  standards: mdxCollection('standards'),
};
