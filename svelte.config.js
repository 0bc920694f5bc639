import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    // CHISO_BUILD_OUT / CHISO_KIT_OUT let parallel work trees build side by side without clobbering build/.
    adapter: adapter({ out: process.env.CHISO_BUILD_OUT ?? 'build', precompress: false }),
    outDir: process.env.CHISO_KIT_OUT ?? '.svelte-kit',
    // Every form and fetch that changes state is checked against Origin (CSRF).
    csrf: { trustedOrigins: [] },
    // All CSS inline in the page (7 KiB compressed): the first paint waits for no stylesheet round trip.
    inlineStyleThreshold: 1024 * 1024,
    // Registered by the layout once DuckDB has settled (src/lib/present/serviceWorkerStart.ts), not at load.
    serviceWorker: { register: false }
  }
};
export default config;
