// Whether this page's script has taken over from the server-rendered HTML. Forms used before then would
// post nowhere or lose what was typed, so they stay disabled and say so (data-hydrated). Set once by the
// root layout's onMount, which runs after every child has mounted; never set during server rendering.
export const hydration = $state({ done: false });
