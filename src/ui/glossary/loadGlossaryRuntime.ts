/** The termbase compiler and the built-in termbase, fetched on first use (a separate chunk). */
export const loadGlossaryRuntime = () => import('./glossaryRuntime');
