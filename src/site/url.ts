/** Site-relative links that respect the deploy base path (GitHub Pages serves under /<repo>/). */
const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** `href('consultations/')` -> `/consultations/` or `/my-repo/consultations/`. External links pass through. */
export function href(path: string): string {
  if (/^[a-z]+:/i.test(path)) return path;
  return base + path.replace(/^\//, '');
}

export const consultationHref = (slug: string) => href(`consultations/${slug}/`);
export const feedbackHref = (slug: string) => href(`feedback/${slug}/`);
