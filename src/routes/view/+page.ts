// The worker's view paints from HTML: "Opening…" and Help now are in the prerendered page; the
// summary itself is read from the address's #, in the browser, and never reaches a server.
export const ssr = true;
export const prerender = true;
