// The welcome paints from HTML: this address is prerendered as a first visit (see AppShell for
// how a returning person sees "Opening…" instead). Every other screen renders in the browser.
export const ssr = true;
export const prerender = true;
