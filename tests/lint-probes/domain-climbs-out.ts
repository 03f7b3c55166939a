// as: src/lib/domain/journey/probe.ts
// Even inside one layer, another folder is named by its $lib path.
import { textLimits } from '../text-limits';

export const probe = textLimits;
