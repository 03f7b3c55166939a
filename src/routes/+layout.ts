// Waymark is a single-page app: everything renders on the person's device, nothing on a server.
export const ssr = false;
export const prerender = false;
