// @ts-check
// The bare Astro baseline: the same MDX files, one page each and one list page, no other features.
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
  integrations: [mdx()],
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  vite: {
    build: {
      rollupOptions: {
        // The same log filter as the site, so neither build pays for 20,000 identical warnings.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
