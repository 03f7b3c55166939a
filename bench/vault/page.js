// Runs inside Chromium (built by bench/vault/measure.js): times the real vault, with Argon2id in
// its worker, Dexie, tweetnacl and valibot, beside plain Dexie storing the same entries unencrypted.
// Returns every timing; the Node side takes medians.
import Dexie from 'dexie';
import { newRecordId } from '$lib/crypto/record-id';
import { journalEntryKind } from '$lib/domain/journal/journal-entry';
import { calibrateInWorker, deriveInWorker } from '$lib/vault/kdf-client';
import { PendingRecoveryKey } from '$lib/vault/pending-recovery-key';
import { defineDatabase } from '$lib/vault/schema';
import { Vault } from '$lib/vault/vault.svelte';

const passphrase = 'a long walk by the river every morning';
const batch = 500;
const prose = `today I walked to the river and sat for a while the morning was slow but I
	made tea called my sister and wrote down three things that helped sleep came late again
	still I noticed the light on the water felt calmer after lunch went to the group kept my
	appointment cooked something simple tomorrow I want to rest more and ask for help early`;
const words = prose.split(/\s+/);

/** A seeded generator, so every run stores the same entries and so the same sizes. */
function random(seed) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
	};
}

/** Journal entry n: a short title and 300 to 900 characters of sentences, like a day's note. */
function entry(n) {
	const next = random(n + 1);
	const phrase = (count) =>
		Array.from({ length: count }, () => words[Math.floor(next() * words.length)]).join(' ');
	const length = 300 + Math.floor(next() * 600);
	let text = '';
	while (text.length < length)
		text += `${phrase(6 + Math.floor(next() * 10))}.${next() < 0.2 ? '\n' : ' '}`;
	return { title: phrase(2 + Math.floor(next() * 4)), text: text.slice(0, length) };
}

async function time(work) {
	const started = performance.now();
	const result = await work();
	return { ms: performance.now() - started, result };
}

/** A journal created with the real calibration, then unlocked again and again, as a person does. */
async function unlock(runs) {
	const kdfMs = [];
	// The real worker-based derive, timed alone so the report can split Argon2id from the rest.
	const derive = async (secret, params) => {
		const { ms, result } = await time(() => deriveInWorker(secret, params));
		kdfMs.push(ms);
		return result;
	};
	const database = () => defineDatabase(undefined, 'bench-vault');
	const vault = new Vault({ derive, calibrate: calibrateInWorker, database });
	await vault.open();
	await vault.create(passphrase, new PendingRecoveryKey());
	kdfMs.length = 0;
	const unlockMs = [];
	for (let run = 0; run < runs; run++) {
		vault.lock();
		unlockMs.push((await time(() => vault.unlockWithPassphrase(passphrase))).ms);
		// A quick unlock may calibrate again and re-wrap the key in the background: not part of
		// the unlock the person waits for, so its derivations are left out of the timings.
		const timed = kdfMs.length;
		await vault.settled();
		kdfMs.length = timed;
	}
	// The parameters the unlocks ended on, which a background re-wrap may have raised.
	const { memoryKiB, iterations, parallelism } = vault.internals().keys.kdf;
	return { vault, cost: { memoryKiB, iterations, parallelism }, unlockMs, kdfMs };
}

function plainDatabase() {
	const db = new Dexie('bench-plain');
	db.version(1).stores({ records: 'id, kind' });
	return db;
}

function plainEntry(n) {
	const now = new Date().toISOString();
	return {
		id: newRecordId(),
		kind: journalEntryKind.name,
		...entry(n),
		createdAt: now,
		updatedAt: now
	};
}

/** Entries from..to through the repository, one transaction per batch, as an import would. */
async function fillVault(records, from, to) {
	for (let start = from; start < to; start += batch)
		await records.atomically(async () => {
			for (let n = start; n < Math.min(to, start + batch); n++)
				await records.create(journalEntryKind, entry(n));
		});
}

async function fillPlain(db, from, to) {
	for (let start = from; start < to; start += batch) {
		const rows = [];
		for (let n = start; n < Math.min(to, start + batch); n++) rows.push(plainEntry(n));
		await db.records.bulkAdd(rows);
	}
}

const newestFirst = (a, b) => b.updatedAt.localeCompare(a.updatedAt);

/**
 * Reads every entry both ways, alternating which goes first so neither always meets a warm cache.
 * The plain side sorts newest first too, because repository.list does and a list screen needs it.
 */
async function reads(records, plain, count, runs) {
	const vault = () => records.list(journalEntryKind);
	const bare = async () =>
		(await plain.records.where('kind').equals(journalEntryKind.name).toArray()).sort(newestFirst);
	const vaultMs = [];
	const plainMs = [];
	// Run 0 warms the JIT and the caches and is not counted.
	for (let run = 0; run <= runs; run++) {
		const pair = run % 2 ? [vault, bare] : [bare, vault];
		for (const read of pair) {
			const { ms, result } = await time(read);
			if (result.length !== count) throw new Error(`Read ${result.length} entries, not ${count}.`);
			if (run > 0) (read === vault ? vaultMs : plainMs).push(ms);
		}
	}
	return { records: count, vaultMs, plainMs };
}

/** One entry at a time, each its own committed transaction, into a journal already full. */
async function writes(records, plain, runs, from) {
	const vaultMs = [];
	const plainMs = [];
	for (let run = 0; run < runs; run++) {
		vaultMs.push((await time(() => records.create(journalEntryKind, entry(from + run)))).ms);
		plainMs.push((await time(() => plain.records.add(plainEntry(from + run)))).ms);
	}
	return { vaultMs, plainMs };
}

window.measureVault = async ({ sizes, readRuns, unlockRuns, writeRuns }) => {
	const { vault, ...unlocked } = await unlock(unlockRuns);
	const plain = plainDatabase();
	const results = [];
	let stored = 0;
	for (const size of sizes) {
		await fillVault(vault.records, stored, size);
		await fillPlain(plain, stored, size);
		stored = size;
		results.push(await reads(vault.records, plain, size, readRuns));
	}
	const written = await writes(vault.records, plain, writeRuns, stored);
	const chars = Array.from({ length: stored }, (_, n) => entry(n).text.length);
	vault.close();
	plain.close();
	return {
		unlock: unlocked,
		reads: results,
		write: written,
		entryChars: {
			min: Math.min(...chars),
			max: Math.max(...chars),
			mean: chars.reduce((sum, c) => sum + c, 0) / chars.length
		}
	};
};
