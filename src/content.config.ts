/** Astro collections, derived from the zod schemas in src/lib/schema (the single source). */
import { defineCollection } from 'astro:content';
import { collectionSchemas } from './lib/schema/index.ts';
// MDX files whose bodies are rendered as Markdown: see site/content-loader.ts for why.
import { contentLoader } from './site/content-loader.ts';

// Spelt out per collection so each keeps its own schema's type in getCollection().
export const collections = {
  consultations: defineCollection({ loader: contentLoader('consultations'), schema: collectionSchemas.consultations }),
  feedback: defineCollection({ loader: contentLoader('feedback'), schema: collectionSchemas.feedback }),
  strategies: defineCollection({ loader: contentLoader('strategies'), schema: collectionSchemas.strategies }),
  standards: defineCollection({ loader: contentLoader('standards'), schema: collectionSchemas.standards }),
};
