/**
 * Under `astro dev` only. The local proxy works in the checkout's own git repository: saving, moving and
 * publishing an entry checks its `cms/...` branch out and back, so content files change under `astro dev`,
 * whose Vite client then reloads every open page, this one included, dropping the editor's unsaved work.
 * Vite lets a page's listener see the reload before it happens; naming another page in it keeps this one.
 */
export function keepEditorThroughReloads(): void {
  import.meta.hot?.on('vite:beforeFullReload', (payload: { path?: string }) => {
    payload.path = '/not-the-content-manager.html';
  });
}
