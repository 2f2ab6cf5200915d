/** Astro collections, derived from the zod schemas in src/lib/schema (the single source). */
import { defineCollection } from 'astro:content';
import { collectionSchemas, type CollectionName } from './lib/schema/index.ts';
import { contentLoader } from './site/content-loader.ts';

const mdxCollection = (name: CollectionName) =>
  defineCollection({
    // MDX files whose bodies are rendered as Markdown: see site/content-loader.ts for why.
    loader: contentLoader(name),
    schema: collectionSchemas[name],
  });

export const collections = {
  consultations: mdxCollection('consultations'),
  feedback: mdxCollection('feedback'),
  strategies: mdxCollection('strategies'),
  standards: mdxCollection('standards'),
};
