// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { loadSettings } from './src/lib/content/settings.ts';
import { decapPrebuilt } from './src/integrations/decap-prebuilt.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { lastModified } from './src/site/last-modified.ts';

// Read like every other reading of the settings: the content reader's YAML options, validated by the schema.
const siteSettings = loadSettings(fileURLToPath(new URL('.', import.meta.url))).site;

// GitHub Pages serves a project site under /<repository>/: the deploy workflow sets BASE_PATH and SITE_URL.
const base = process.env.BASE_PATH || '/';
const site = process.env.SITE_URL || siteSettings.site.url;

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  integrations: [
    mdx(),
    sitemap({
      filter: (page) => !page.includes('/admin/'),
      // A content page's <lastmod> is the "Last updated" day its page history shows (src/site/last-modified.ts).
      serialize: (item) => {
        const day = lastModified(item.url);
        return day ? { ...item, lastmod: day } : item;
      },
    }),
    searchIndex(),
    decapPrebuilt(),
  ],
  build: {
    format: 'directory',
    // Styles as files, never inline, so every page's Content-Security-Policy can say style-src 'self' (src/site/csp.ts).
    inlineStylesheets: 'never',
    // Pages are rendered a few at a time, so one page's file writes overlap the next page's rendering:
    // at archive scale the writes are a third of page generation on a small machine.
    concurrency: 8,
  },
  devToolbar: { enabled: false },
  vite: {
    build: {
      // Keep the search island as its own file: Astro 7 inlines small scripts and then leaves Vite's
      // __VITE_PRELOAD__ marker unreplaced around the dynamic import of Pagefind (withastro/astro#17265).
      assetsInlineLimit: 0,
      rollupOptions: {
        onwarn(warning, warn) {
          // Every MDX module carries Astro's head-inject directive; the warning is noise at archive scale.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
