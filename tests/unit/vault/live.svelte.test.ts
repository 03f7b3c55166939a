import { flushSync } from 'svelte';
import * as v from 'valibot';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineKind } from '$lib/domain/record-kind';
import { liveLoad } from '$lib/vault/live.svelte';
import type { Reader } from '$lib/vault/repository';
import type { Vault } from '$lib/vault/vault.svelte';
import { newJournal, testVault } from './helpers';

// Live reloads on changes to exactly the kinds its last load read, here or in another tab.
const note = v.object({ words: v.string() });
const notes = defineKind('test-notes', note);
const extras = defineKind('test-extras', note);
const others = defineKind('test-others', note);

let open: Vault[] = [];
let stops: (() => void)[] = [];
afterEach(() => {
	for (const stop of stops) stop();
	for (const vault of open) vault.close();
	stops = [];
	open = [];
});

async function journal() {
	const made = await newJournal();
	open.push(made.vault);
	return made;
}

/** A Live load, counting its loads; it reads `extras` only once a note exists. */
function watching(vault: Vault) {
	const seen = { loads: 0 };
	let live!: ReturnType<typeof liveLoad<string[]>>;
	stops.push(
		$effect.root(() => {
			live = liveLoad(vault, async (records: Reader) => {
				seen.loads++;
				const found = await records.list(notes);
				const more = found.length ? await records.list(extras) : [];
				return [...found, ...more].map((r) => r.data.words).sort();
			});
		})
	);
	flushSync();
	return {
		seen,
		get value() {
			return live.value;
		}
	};
}

/** Lets every change and load that is under way settle. */
async function settled() {
	for (let n = 0; n < 5; n++) {
		await new Promise((done) => setTimeout(done, 10));
		flushSync();
	}
}

describe('Live', () => {
	it('reloads when a kind it read changes', async () => {
		const { vault } = await journal();
		const live = watching(vault);
		await vi.waitFor(() => expect(live.value).toEqual([]));
		await vault.records.create(notes, { words: 'a walk' });
		await vi.waitFor(() => expect(live.value).toEqual(['a walk']));
		expect(live.seen.loads).toBe(2);
	});

	it('does not reload when a kind it did not read changes', async () => {
		const { vault } = await journal();
		const live = watching(vault);
		await vi.waitFor(() => expect(live.value).toEqual([]));
		await vault.records.create(others, { words: 'elsewhere' });
		// Not read while there is no note: not watched yet either.
		await vault.records.create(extras, { words: 'an extra' });
		await settled();
		expect(live.seen.loads).toBe(1);
	});

	it('picks up a kind read only on a later load', async () => {
		const { vault } = await journal();
		const live = watching(vault);
		await vi.waitFor(() => expect(live.value).toEqual([]));
		await vault.records.create(notes, { words: 'a walk' });
		await vi.waitFor(() => expect(live.value).toEqual(['a walk']));
		await vault.records.create(extras, { words: 'an extra' });
		await vi.waitFor(() => expect(live.value).toEqual(['a walk', 'an extra']));
		await settled();
		expect(live.seen.loads).toBe(3);
	});

	it('reloads when another tab changes a kind it read', async () => {
		const { vault, name, passphrase } = await journal();
		const other = testVault(name);
		open.push(other);
		await other.open();
		await other.unlockWithPassphrase(passphrase);
		const live = watching(vault);
		await vi.waitFor(() => expect(live.value).toEqual([]));
		await other.records.create(others, { words: 'elsewhere' });
		await other.records.create(notes, { words: 'from the other tab' });
		await vi.waitFor(() => expect(live.value).toEqual(['from the other tab']));
		await settled();
		expect(live.seen.loads).toBe(2);
	});
});
