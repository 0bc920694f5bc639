// The bench's timing observers (run.mjs, profile.mjs) watch only what they wait for.
/**
 * What a MutationObserver must watch for `selector` to start matching: text and inserted nodes always, and
 * only the attributes the selector names. Watching every attribute is not free: a slope redraw writes ~640
 * of them, and the MutationRecords alone added ~4 ms to its median (interleaved A/B, 6 cold pages × 4 changes).
 * @param {string} selector
 * @returns {MutationObserverInit}
 */
export const observed = (selector) => {
  const attributeFilter = [...new Set([...selector.matchAll(/\[([\w-]+)\s*[~|^$*]?[=\]]/g)].map((m) => m[1]))];
  return { subtree: true, childList: true, characterData: true, ...(attributeFilter.length ? { attributeFilter } : {}) };
};
