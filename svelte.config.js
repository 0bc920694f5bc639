import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    adapter: adapter({ out: 'build', precompress: false }),
    // Every form and fetch that changes state is checked against Origin (CSRF).
    csrf: { trustedOrigins: [] }
  }
};
export default config;
