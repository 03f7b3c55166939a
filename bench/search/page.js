// Runs inside Chromium on the app's own origin (served beside the app's build): writes the journal
// the search benchmark then opens in the real app. The journey's ten years (the journey bench's
// own dataset.js), then the journal entries (entries.js), each through the vault's repository.
import { journalEntryKind, newJournalEntry } from '$lib/domain/journal/journal-entry';
import { vault } from '$lib/vault';
import { PendingRecoveryKey } from '$lib/vault/pending-recovery-key';
import { writeJourney } from '../journey/dataset.js';
import { journalEntries, startsAWord } from './entries.js';

const RealDate = Date;

/**
 * Calls `write` with the clock set to `ms`. The repository stamps a new record's createdAt from
 * `new Date()` before its first await, so the record is dated as if written then; the clock is
 * put back before anything else runs.
 */
function writtenAt(ms, write) {
	globalThis.Date = /** @type {any} */ (
		class extends RealDate {
			/** @param {any[]} args */
			constructor(...args) {
				if (args.length) super(.../** @type {[any]} */ (args));
				else super(ms);
			}
			static now() {
				return ms;
			}
		}
	);
	try {
		return write();
	} finally {
		globalThis.Date = RealDate;
	}
}

window.seed = async ({
	passphrase,
	journey,
	entries: count,
	commonWord,
	rareWord,
	rarePlanted
}) => {
	await vault.open();
	await vault.create(passphrase, new PendingRecoveryKey());
	const journeyCounts = await writeJourney(journey);

	const entries = journalEntries({ count, years: journey.years, rareWord, rarePlanted });
	for (const { at, data } of entries)
		await writtenAt(at, () =>
			vault.records.create(journalEntryKind, { ...newJournalEntry(), ...data })
		);

	// Read back, as the app will: every entry there, dated across the years.
	const { records } = await vault.records.listReadable(journalEntryKind);
	const dates = records.map((r) => r.createdAt).sort();
	const lengths = records.map((r) => r.data.text.length).sort((a, b) => a - b);
	const holding = (word) =>
		records.filter((r) => startsAWord(`${r.data.title}\n${r.data.text}\n${r.data.mood}`, word))
			.length;
	const counts = {
		...journeyCounts,
		entries: records.length,
		entryChars: {
			min: lengths[0],
			median: lengths[Math.floor(lengths.length / 2)],
			max: lengths.at(-1),
			total: lengths.reduce((sum, n) => sum + n, 0)
		},
		firstEntry: dates[0],
		lastEntry: dates.at(-1),
		entriesWithCommonWord: holding(commonWord),
		entriesWithRareWord: holding(rareWord)
	};
	vault.lock();
	vault.close();
	return counts;
};
