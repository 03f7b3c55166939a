// as: src/lib/features/goals/probe.ts
// One feature reaches into another by climbing out of its folder.
import { text } from '../plan/text';

export const probe = text;
