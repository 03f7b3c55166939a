import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
	journalEntryKind,
	journalEntryLimits,
	newJournalEntry,
	type JournalEntry
} from '$lib/domain/journal/journal-entry';
import { vault } from '$lib/vault';
import { PendingRecoveryKey } from '$lib/vault/pending-recovery-key';
import { Draft } from '$lib/features/autosave/draft.svelte';

// Draft saves through the app's one vault; here that is a vault on fake-indexeddb with a fast
// key derivation (tests/unit/vault/helpers.ts), since Node has no Web Worker to derive in.
vi.mock('$lib/vault', async () => {
	const { testVault } = await import('../../vault/helpers');
	return { vault: testVault() };
});

const passphrase = 'a quiet harbour at dawn';
const history = async (draft: Draft<JournalEntry>) =>
	(await vault.records.history(journalEntryKind, draft.current!.id)).map((v) => v.data.text);
const settled = (draft: Draft<JournalEntry>) =>
	vi.waitFor(() => expect(draft.state).toBe('saved'), { timeout: 3000 });

beforeAll(async () => {
	await vault.open();
	await vault.create(passphrase, new PendingRecoveryKey());
});
beforeEach(async () => {
	if (vault.status !== 'unlocked') await vault.unlockWithPassphrase(passphrase);
});
afterEach(() => vi.restoreAllMocks());

describe('Draft', () => {
	it('starts saved, from a copy of the record or of the empty value', () => {
		const empty = newJournalEntry();
		const draft = new Draft(journalEntryKind, null, empty);
		expect(draft.state).toBe('saved');
		expect(draft.current).toBeNull();
		draft.data.text = 'changed';
		expect(empty.text).toBe('');
	});

	it('saves a moment after the person pauses, not at each change', async () => {
		const draft = new Draft(journalEntryKind, null, newJournalEntry());
		draft.data.text = 'The sea';
		draft.changed();
		draft.data.text = 'The sea was calm';
		draft.changed();
		expect(draft.state).toBe('unsaved');
		expect(draft.current).toBeNull();
		await settled(draft);
		const saved = await vault.records.get(journalEntryKind, draft.current!.id);
		expect(saved?.data.text).toBe('The sea was calm');
	});

	it('flush saves at once, and says saving until the disk has it', async () => {
		const draft = new Draft(journalEntryKind, null, newJournalEntry());
		draft.data.text = 'Now';
		draft.changed();
		draft.flush();
		expect(draft.state).toBe('saving');
		expect(draft.current?.data.text).toBe('Now');
		await settled(draft);
	});

	it('makes one sitting one revision: the version it started from is kept once', async () => {
		const first = new Draft(journalEntryKind, null, newJournalEntry());
		first.data.text = 'first';
		first.changed();
		first.flush();
		await settled(first);
		const saved = (await vault.records.get(journalEntryKind, first.current!.id))!;

		const sitting = new Draft(journalEntryKind, saved, newJournalEntry());
		for (const text of ['second', 'second, longer', 'second, longer still']) {
			sitting.data.text = text;
			sitting.changed();
			sitting.flush();
			await settled(sitting);
		}
		expect(await history(sitting)).toEqual(['second, longer still', 'first']);
	});

	it('restores an earlier version as a new one, keeping the one it replaced', async () => {
		const draft = new Draft(journalEntryKind, null, newJournalEntry());
		draft.data.text = 'old words';
		draft.changed();
		draft.flush();
		await settled(draft);
		const old = (await vault.records.get(journalEntryKind, draft.current!.id))!;
		const later = new Draft(journalEntryKind, old, newJournalEntry());
		later.data.text = 'new words';
		later.changed();
		later.flush();
		await settled(later);

		later.restore(old.data);
		expect(later.data.text).toBe('old words');
		await settled(later);
		expect(await history(later)).toEqual(['old words', 'new words', 'old words']);
	});

	it('saves nothing while the journal is locked, and saves once it is open again', async () => {
		const draft = new Draft(journalEntryKind, null, newJournalEntry());
		vault.lock();
		draft.data.text = 'typed as it locked';
		draft.changed();
		draft.flush();
		expect(draft.state).toBe('unsaved');
		expect(draft.current).toBeNull();
		await vault.unlockWithPassphrase(passphrase);
		draft.flush();
		await settled(draft);
		expect(draft.current?.data.text).toBe('typed as it locked');
	});

	it('says in plain words when a save fails, and tries again on the next flush', async () => {
		vi.spyOn(console, 'error').mockImplementation(() => {});
		const draft = new Draft(journalEntryKind, null, newJournalEntry());
		draft.data.text = 'x'.repeat(journalEntryLimits.text + 1);
		draft.changed();
		draft.flush();
		expect(draft.state).toBe('failed');
		expect(draft.failure).not.toBe('');
		expect(draft.current).toBeNull();
		draft.data.text = 'shorter';
		draft.flush();
		await settled(draft);
		expect(draft.current?.data.text).toBe('shorter');
	});

	it('after discard, nothing waiting is saved', async () => {
		const draft = new Draft(journalEntryKind, null, newJournalEntry());
		draft.data.text = 'deleted before the pause ended';
		draft.changed();
		draft.discard();
		expect(draft.state).toBe('saved');
		await new Promise((done) => setTimeout(done, 800));
		expect(draft.current).toBeNull();
	});
});
