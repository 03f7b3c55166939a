// Waymark is a single-page app: everything renders on the person's device, nothing on a server.
export const ssr = false;
export const prerender = false;

// Yield to the browser once between starting the router and drawing the first screen, so start-up
// runs as two shorter tasks instead of one long one that would delay the person's first tap.
export const load = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
