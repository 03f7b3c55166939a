import Dexie from 'dexie';
import { checked } from '$lib/domain/checked';
import { wipe } from '$lib/crypto/bytes';
import type { ArgonCost } from '$lib/crypto/kdf';
import {
	changePassphrase,
	createKeyring,
	replaceRecoveryKey,
	unlockWithPassphrase,
	unlockWithSecret,
	type DeriveKey,
	type Secret,
	type WrappedKeys
} from '$lib/crypto/keyring';
import {
	defaultVaultSettings,
	vaultSettingsSchema,
	type VaultSettings
} from '$lib/domain/vault-settings';
import { oneAtATime } from './across-tabs';
import { ranWellUnderTarget } from './kdf-calibration';
import { openSettings, sealSettings } from './sealed-settings';
import { replaceKeysIfUnchanged, strongerKeys } from './stronger-keys';
import { countedTry, readFailures, waitRemaining } from './unlock-failures';
import { ChangeFeed } from './change-feed.svelte';
import { VaultLockedError } from './errors';
import { PendingRecoveryKey } from './pending-recovery-key';
import { Repository } from './repository';
import { tagRevisionOwners } from './revision-owners';
import { defineDatabase, type WaymarkDb } from './schema';
import { noteJournalHere } from './presence';

// The journal's session on this device: whether it exists, is locked or open, and the data key
// while it is open. The key lives in a private field, never in reactive state, and locking wipes
// it and drops the repository, so nothing decrypted can be reached until the next unlock.

export type VaultStatus =
	| 'opening'
	/** IndexedDB is missing or refused (private modes, iOS Lockdown Mode). */
	| 'unavailable'
	/** No journal on this device yet. */
	| 'new'
	| 'locked'
	| 'unlocked'
	/** Another tab runs a newer Waymark that changed the database; this tab must reload. */
	| 'outdated'
	/** The journal was erased in another tab. */
	| 'erased-elsewhere';

export interface VaultOptions {
	derive: DeriveKey;
	calibrate: () => Promise<ArgonCost>;
	database?: () => WaymarkDb;
	/** The clock, in ms since the epoch (the tests set it). */
	now?: () => number;
}

// Every tab's tries at unlocking take turns, so each one counts the failures before it.
const unlockTurn = 'waymark-unlock';

export class Vault {
	#status = $state<VaultStatus>('opening');
	#blocked = $state(false);
	#settings = $state.raw<VaultSettings>(defaultVaultSettings);
	#settingsReset = $state(false);
	// Callbacks, not state: nothing renders from them.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	readonly #beforeLock = new Set<() => void>();
	readonly changes = new ChangeFeed();
	readonly #options: VaultOptions;
	#db: WaymarkDb | null = null;
	#keys: WrappedKeys | null = null;
	#dataKey: Uint8Array | null = null;
	#repository: Repository | null = null;
	/** Opened with the recovery key: a new passphrase may be set without the old one. */
	#openedByRecoveryKey = false;
	/** How many times the journal has locked: an unlock under way checks it before it opens. */
	#locks = 0;
	/** Re-wrapping the data key with stronger parameters after a quick unlock, if under way. */
	#strengthening: Promise<void> = Promise.resolve();

	constructor(options: VaultOptions) {
		this.#options = options;
	}

	get status() {
		return this.#status;
	}
	/** An upgrade waits for another tab that has not let go of the database. */
	get blocked() {
		return this.#blocked;
	}
	get settings() {
		return this.#settings;
	}
	/** This unlock found the stored settings unreadable, so the defaults stand in; say so once. */
	get settingsReset() {
		return this.#settingsReset;
	}
	/** The person has been told that the settings went back to their defaults. */
	settingsResetSeen() {
		this.#settingsReset = false;
	}
	/** Argon2id as this vault runs it (in a worker in the browser). */
	get derive(): DeriveKey {
		return this.#options.derive;
	}

	/** The repository features store through; throws VaultLockedError while locked. */
	get records(): Repository {
		if (!this.#repository) throw new VaultLockedError();
		return this.#repository;
	}

	async open(): Promise<void> {
		if (typeof indexedDB === 'undefined') return void (this.#status = 'unavailable');
		const db = (this.#options.database ?? defineDatabase)();
		db.on('blocked', () => void (this.#blocked = true));
		db.on('versionchange', (event) => {
			// Lock first: editors seal what they hold and start writing it, and a closing
			// connection still finishes the transactions already begun on it.
			this.lock({ announce: false });
			db.close();
			this.#status = event.newVersion === null ? 'erased-elsewhere' : 'outdated';
			if (event.newVersion === null) noteJournalHere(false);
			return false;
		});
		try {
			await db.open();
		} catch (error) {
			// A database newer than this code: an update is waiting, and a reload fetches it.
			const outdated = error instanceof Dexie.VersionError;
			if (!outdated) console.error(error);
			this.#status = outdated ? 'outdated' : 'unavailable';
			return;
		} finally {
			this.#blocked = false;
		}
		this.#db = db;
		this.changes.connect(() =>
			this.lock({ announce: false, save: !this.changes.replacedElsewhere })
		);
		this.#keys = ((await db.meta.get('keys'))?.value as WrappedKeys | undefined) ?? null;
		noteJournalHere(this.#keys !== null);
		this.#status = this.#keys ? 'locked' : 'new';
	}

	#database(): WaymarkDb {
		if (!this.#db) throw new VaultLockedError();
		return this.#db;
	}

	/** Starts a journal: calibrates Argon2id for this device, then stores only wrapped keys. */
	async create(passphrase: string, recoveryKey: PendingRecoveryKey): Promise<void> {
		const db = this.#database();
		const cost = await this.#options.calibrate();
		const { keys, dataKey } = await createKeyring(
			passphrase,
			PendingRecoveryKey.secretOf(recoveryKey),
			{ cost, derive: this.#options.derive }
		);
		await db.transaction('rw', db.meta, async () => {
			await db.meta.put({ key: 'keys', value: keys });
			await db.meta.put(sealSettings(dataKey, defaultVaultSettings));
		});
		this.#keys = keys;
		noteJournalHere(true);
		await this.#opened(dataKey, defaultVaultSettings);
	}

	async unlockWithPassphrase(passphrase: string): Promise<void> {
		await this.#unlock({ passphrase });
	}

	async unlockWithRecoveryKey(typed: string): Promise<void> {
		await this.#unlock({ recoveryKey: typed });
		this.#openedByRecoveryKey = this.#status === 'unlocked';
	}

	/**
	 * Milliseconds before another try at unlocking is allowed, after recent failures; none
	 * while there is no open database (it is being erased, or another tab upgraded it).
	 */
	async unlockWait(): Promise<number> {
		const db = this.#db;
		if (!db?.isOpen()) return 0;
		return waitRemaining(await readFailures(db), this.#now());
	}

	/** Resolves once work begun by the last unlock in the background has finished. */
	settled(): Promise<void> {
		return this.#strengthening;
	}

	#now() {
		return (this.#options.now ?? Date.now)();
	}

	/**
	 * One try, taking turns with every other tab: the failures and the keys are read afresh
	 * (another tab may have failed, or changed the passphrase), and a wrong guess is counted
	 * before the next try may start. UnlockWaitError while a wait runs.
	 */
	#unlock(secret: Secret): Promise<void> {
		return oneAtATime(unlockTurn, async () => {
			const db = this.#database();
			const { dataKey, ms } = await countedTry(
				db,
				() => this.#now(),
				async () => {
					this.#keys = ((await db.meta.get('keys'))?.value as WrappedKeys | undefined) ?? null;
					return unlockWithSecret(this.#lockedKeys(), secret, this.#options.derive);
				}
			);
			const keys = this.#keys!;
			await this.#opened(dataKey);
			if (this.#status !== 'unlocked') return;
			if ('passphrase' in secret && ranWellUnderTarget(ms))
				this.#strengthening = this.#strengthen(keys, secret.passphrase);
		});
	}

	/**
	 * After an unlock that ran well under the target: calibrates again and, where that asks for
	 * more, wraps the data key under stronger parameters. Never lowers them; skipped if the keys
	 * changed meanwhile (another tab) or the journal locked.
	 */
	async #strengthen(keys: WrappedKeys, passphrase: string) {
		if (!this.#dataKey) return;
		const dataKey = this.#dataKey.slice();
		try {
			const stronger = await strongerKeys(keys, dataKey, passphrase, {
				...this.#options,
				stillWanted: () => this.#dataKey !== null
			});
			if (stronger && (await replaceKeysIfUnchanged(this.#database(), keys, stronger)))
				if (this.#keys === keys) this.#keys = stronger;
		} catch (error) {
			// Locked or closed meanwhile: the keys stay as they were, which is safe.
			if (!(error instanceof VaultLockedError)) console.error(error);
		} finally {
			wipe(dataKey);
		}
	}

	#lockedKeys(): WrappedKeys {
		if (!this.#keys) throw new Error('There is no journal on this device to unlock.');
		return this.#keys;
	}

	/**
	 * Opens the journal with its data key. Every wait comes first, and the key, the repository and
	 * the status are set together after them: a lock that came meanwhile (Quick exit in another
	 * tab, auto-lock) wins, the key is wiped, and the journal stays locked. A lock wiping a key
	 * half put in place would leave an "unlocked" journal sealing with zeros.
	 */
	async #opened(dataKey: Uint8Array, settings?: VaultSettings) {
		const locksBefore = this.#locks;
		const db = this.#database();
		let reset = false;
		if (!settings) {
			const opened = openSettings(dataKey, await db.meta.get('settings'));
			settings = opened.settings;
			reset = !opened.readable;
			// The defaults take the unreadable row's place, so the person is told only once. If
			// that write fails the journal still opens, and the next unlock tells them again.
			if (reset) await db.meta.put(sealSettings(dataKey, settings)).catch(console.error);
		}
		// Retagging old versions must never keep the person out: it is tried again next unlock.
		await tagRevisionOwners(db, dataKey).catch(console.error);
		if (this.#locks !== locksBefore) return void wipe(dataKey);
		this.#dataKey = dataKey;
		this.#repository = new Repository(db, dataKey, (kind) => this.changes.changed(kind));
		this.#settings = settings;
		this.#settingsReset = reset;
		this.#status = 'unlocked';
	}

	/**
	 * Runs hook as the journal locks, while the key is still there: an editor starts saving what
	 * it holds. The hook must not wait for anything. Returns a function that removes it.
	 */
	beforeLock(hook: () => void): () => void {
		this.#beforeLock.add(hook);
		return () => this.#beforeLock.delete(hook);
	}

	/**
	 * Locks now: wipes the key, drops the repository; the screen unmounts what it showed. With
	 * save false (another tab replaced the journal, so this key is discarded) nothing is sealed.
	 */
	lock({ announce = true, save = true } = {}) {
		this.#locks++;
		// Editors save what they hold while the key is still here (sealing is synchronous).
		if (save)
			for (const hook of this.#beforeLock)
				try {
					hook();
				} catch (error) {
					// Locking must never fail: the hook's own error is reported, and the lock goes on.
					console.error(error);
				}
		this.#repository?.revoke();
		wipe(this.#dataKey ?? undefined);
		this.#dataKey = null;
		this.#repository = null;
		this.#openedByRecoveryKey = false;
		this.#settings = defaultVaultSettings;
		this.#settingsReset = false;
		if (this.#status === 'unlocked') this.#status = 'locked';
		if (announce) this.changes.announceLock();
	}

	async updateSettings(change: Partial<VaultSettings>): Promise<void> {
		if (!this.#dataKey) throw new VaultLockedError();
		const settings = checked(
			vaultSettingsSchema,
			{ ...this.#settings, ...change },
			'Vault settings'
		);
		await this.#database().meta.put(sealSettings(this.#dataKey, settings));
		this.#settings = settings;
	}

	/**
	 * Checks the current passphrase, then wraps the data key under the new one. After opening
	 * with the recovery key (the passphrase forgotten), `current` may be null.
	 */
	async changePassphrase(current: string | null, next: string): Promise<void> {
		const keys = this.#lockedKeys();
		if (current === null && !(this.#openedByRecoveryKey && this.#dataKey))
			throw new VaultLockedError();
		const dataKey =
			current === null
				? this.#dataKey!.slice()
				: await unlockWithPassphrase(keys, current, this.#options.derive);
		try {
			const changed = await changePassphrase(keys, dataKey, next, { derive: this.#options.derive });
			await this.#database().meta.put({ key: 'keys', value: changed });
			this.#keys = changed;
		} finally {
			wipe(dataKey);
		}
	}

	/** After the passphrase is checked, the new recovery key opens the journal and the old one stops. */
	async replaceRecoveryKey(passphrase: string, recoveryKey: PendingRecoveryKey): Promise<void> {
		const keys = this.#lockedKeys();
		const dataKey = await unlockWithPassphrase(keys, passphrase, this.#options.derive);
		try {
			const changed = replaceRecoveryKey(keys, dataKey, PendingRecoveryKey.secretOf(recoveryKey));
			await this.#database().meta.put({ key: 'keys', value: changed });
			this.#keys = changed;
		} finally {
			wipe(dataKey);
		}
	}

	/** Deletes the whole database on this device. Other tabs are told and lock. */
	async erase(): Promise<void> {
		this.lock();
		const db = this.#database();
		await db.delete();
		this.#db = null;
		this.#keys = null;
		await this.open();
	}

	/** Lets go of the database and other tabs (a test's end, or before a reload). */
	close() {
		this.lock({ announce: false });
		this.changes.disconnect();
		this.#db?.close();
		this.#db = null;
	}

	/** For backups: the wrapped keys and the open data key, or VaultLockedError. */
	internals() {
		if (!this.#dataKey || !this.#keys || !this.#repository) throw new VaultLockedError();
		return {
			db: this.#database(),
			keys: this.#keys,
			dataKey: this.#dataKey,
			repository: this.#repository
		};
	}

	/** For restoring a backup onto a device with no journal, or replacing this one. */
	database(): WaymarkDb {
		return this.#database();
	}

	/** After a backup replaced the journal: its keys and data key are now this journal's. */
	async adopt(keys: WrappedKeys, dataKey: Uint8Array, settings: VaultSettings) {
		// The replaced journal's key seals nothing more.
		this.#repository?.revoke();
		if (this.#dataKey !== dataKey) wipe(this.#dataKey ?? undefined);
		this.#keys = keys;
		noteJournalHere(true);
		await this.#opened(dataKey, settings);
		this.changes.changedAll();
	}
}
