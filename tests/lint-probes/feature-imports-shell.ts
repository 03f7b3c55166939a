// as: src/lib/features/goals/probe.ts
// The shell puts features together; a feature never reaches up to it.
import { navItems } from '$lib/shell/nav-items';

export const probe = navItems;
