// as: src/lib/features/records/probe.ts
// A shared folder imports one listed after it, which could make a cycle.
import { text } from '$lib/features/search/text';

export const probe = text;
