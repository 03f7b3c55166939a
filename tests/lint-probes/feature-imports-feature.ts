// as: src/lib/features/goals/probe.ts
// One feature reaches into another.
import { text } from '$lib/features/plan/text';

export const probe = text;
