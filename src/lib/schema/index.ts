/** The content model: one zod schema per content type. Everything else is derived from these. */
import { consultationSchema } from './consultation.ts';
import { feedbackSchema } from './feedback.ts';
import { standardSchema } from './standard.ts';
import { strategySchema } from './strategy.ts';

export * from './consultation.ts';
export * from './decision-trail.ts';
export * from './feedback.ts';
export * from './partnership.ts';
export * from './settings.ts';
export * from './standard.ts';
export * from './strategy.ts';
export { isoDate, slug, SLUG_PATTERN, type Decision } from './shared.ts';

/** The MDX collections, keyed by their folder under content/. */
export const collectionSchemas = {
  consultations: consultationSchema,
  feedback: feedbackSchema,
  strategies: strategySchema,
  standards: standardSchema,
} as const;

export type CollectionName = keyof typeof collectionSchemas;
export const COLLECTION_NAMES = Object.keys(collectionSchemas) as CollectionName[];
