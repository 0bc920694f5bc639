// SvelteKit's client asks for a route's modules on every navigation, even to the page already shown
// (`nodes[i]()`, a dynamic import through Vite's preload helper). An import() of a module that is already
// loaded still resolves a task later, and that task waits behind the frame the browser draws meanwhile: a
// CPU profile of a year change on /xep-hang showed ~6 ms idle between the change and the page's load
// function, on every redraw. Each loader here keeps its first promise, so the next navigation awaits a
// settled promise (a microtask). A failed import (the network) is not kept: the next navigation asks again.

const LOADER = /\(\) => import\(('\.\/nodes\/\d+(?:\.js)?')\)/g;

/**
 * The generated app.js with each node loader wrapped in `once`; unchanged where it has none.
 * @param {string} code
 * @returns {string}
 */
export function onceNodeLoaders(code) {
  if (!LOADER.test(code)) return code;
  LOADER.lastIndex = 0;
  const once =
    'const __chisoOnce = (load) => { let p = null; return () => (p ??= load().catch((e) => { p = null; throw e; })); };\n';
  return once + code.replace(LOADER, (/** @type {string} */ _, /** @type {string} */ path) => `__chisoOnce(() => import(${path}))`);
}

/**
 * The Vite plugin: SvelteKit's generated client manifest only.
 * @returns {import('vite').Plugin}
 */
export function onceNodeLoadersPlugin() {
  return {
    name: 'chiso-once-node-loaders',
    /** @param {string} code @param {string} id */
    transform(code, id) {
      if (!/\.svelte-kit\/generated\/client(-optimized)?\/app\.js$/.test(id)) return null;
      return { code: onceNodeLoaders(code), map: null };
    }
  };
}
