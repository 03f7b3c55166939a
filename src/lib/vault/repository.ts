import Dexie from 'dexie';
import * as v from 'valibot';
import { wipe, type Packed } from '$lib/crypto/bytes';
import { TamperedRecordError } from '$lib/crypto/errors';
import { kindTagger, ownerTagger } from '$lib/crypto/kind-tag';
import { openRecord, sealRecord } from '$lib/crypto/record-envelope';
import { newRecordId } from '$lib/crypto/record-id';
import { checked } from '$lib/domain/checked';
import {
	readEntries,
	type Entry,
	type Gathered,
	type GatheredKind
} from '$lib/domain/journey/gathered';
import type { RecordKind, Saved } from '$lib/domain/record-kind';
import { readSealedBody, sealedBodySchema, type SealedBody } from '$lib/domain/record-kind';
import {
	RecordNotFoundError,
	StorageFullError,
	UnreadableRecordError,
	VaultLockedError
} from './errors';
import { givingWay } from './give-way';
import { eachPartOfKind } from './kind-rows';
import type { RecordRow, RevisionRow, WaymarkDb } from './schema';

// The encrypted repository every feature stores through. Each call seals or opens with the data
// key synchronously (tweetnacl), so a whole change fits in one IndexedDB transaction and is
// committed all together or not at all. Inside a transaction nothing here awaits anything but
// Dexie; a long read outside one gives the page a turn between records (give-way.ts).

type Body<T> = Omit<Saved<T>, 'id'>;

/** How many parts of a gathered kind could not be read: entries, or whole records. */
export interface UnreadParts {
	kind: string;
	parts: number;
}

/** The sealed kind of an earlier version: tied to its record, so it cannot be moved. */
export function revisionKind(kindName: string, recordId: string) {
	return `revision:${kindName}:${recordId}`;
}

/** A record as read: its id, and the body opened from its ciphertext, checked by its kind. */
function readSaved<T>(kind: RecordKind<T>, id: string, body: unknown): Saved<T> {
	const sealed = readSealedBody(body);
	const data = sealed ? v.safeParse(kind.schema, sealed.data) : undefined;
	if (!sealed || !data?.success) throw new UnreadableRecordError();
	const { createdAt, updatedAt, revision } = sealed;
	return { id, createdAt, updatedAt, revision, data: data.output };
}

async function writing<T>(work: () => Promise<T>): Promise<T> {
	try {
		return await work();
	} catch (error) {
		if (error instanceof Dexie.QuotaExceededError) throw new StorageFullError();
		if (error instanceof Dexie.AbortError && error.inner instanceof Dexie.QuotaExceededError)
			throw new StorageFullError();
		throw error;
	}
}

/** What loading needs of the repository: its reads. */
export type Reader = Pick<
	Repository,
	'single' | 'list' | 'listReadable' | 'readGathered' | 'ids' | 'get' | 'history'
>;

export class Repository {
	readonly #db: WaymarkDb;
	readonly #key: Uint8Array;
	readonly #tag: (kind: string) => string;
	/** The tag a record's earlier versions are stored under. */
	readonly #owner: (recordId: string) => string;
	readonly #changed: (kind: string) => void;
	#revoked = false;
	/** Saves not yet settled; the key copy outlives a lock until they have. */
	#inFlight = 0;
	/** Set only while an overwritten version is kept, which may happen just after a lock. */
	#keeping = false;
	/** The stored bytes each version handed out was read from or written as: a save's check
	 * that nobody wrote in between compares these, exact where times can tie to the millisecond. */
	readonly #sealedAs = new WeakMap<object, Packed>();
	/** Fixed ids of single-record kinds held by a record that no longer opens: left for repair. */
	readonly #heldByUnreadable = new Set<string>();

	constructor(db: WaymarkDb, dataKey: Uint8Array, changed: (kind: string) => void = () => {}) {
		this.#db = db;
		// A copy of its own: a save under way as the journal locks may still need it (below).
		this.#key = dataKey.slice();
		this.#tag = kindTagger(dataKey);
		this.#owner = ownerTagger(dataKey);
		this.#changed = changed;
	}

	/**
	 * Called as the journal locks, before the key is wiped: a change still on its way then fails
	 * with VaultLockedError rather than sealing with a wiped key.
	 */
	revoke() {
		this.#revoked = true;
		if (this.#inFlight === 0) wipe(this.#key);
	}

	#liveKey(): Uint8Array {
		if (this.#revoked && !this.#keeping) throw new VaultLockedError();
		return this.#key;
	}

	#seal<T>(kind: RecordKind<T>, id: string, body: Body<T>): RecordRow {
		const sealed = sealRecord(this.#liveKey(), id, kind.name, body, kind.padding);
		return { ...sealed, kind: this.#tag(kind.name) };
	}

	#sealRevision<T>(kind: RecordKind<T>, of: string, body: Body<T>): RevisionRow {
		const id = newRecordId();
		const sealedKind = revisionKind(kind.name, of);
		const { ciphertext } = sealRecord(this.#liveKey(), id, sealedKind, body, kind.padding);
		return { id, owner: this.#owner(of), ciphertext };
	}

	#open<T>(kind: RecordKind<T>, row: RecordRow): Saved<T> {
		const stored = { id: row.id, kind: kind.name, ciphertext: row.ciphertext };
		const body = openRecord(this.#liveKey(), stored);
		return this.#remember(readSaved(kind, row.id, body), row);
	}

	/** An earlier version of the record `of`: its sealed kind names the record, so a row moved
	 * to another record's tag is refused. */
	#openRevision<T>(kind: RecordKind<T>, of: string, row: RevisionRow): Saved<T> {
		const stored = { id: row.id, kind: revisionKind(kind.name, of), ciphertext: row.ciphertext };
		return readSaved(kind, of, openRecord(this.#liveKey(), stored));
	}

	#remember<S extends object>(saved: S, row: RecordRow): S {
		this.#sealedAs.set(saved, row.ciphertext);
		return saved;
	}

	/** Checks data against the kind's schema before anything is written. */
	#valid<T>(kind: RecordKind<T>, data: T): T {
		return checked(kind.schema, data, `A ${kind.name} record`);
	}

	/** A new record; `createdAt` for one written before now elsewhere (an entry brought in from
	 * another app keeps its day). */
	async create<T>(
		kind: RecordKind<T>,
		data: T,
		{ createdAt }: { createdAt?: string } = {}
	): Promise<Saved<T>> {
		const now = new Date().toISOString();
		const body: Body<T> = {
			createdAt: createdAt ?? now,
			updatedAt: now,
			revision: 1,
			data: this.#valid(kind, data)
		};
		const id = this.#newId(kind);
		const row = this.#seal(kind, id, body);
		await writing(() => this.#db.records.add(row));
		this.#changed(kind.family);
		return this.#remember({ id, ...body }, row);
	}

	/** Saves a new version; the one it replaces is kept as a revision. */
	async update<T>(kind: RecordKind<T>, id: string, data: T): Promise<Saved<T>> {
		const checked = this.#valid(kind, data);
		const saved = await writing(() =>
			this.#db.transaction('rw', this.#db.records, this.#db.revisions, async () => {
				const row = await this.#db.records.get(id);
				if (!row || row.kind !== this.#tag(kind.name)) throw new RecordNotFoundError();
				const { createdAt, updatedAt, revision, data: earlier } = this.#open(kind, row);
				const previous: Body<T> = { createdAt, updatedAt, revision, data: earlier };
				const kept = this.#sealRevision(kind, id, previous);
				const next: Body<T> = {
					createdAt: previous.createdAt,
					updatedAt: new Date().toISOString(),
					revision: previous.revision + 1,
					data: checked
				};
				await this.#db.revisions.add(kept);
				const sealed = this.#seal(kind, id, next);
				await this.#db.records.put(sealed);
				return this.#remember({ id, ...next }, sealed);
			})
		);
		this.#changed(kind.family);
		return saved;
	}

	/**
	 * Saves what an editor holds. Everything is checked and sealed before this returns, so a save
	 * begun just before the journal locks (or the page closes) still reaches the disk, and the
	 * editor knows the new version at once; `written` settles when it is committed. `current` is
	 * the version the editor holds (null: a new record). With keepPrevious, that version is kept
	 * as a revision; without, it is replaced, so a sitting of autosaves makes one revision.
	 * If another tab saved this record since `current`, this save still becomes current and the
	 * words it replaced are kept as a revision, and `keptOther` says so.
	 * Throws at once (VaultLockedError, a schema error) if nothing can be saved.
	 */
	save<T>(
		kind: RecordKind<T>,
		current: Saved<T> | null,
		data: T,
		{ keepPrevious }: { keepPrevious: boolean }
	): { saved: Saved<T>; written: Promise<void>; keptOther: Promise<boolean> } {
		const checked = this.#valid(kind, data);
		const now = new Date().toISOString();
		const id = current?.id ?? this.#newId(kind);
		const next: Body<T> = {
			createdAt: current?.createdAt ?? now,
			updatedAt: now,
			revision: current ? current.revision + (keepPrevious ? 1 : 0) : 1,
			data: checked
		};
		const row = this.#seal(kind, id, next);
		const kept =
			current && keepPrevious
				? this.#sealRevision(kind, id, {
						createdAt: current.createdAt,
						updatedAt: current.updatedAt,
						revision: current.revision,
						data: current.data
					})
				: null;
		const write = this.#writeNow(kept, row);
		this.#inFlight++;
		const settled = write
			.then((replaced) => this.#keepOverwritten(kind, current, replaced))
			.finally(() => {
				if (--this.#inFlight === 0 && this.#revoked) wipe(this.#key);
			});
		const written = settled.then(() => this.#changed(kind.family));
		// Never rejects: a failed save is reported through `written`.
		const keptOther = settled.catch(() => false);
		return { saved: this.#remember({ id, ...next }, row), written, keptOther };
	}

	/** A new record's id: random, or for a kind with one record, the same in every tab. */
	#newId(kind: RecordKind<unknown>): string {
		// Keyed like kind tags, and distinct from them, so it tells nothing about the kind.
		if (!kind.single) return newRecordId();
		const fixed = this.#tag(`the one record of ${kind.name}`);
		// A damaged record in that place is kept for Check my journal; the new one goes beside it.
		return this.#heldByUnreadable.has(fixed) ? newRecordId() : fixed;
	}

	/**
	 * After a save, keeps the version it replaced if that was not the one the editor started from
	 * (another tab saved in between). Returns whether it did. It may run just after a lock, so
	 * the key is reached through #keeping while the save is still in flight.
	 */
	async #keepOverwritten<T>(
		kind: RecordKind<T>,
		current: Saved<T> | null,
		replaced: RecordRow | undefined
	): Promise<boolean> {
		if (!replaced || replaced.kind !== this.#tag(kind.name)) return false;
		if (current && this.#sealedAs.get(current) === replaced.ciphertext) return false;
		this.#keeping = true;
		let revision: RevisionRow;
		try {
			const other = this.#readable(kind, replaced);
			// Bytes that no longer open (altered outside Waymark) held nothing readable to keep.
			if (!other) return false;
			// A version this repository never handed out (none should reach here) is known by its times.
			if (
				current &&
				!this.#sealedAs.has(current) &&
				other.updatedAt === current.updatedAt &&
				other.revision === current.revision &&
				JSON.stringify(other.data) === JSON.stringify(current.data)
			)
				return false;
			const { createdAt, updatedAt, revision: number, data } = other;
			revision = this.#sealRevision(kind, other.id, {
				createdAt,
				updatedAt,
				revision: number,
				data
			});
		} finally {
			this.#keeping = false;
		}
		await writing(() => this.#db.revisions.add(revision));
		return true;
	}

	#readable<T>(kind: RecordKind<T>, row: RecordRow): Saved<T> | null {
		try {
			return this.#open(kind, row);
		} catch (error) {
			if (error instanceof TamperedRecordError || error instanceof UnreadableRecordError)
				return null;
			throw error;
		}
	}

	/**
	 * Puts sealed rows in one IndexedDB transaction whose requests are made before this returns.
	 * Dexie would make them a few promise turns later, which a closing page may never reach.
	 * It resolves with the row the put replaced, read by a get made first in the same transaction:
	 * checking it afterwards, rather than putting only after reading, keeps every request made
	 * now, so a closing page still commits its words (what it overwrote is then kept just after).
	 */
	#writeNow(revision: RevisionRow | null, row: RecordRow): Promise<RecordRow | undefined> {
		const tx = this.#db.backendDB().transaction(['records', 'revisions'], 'readwrite');
		const records = tx.objectStore('records');
		// Requests on one store run in order, so this reads what the put below replaces.
		const before = records.get(row.id) as IDBRequest<RecordRow | undefined>;
		if (revision) tx.objectStore('revisions').add(revision);
		records.put(row);
		// Nothing more is coming: the browser may commit at once.
		tx.commit?.();
		return new Promise((resolve, reject) => {
			tx.oncomplete = () => resolve(before.result);
			tx.onabort = () =>
				reject(
					tx.error?.name === 'QuotaExceededError'
						? new StorageFullError()
						: (tx.error ?? new Error('The save was cut off before it finished.'))
				);
		});
	}

	/**
	 * The one record of a single-record kind, or null. Older journals may hold two (each tab
	 * made its own): the newest stays, and every version of the others joins its history.
	 */
	async single<T>(kind: RecordKind<T>): Promise<Saved<T> | null> {
		const found = await this.#readableSingles(kind);
		if (found.length <= 1) return found[0] ?? null;
		return this.atomically(async () => {
			const [newest, ...others] = await this.#readableSingles(kind);
			for (const other of others) {
				const versions = await this.history(kind, other.id);
				await this.removeRestorably([{ kind, id: other.id }]);
				for (const { createdAt, updatedAt, revision, data } of versions)
					await this.#db.revisions.add(
						this.#sealRevision(kind, newest.id, { createdAt, updatedAt, revision, data })
					);
			}
			return newest ?? null;
		});
	}

	/**
	 * The records of a single-record kind that open. One that does not is left on disk, untouched
	 * (Check my journal can put it back), and its place is remembered so nothing overwrites it:
	 * the screen starts from its defaults rather than failing.
	 */
	async #readableSingles<T>(kind: RecordKind<T>): Promise<Saved<T>[]> {
		const rows = await this.#db.records.where('kind').equals(this.#tag(kind.name)).toArray();
		const records: Saved<T>[] = [];
		for (const row of rows) {
			const record = this.#readable(kind, row);
			if (record) records.push(record);
			else this.#heldByUnreadable.add(row.id);
		}
		return records.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
	}

	/** Every record of a kind, newest change first; throws if any one cannot be opened. */
	async list<T>(kind: RecordKind<T>): Promise<Saved<T>[]> {
		const { records, refused } = await this.listReadable(kind);
		if (refused.length > 0) throw refused[0];
		return records;
	}

	/**
	 * Every record of a kind that opens, newest change first, and the errors of those that do
	 * not (altered or moved outside Waymark): one bad record must not hide all the others.
	 */
	async listReadable<T>(kind: RecordKind<T>): Promise<{ records: Saved<T>[]; refused: Error[] }> {
		const records: Saved<T>[] = [];
		const refused: Error[] = [];
		await eachPartOfKind(this.#db.records, this.#tag(kind.name), (rows) => {
			for (const row of rows) {
				try {
					records.push(this.#open(kind, row));
				} catch (error) {
					if (!(error instanceof TamperedRecordError || error instanceof UnreadableRecordError))
						throw error;
					refused.push(error);
				}
			}
		});
		records.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
		return { records, refused };
	}

	/**
	 * A gathered record's readable entries, and those that fail their schema kept as they were.
	 * Throws TamperedRecordError or UnreadableRecordError if the record itself cannot be read.
	 */
	#openGathered<E extends Entry>(kind: GatheredKind<E>, row: RecordRow) {
		const stored = { id: row.id, kind: kind.name, ciphertext: row.ciphertext };
		const sealed = readSealedBody(openRecord(this.#liveKey(), stored));
		const read = sealed ? readEntries(kind, sealed.data) : null;
		if (!sealed || !read) throw new UnreadableRecordError();
		const saved: Saved<Gathered<E>> = {
			id: row.id,
			...sealed,
			data: { entries: read.entries }
		};
		return { saved, unread: read.unread };
	}

	/**
	 * Every record of several gathered kinds (a goal's journey per goal, check-ins per year) in one
	 * query, skipping what cannot be read: an entry that fails its schema, or a whole record that
	 * does not open. `unread` counts the skipped parts by kind, so a screen can say so.
	 */
	async readGathered<E extends Entry>(
		kinds: readonly GatheredKind<E>[]
	): Promise<{ records: (Saved<Gathered<E>> & { kind: string })[]; unread: UnreadParts[] }> {
		const byTag = new Map(kinds.map((kind) => [this.#tag(kind.name), kind]));
		const rows = await this.#db.records
			.where('kind')
			.anyOf([...byTag.keys()])
			.toArray();
		const records: (Saved<Gathered<E>> & { kind: string })[] = [];
		const unreadBy = new Map<string, number>();
		const skip = (kind: string, parts: number) =>
			parts > 0 && unreadBy.set(kind, (unreadBy.get(kind) ?? 0) + parts);
		const giveWay = givingWay();
		for (const row of rows) {
			await giveWay();
			const kind = byTag.get(row.kind)!;
			try {
				const { saved, unread } = this.#openGathered(kind, row);
				records.push({ ...saved, kind: kind.name });
				skip(kind.name, unread.length);
			} catch (error) {
				if (!(error instanceof TamperedRecordError || error instanceof UnreadableRecordError))
					throw error;
				skip(kind.name, 1);
			}
		}
		return { records, unread: [...unreadBy].map(([kind, parts]) => ({ kind, parts })) };
	}

	/** As readGathered, but refusing (UnreadableRecordError) if any part cannot be read. */
	async listKinds<E extends Entry>(
		kinds: readonly GatheredKind<E>[]
	): Promise<(Saved<Gathered<E>> & { kind: string })[]> {
		const { records, unread } = await this.readGathered(kinds);
		if (unread.length > 0) throw new UnreadableRecordError();
		return records;
	}

	/**
	 * Changes the one record of a kind that gathers many small entries, in a single transaction,
	 * so two tabs adding at once both count. `change` gets what every readable record of the kind
	 * holds (none yet, one, or more after a merged backup) and returns the one to keep. No earlier
	 * version is kept: each entry carries its own times, and a copy of the whole record per
	 * check-in would cost far more than it could ever tell.
	 *
	 * Nothing unreadable is lost: a record that does not open is left as it is on disk (the new
	 * entries go to another record of the kind), and entries that fail their schema are written
	 * back unchanged beside the others, for a later repair.
	 */
	async gather<E extends Entry>(
		kind: GatheredKind<E>,
		change: (current: Gathered<E>[]) => Gathered<E>
	): Promise<Saved<Gathered<E>>> {
		const saved = await writing(() =>
			this.#db.transaction('rw', this.#db.records, this.#db.revisions, async () => {
				const rows = await this.#db.records.where('kind').equals(this.#tag(kind.name)).toArray();
				const current: Saved<Gathered<E>>[] = [];
				const kept: unknown[] = [];
				for (const row of rows) {
					try {
						const { saved, unread } = this.#openGathered(kind, row);
						current.push(saved);
						kept.push(...unread);
					} catch (error) {
						if (!(error instanceof TamperedRecordError || error instanceof UnreadableRecordError))
							throw error;
					}
				}
				current.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
				const data = this.#valid(kind, change(current.map((record) => record.data)));
				const [newest, ...others] = current;
				const now = new Date().toISOString();
				const id = newest?.id ?? newRecordId();
				const next: Body<Gathered<E>> = {
					createdAt: newest?.createdAt ?? now,
					updatedAt: now,
					revision: (newest?.revision ?? 0) + 1,
					data
				};
				for (const other of others) {
					await this.#db.revisions.where('owner').equals(this.#owner(other.id)).delete();
					await this.#db.records.delete(other.id);
				}
				// The unread entries are not the schema's, so they are sealed past #valid on purpose.
				const stored = { ...next, data: { entries: [...data.entries, ...kept] as E[] } };
				await this.#db.records.put(this.#seal(kind, id, stored));
				return { id, ...next };
			})
		);
		this.#changed(kind.family);
		return saved;
	}

	/** The ids of a kind's records, read without opening any (to open them one at a time). */
	async ids(kind: RecordKind<unknown>): Promise<string[]> {
		return (await this.#db.records.where('kind').equals(this.#tag(kind.name)).primaryKeys()).map(
			String
		);
	}

	async get<T>(kind: RecordKind<T>, id: string): Promise<Saved<T> | undefined> {
		const row = await this.#db.records.get(id);
		if (!row || row.kind !== this.#tag(kind.name)) return undefined;
		return this.#open(kind, row);
	}

	/** The record as it is now, then each earlier version, newest first. */
	async history<T>(kind: RecordKind<T>, id: string): Promise<Saved<T>[]> {
		return this.#db.transaction('r', this.#db.records, this.#db.revisions, async () => {
			const current = await this.get(kind, id);
			if (!current) return [];
			const rows = await this.#db.revisions.where('owner').equals(this.#owner(id)).toArray();
			const earlier = rows.map((row) => this.#openRevision(kind, id, row));
			return [current, ...earlier.sort((a, b) => b.revision - a.revision)];
		});
	}

	/**
	 * Every version of each given record, current first, by record id, checked only as far as
	 * the vault needs (merging a backup). Earlier versions come in one query for them all.
	 */
	async versionsOf(
		records: { row: RecordRow; kind: string }[]
	): Promise<Map<string, SealedBody[]>> {
		const open = (id: string, kind: string, ciphertext: Packed) =>
			checked(
				sealedBodySchema,
				openRecord(this.#liveKey(), { id, kind, ciphertext }),
				`A stored ${kind} record`
			);
		const byOwner = new Map(records.map(({ row, kind }) => [this.#owner(row.id), { row, kind }]));
		const versions = new Map(
			records.map(({ row, kind }) => [row.id, [open(row.id, kind, row.ciphertext)]])
		);
		const earlier = await this.#db.revisions
			.where('owner')
			.anyOf([...byOwner.keys()])
			.toArray();
		for (const rev of earlier) {
			const { row, kind } = byOwner.get(rev.owner)!;
			versions.get(row.id)!.push(open(rev.id, revisionKind(kind, row.id), rev.ciphertext));
		}
		return versions;
	}

	/** Removes a record and all its earlier versions. The screen asks first. */
	async remove<T>(kind: RecordKind<T>, id: string): Promise<void> {
		await this.#db.transaction('rw', this.#db.records, this.#db.revisions, async () => {
			const row = await this.#db.records.get(id);
			if (!row || row.kind !== this.#tag(kind.name)) throw new RecordNotFoundError();
			await this.#db.revisions.where('owner').equals(this.#owner(id)).delete();
			await this.#db.records.delete(id);
		});
		this.#changed(kind.family);
	}

	/**
	 * Removes records, each with its earlier versions, all together (a record by id, or every
	 * record of a kind: a voice note's audio), and returns what puts them back as they were.
	 * Undoing writes the same sealed rows again, so nothing is decrypted or changed by it.
	 */
	async removeRestorably(
		targets: { kind: RecordKind<unknown>; id?: string }[]
	): Promise<() => Promise<void>> {
		const removed = await this.#db.transaction(
			'rw',
			this.#db.records,
			this.#db.revisions,
			async () => {
				const rows: RecordRow[] = [];
				for (const { kind, id } of targets) {
					const tag = this.#tag(kind.name);
					const found =
						id === undefined
							? await this.#db.records.where('kind').equals(tag).toArray()
							: [await this.#db.records.get(id)];
					for (const row of found) {
						if (!row || row.kind !== tag) throw new RecordNotFoundError();
						rows.push(row);
					}
				}
				const ids = rows.map((row) => row.id);
				const owners = ids.map(this.#owner);
				const revisions = await this.#db.revisions.where('owner').anyOf(owners).toArray();
				await this.#db.revisions.where('owner').anyOf(owners).delete();
				await this.#db.records.bulkDelete(ids);
				return { rows, revisions };
			}
		);
		const families = new Set(targets.map(({ kind }) => kind.family));
		for (const family of families) this.#changed(family);
		return async () => {
			this.#liveKey();
			await writing(() =>
				this.#db.transaction('rw', this.#db.records, this.#db.revisions, async () => {
					await this.#db.records.bulkPut(removed.rows);
					await this.#db.revisions.bulkPut(removed.revisions);
				})
			);
			for (const family of families) this.#changed(family);
		};
	}

	/**
	 * This repository's reads, each first telling `read` the family of every kind it reads: Live
	 * learns from it what a load depends on, so it reloads on exactly those changes.
	 */
	reading(read: (family: string) => void): Reader {
		const noted = <K extends RecordKind<unknown>>(kind: K) => (read(kind.family), kind);
		return {
			single: (kind) => this.single(noted(kind)),
			list: (kind) => this.list(noted(kind)),
			listReadable: (kind) => this.listReadable(noted(kind)),
			readGathered: (kinds) => this.readGathered(kinds.map(noted)),
			ids: (kind) => this.ids(noted(kind)),
			get: (kind, id) => this.get(noted(kind), id),
			history: (kind, id) => this.history(noted(kind), id)
		};
	}

	/** Runs several changes as one: if any fails, or the page closes midway, none is kept. */
	atomically<R>(work: () => Promise<R>): Promise<R> {
		return writing(() => this.#db.transaction('rw', this.#db.records, this.#db.revisions, work));
	}
}
