// as: src/lib/features/sharing/probe.ts — the app never loads the relay's server packages.
import { Hono } from 'hono';

export const probe = new Hono();
