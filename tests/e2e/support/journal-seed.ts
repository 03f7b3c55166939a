import 'fake-indexeddb/auto';
import type { Page, Route } from '@playwright/test';
import { encodeBase64url } from '../../../src/lib/crypto/base64url';
import {
	defaultCost,
	deriveKeyFromPassphrase,
	newKdfParams,
	type ArgonCost,
	type KdfParams
} from '../../../src/lib/crypto/kdf';
import { generateDataKey, wrapKey } from '../../../src/lib/crypto/key-wrap';
import type { WrappedKeys } from '../../../src/lib/crypto/keyring';
import { newRecordId } from '../../../src/lib/crypto/record-id';
import {
	generateRecoveryKey,
	recoveryKeyEncryptionKey
} from '../../../src/lib/crypto/recovery-key';
import { defaultVaultSettings } from '../../../src/lib/domain/vault-settings';
import { writeBackupFile } from '../../../src/lib/vault/backup-file';
import { strongestCost } from '../../../src/lib/vault/kdf-calibration';
import { Repository } from '../../../src/lib/vault/repository';
import { journalHereKey } from '../../../src/lib/vault/presence';
import { defineDatabase, type WaymarkDb } from '../../../src/lib/vault/schema';
import { sealSettings } from '../../../src/lib/vault/sealed-settings';
import { restore, snapshot } from './indexeddb-copy';
import { JournalWriter, type Fill } from './journal-writer';
import { passphrase as defaultPassphrase } from './passphrase';

/**
 * A journal made here in Node and put straight into the browser's IndexedDB, so a test that is
 * about something other than setting up starts at the unlock screen instead of typing its way
 * there. It is written by the app's own crypto and repository (over fake-indexeddb), so keys,
 * ids, kind tags and padding are exactly the app's. journal-writer.ts has the factories for
 * what it holds.
 */

export type { Fill };

export interface SeedOptions {
	passphrase?: string;
	/** The clock the records are written by; now if left out. */
	now?: Date;
	/**
	 * Argon2id's cost, the app's default unless given. A quicker unlock (under half the target)
	 * makes the app calibrate again in the background and wrap its key anew: seconds of CPU that
	 * slow the test running beside it, and a changed keys row. A test that compares the whole
	 * database before and after seeds with `unchangingKeys`, which no calibration ever raises.
	 */
	cost?: ArgonCost;
}

/** The most calibration ever asks for, so an unlock never strengthens the keys. */
export const unchangingKeys = strongestCost;

/** The passphrase's key at each cost, derived once per worker: Argon2id takes a second here. */
const passphraseKeys = new Map<string, Promise<{ kdf: KdfParams; kek: Uint8Array }>>();

function passphraseKey(passphrase: string, cost: ArgonCost) {
	const id = JSON.stringify([passphrase, cost]);
	let made = passphraseKeys.get(id);
	if (!made) {
		const kdf = newKdfParams(cost);
		made = deriveKeyFromPassphrase(passphrase, kdf).then((kek) => ({ kdf, kek }));
		passphraseKeys.set(id, made);
	}
	return made;
}

/**
 * A new journal's keys, laid out as createKeyring (keyring.ts) makes them: a data key and a
 * recovery key of its own, wrapped by the passphrase's key, which the worker's journals share
 * with its salt (each test's browser is its own, so they never meet).
 */
async function keyring(passphrase: string, cost: ArgonCost) {
	const { kdf, kek } = await passphraseKey(passphrase, cost);
	const dataKey = generateDataKey();
	const recovery = generateRecoveryKey();
	const keys: WrappedKeys = {
		version: 1,
		kdf,
		byPassphrase: encodeBase64url(wrapKey(kek, dataKey)),
		byRecoveryKey: encodeBase64url(wrapKey(recoveryKeyEncryptionKey(recovery.secret), dataKey))
	};
	return { keys, dataKey, recoveryKey: recovery.text };
}

/** Writes a journal in a database of its own here, and hands it to `use` before deleting it. */
async function writeJournal<T, R>(
	fill: Fill<T> | undefined,
	{ passphrase = defaultPassphrase, now = new Date(), cost = defaultCost }: SeedOptions,
	use: (db: WaymarkDb, keys: WrappedKeys, written: T) => Promise<R>
): Promise<R & { recoveryKey: string }> {
	const { keys, dataKey, recoveryKey } = await keyring(passphrase, cost);
	const db = defineDatabase(undefined, `seed-${newRecordId()}`);
	await db.open();
	try {
		// What the vault stores as a journal is made (vault.svelte.ts, create).
		await db.meta.bulkPut([
			{ key: 'keys', value: keys },
			sealSettings(dataKey, defaultVaultSettings)
		]);
		const written = (await fill?.(new JournalWriter(new Repository(db, dataKey), now))) as T;
		return { ...(await use(db, keys, written)), recoveryKey };
	} finally {
		await db.delete();
	}
}

/** A journal written here, as a database to put in a browser, and the recovery key that opens it. */
export function seededDatabase<T>(fill?: Fill<T>, options: SeedOptions = {}) {
	return writeJournal(fill, options, async (db, _keys, written) => ({
		database: await snapshot(db),
		written
	}));
}

/** A `.waymark` backup of a journal written here, as the app's backup screen saves one. */
export function seededBackup<T>(fill?: Fill<T>, options: SeedOptions = {}) {
	return writeJournal(fill, options, async (db, keys, written) => {
		const [rows, revisions] = await Promise.all([db.records.toArray(), db.revisions.toArray()]);
		return { backup: writeBackupFile(keys, rows, revisions, options.now), written };
	});
}

/**
 * Puts a seeded journal into the page's browser before the app has opened it (it replaces the
 * whole database), from an empty page on the app's origin that this page shows for the moment;
 * the test then opens the app. Playwright's setStorageState({ indexedDB }) would do the same, but
 * leaves the context in a state where the service worker's update check fails. Returns the
 * journal's recovery key, and what `fill` returned.
 */
export async function seedJournal<T>(
	page: Page,
	origin: string,
	fill?: Fill<T>,
	options?: SeedOptions
): Promise<{ recoveryKey: string; written: T }> {
	const { database, recoveryKey, written } = await seededDatabase(fill, options);
	// Answered here, so none of the app runs in it; the route goes again, so it slows nothing.
	const address = new URL('/seeding-a-journal', origin).href;
	const empty = (route: Route) =>
		route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Seeding</title>' });
	await page.route(address, empty);
	try {
		await page.goto(address);
		await page.evaluate(restore, database);
		// As the app leaves it on a device with a journal: its first paint shows "Opening…".
		await page.evaluate((key) => localStorage.setItem(key, '1'), journalHereKey);
	} finally {
		await page.unroute(address, empty);
	}
	return { recoveryKey, written };
}
