// Runs inside Chromium (built by bench/my-data/measure.js): the My data screen's own work, timed
// with the app's code on a real vault. The journey's ten years (bench/journey/dataset.js) and the
// search benchmark's journal entries (bench/search/entries.js) are written once; then each round
// makes the full Markdown export and the check-ins CSV as make-export.ts does, and brings in a
// Daylio file as ImportData.svelte does: read and planned in the import worker (ImportReader),
// checked against the import log, then written into a fresh vault in one transaction.
import { journalEntryKind, newJournalEntry } from '$lib/domain/journal/journal-entry';
import { emptyImportLog, importLogKind, refuseIfImported } from '$lib/domain/imports/import-log';
import { checkinsCsvPaced } from '$lib/features/my-data/export/checkins-csv';
import {
	journalMarkdownPaced,
	journalPartIds
} from '$lib/features/my-data/export/journal-markdown';
import { loadExportData } from '$lib/features/my-data/export-sources';
import { ImportReader } from '$lib/features/my-data/import-reader';
import { writeImport } from '$lib/features/my-data/write-import';
import { loadScales } from '$lib/features/records/checkin-store';
import { vault } from '$lib/vault';
import { deriveInWorker } from '$lib/vault/kdf-client';
import { PendingRecoveryKey } from '$lib/vault/pending-recovery-key';
import { defineDatabase } from '$lib/vault/schema';
import { readSingle } from '$lib/vault/single-record';
import { Vault } from '$lib/vault/vault.svelte';
import { writeJourney } from '../journey/dataset.js';
import { journalEntries } from '../search/entries.js';

const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
/** Entries written per transaction while seeding: only to seed quickly, nothing is timed. */
const batch = 250;

// Every long task (over 50 ms) on the main thread, and every long animation frame, whose scripts
// say what ran in it; each operation keeps those that overlap it.
const longTasks = [];
const longFrames = [];
new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({
	type: 'longtask',
	buffered: true
});
if (PerformanceObserver.supportedEntryTypes.includes('long-animation-frame'))
	new PerformanceObserver((list) => longFrames.push(...list.getEntries())).observe({
		type: 'long-animation-frame',
		buffered: true
	});

const overlapping = (entries, start, end) =>
	entries.filter((e) => e.startTime < end && e.startTime + e.duration > start);

/** What Chromium says ran in the longest frame: the callbacks that took the most of it. */
function attribution(frames) {
	const longest = frames.toSorted((a, b) => b.duration - a.duration)[0];
	if (!longest) return [];
	return /** @type {any[]} */ (longest.scripts ?? [])
		.toSorted((a, b) => b.duration - a.duration)
		.slice(0, 2)
		.map((s) => ({ invoker: s.invoker, ms: Math.round(s.duration) }));
}

/**
 * Runs `work(step)`, where `step(name)` marks the end of a stage; returns the time taken, each
 * stage's share, and the longest main-thread task while it ran (0 when none passed 50 ms), with
 * the stage it began in.
 */
async function timed(work) {
	const start = performance.now();
	/** @type {Record<string, number>} */
	const steps = {};
	const ends = [];
	let last = start;
	const step = (name) => {
		const now = performance.now();
		steps[name] = now - last;
		ends.push({ name, at: now });
		last = now;
	};
	const result = await work(step);
	const end = performance.now();
	// Observers are told after the task ends: a moment for the last of them to arrive.
	await new Promise((resolve) => setTimeout(resolve, 100));
	const tasks = overlapping(longTasks, start, end);
	const longest = tasks.toSorted((a, b) => b.duration - a.duration)[0];
	return {
		ms: end - start,
		steps,
		longestTaskMs: longest?.duration ?? 0,
		longestTaskIn: longest ? (ends.find((e) => longest.startTime < e.at)?.name ?? null) : null,
		longTasks: tasks.length,
		where: attribution(overlapping(longFrames, start, end)),
		result
	};
}

/** The journal the exports are made from: the journey's years, then the entries, on their days. */
window.setUpMyData = async ({ passphrase, journey, entries: count }) => {
	await vault.open();
	await vault.create(passphrase, new PendingRecoveryKey());
	const journeyCounts = await writeJourney(journey);
	const entries = journalEntries({ count, years: journey.years, rareWord: '', rarePlanted: 0 });
	for (let from = 0; from < entries.length; from += batch)
		await vault.records.atomically(async () => {
			for (const { at, data } of entries.slice(from, from + batch))
				await vault.records.create(
					journalEntryKind,
					{ ...newJournalEntry(), ...data },
					{ createdAt: new Date(at).toISOString() }
				);
		});
	return { ...journeyCounts, entries: entries.length };
};

/** The Markdown export of every part, as make-export.ts makes it when all parts are chosen. */
window.timeMarkdown = () =>
	timed(async (step) => {
		const now = new Date();
		const chosen = new Set(journalPartIds);
		const { data } = await loadExportData(chosen, now);
		step('load');
		const markdown = await journalMarkdownPaced(data, { timeZone, now, parts: chosen });
		step('write');
		const bytes = new Blob([markdown]).size;
		return { bytes, checkins: data.checkins?.length ?? 0, entries: data.entries?.length ?? 0 };
	});

/** The check-ins CSV, every check-in, as make-export.ts makes it. */
window.timeCheckinsCsv = () =>
	timed(async (step) => {
		const { data } = await loadExportData(new Set(['checkins']));
		step('load');
		const checkins = data.checkins ?? [];
		if (!checkins.length) throw new Error('No check-ins to export.');
		const csv = await checkinsCsvPaced(checkins, data.scales ?? (await loadScales()), {
			timeZone
		});
		step('write');
		return { bytes: new Blob([csv]).size, rows: checkins.length };
	});

let importVault = null;
let importRound = 0;

/** A fresh, empty journal for the next import, untimed; its own database beside the seeded one. */
window.freshImportVault = async () => {
	await window.endImportVault();
	const name = `bench-import-${importRound++}`;
	// Argon2id at the cost the seeded journal calibrated, without calibrating again.
	const { memoryKiB, iterations, parallelism } = vault.internals().keys.kdf;
	importVault = new Vault({
		derive: deriveInWorker,
		calibrate: async () => ({ memoryKiB, iterations, parallelism }),
		database: () => defineDatabase(undefined, name)
	});
	await importVault.open();
	await importVault.create('a fresh journal for the import', new PendingRecoveryKey());
	return name;
};

window.endImportVault = async () => {
	if (!importVault) return;
	const db = importVault.database();
	importVault.close();
	await db.delete();
	importVault = null;
};

/**
 * Bringing in the Daylio file as the screen does: the file picked is read and planned in the
 * import worker (a new one for each file, as the screen starts), the plan checked against the
 * import log, and, as if "Bring these in" were pressed at once, written in one transaction.
 */
window.timeImport = (csv) => {
	const records = importVault.records;
	const file = new File([csv], 'daylio_export.csv', { type: 'text/csv' });
	const reader = new ImportReader();
	return timed(async (step) => {
		const settings = await loadScales(records);
		const answer = await reader.read(file, settings);
		// Null only for an answer overtaken by a later request, which the bench never makes.
		if (!answer) throw new Error('The import reader answered nothing.');
		if (answer.type === 'failed') throw new Error(`The import failed: ${answer.message}`);
		step('read');
		const log = await readSingle(records, importLogKind, emptyImportLog);
		refuseIfImported(log, answer.plan.fingerprint);
		step('checked');
		const written = await writeImport(answer.plan, records);
		step('written');
		reader.end();
		return {
			...written,
			bytes: file.size,
			rows: answer.plan.rows.length,
			skipped: answer.plan.skipped.length
		};
	});
};
