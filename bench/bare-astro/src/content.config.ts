import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  consultations: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/consultations' }) }),
  feedback: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/feedback' }) }),
};
