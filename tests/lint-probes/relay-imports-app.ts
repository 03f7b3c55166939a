// as: relay/src/probe.ts — the relay never imports the app.
import { openSummary } from '$lib/share/open-summary';

export const probe = openSummary;
