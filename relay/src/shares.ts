import { createHash, randomBytes } from 'node:crypto';
import type { Database, Queries } from './database.js';
import { OpenBatcher } from './open-batch.js';

// What the relay does with a share: keep the sealed summary, hand it out only while the
// person's terms allow, count every open exactly (the conditions and the count are one
// UPDATE, so two opens at once cannot both take the last view), and forget it when it ends.
// Times are passed in, so tests can move the clock.

export const day = 86_400_000;
/** How long a share that has ended keeps its row (no content), so a late visit hears why. */
export const rememberEndedFor = 30 * day;
export const pinTriesAllowed = 5;

export type Ended = 'expired' | 'revoked' | 'used_up' | 'locked';

export interface NewShare {
	ciphertext: Uint8Array;
	days: number;
	viewLimit: number | null;
	/** SHA-256 of the PIN proof, if the share has a PIN. */
	pinVerifier: Uint8Array | null;
	/** SHA-256 of the manage secret. */
	manageHash: Uint8Array;
}

export type Opened =
	| { result: 'opened'; ciphertext: Uint8Array; expiresAt: number }
	| { result: 'ended'; why: Ended }
	| { result: 'pin'; triesLeft: number }
	| { result: 'not_found' };

export interface ShareStatus {
	createdAt: number;
	expiresAt: number;
	views: number;
	viewLimit: number | null;
	lastOpenedAt: number | null;
	ended: Ended | null;
}

export const sha256 = (bytes: Uint8Array) =>
	new Uint8Array(createHash('sha256').update(bytes).digest());

/** 128 random bits, base64url: the share's name in its link. */
export const newShareId = () => randomBytes(16).toString('base64url');

const bytes = (value: Uint8Array | null) => (value === null ? null : new Uint8Array(value));

export async function createShare(db: Database, share: NewShare, now: number): Promise<string> {
	const id = newShareId();
	const expiresAt = now + share.days * day;
	await db.query(
		`INSERT INTO shares (id, ciphertext, created_at, expires_at, view_limit, pin_verifier, manage_hash, forget_after)
		 VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
		[
			id,
			share.ciphertext,
			now,
			expiresAt,
			share.viewLimit,
			share.pinVerifier,
			share.manageHash,
			expiresAt + rememberEndedFor
		]
	);
	return id;
}

/** Ends a share for `why`, dropping its content; only one that is still live. */
async function end(db: Queries, id: string, why: Ended) {
	await db.query(
		`UPDATE shares SET ciphertext = NULL, pin_verifier = NULL, ended = $2
		 WHERE id = $1 AND ended IS NULL`,
		[id, why]
	);
}

const openers = new WeakMap<Database, OpenBatcher>();
const opener = (db: Database) => {
	let batcher = openers.get(db);
	if (!batcher) openers.set(db, (batcher = new OpenBatcher(db)));
	return batcher;
};

/**
 * One open by the worker, who pressed Open (with the PIN's proof, for a share with a PIN).
 * Counts a view only when the summary is handed out; a wrong PIN counts a try, and the fifth
 * locks the share.
 */
export async function openShare(
	db: Database,
	id: string,
	pinProof: Uint8Array | null,
	now: number,
	attempt = 0
): Promise<Opened> {
	// Another request changed the share between this one's statements: look again, a few times.
	if (attempt > 3) throw new Error('The share kept changing while it was opened.');
	const proofHash = pinProof ? sha256(pinProof) : null;
	const opened = await opener(db).open({ id, proofHash, now });
	if (opened)
		return {
			result: 'opened',
			ciphertext: bytes(opened.ciphertext)!,
			expiresAt: opened.expires_at
		};

	// Not handed out: say why, ending the share where its terms have run out.
	const [row] = await db.query<{
		ended: Ended | null;
		expires_at: number;
		views: number;
		view_limit: number | null;
		has_pin: boolean;
		pin_tries: number;
	}>(
		`SELECT ended, expires_at, views, view_limit, pin_verifier IS NOT NULL AS has_pin, pin_tries
		 FROM shares WHERE id = $1`,
		[id]
	);
	if (!row) return { result: 'not_found' };
	if (row.ended) return { result: 'ended', why: row.ended };
	if (row.expires_at <= now) {
		await end(db, id, 'expired');
		return { result: 'ended', why: 'expired' };
	}
	if (row.view_limit !== null && row.views >= row.view_limit) {
		await end(db, id, 'used_up');
		return { result: 'ended', why: 'used_up' };
	}
	if (!row.has_pin) return openShare(db, id, pinProof, now, attempt + 1);
	if (!proofHash) return { result: 'pin', triesLeft: pinTriesAllowed - row.pin_tries };

	// A wrong PIN: one more try counted, in the same statement that checks it is still wrong.
	const [counted] = await db.query<{ pin_tries: number }>(
		`UPDATE shares SET pin_tries = pin_tries + 1,
		   ended = CASE WHEN pin_tries + 1 >= $3 THEN 'locked' ELSE ended END,
		   ciphertext = CASE WHEN pin_tries + 1 >= $3 THEN NULL ELSE ciphertext END,
		   pin_verifier = CASE WHEN pin_tries + 1 >= $3 THEN NULL ELSE pin_verifier END
		 WHERE id = $1 AND ended IS NULL AND pin_verifier IS NOT NULL AND pin_verifier <> $2
		 RETURNING pin_tries`,
		[id, proofHash, pinTriesAllowed]
	);
	// Nothing counted: the share changed in between (ended, or another request locked it).
	if (!counted) return openShare(db, id, pinProof, now, attempt + 1);
	const triesLeft = pinTriesAllowed - counted.pin_tries;
	return triesLeft > 0 ? { result: 'pin', triesLeft } : { result: 'ended', why: 'locked' };
}

/**
 * Whether a share still opens, without counting anything or handing anything out: for the
 * worker's page after a reload, when the key has already been taken out of its address.
 */
export async function shareState(
	db: Database,
	id: string,
	now: number
): Promise<{ live: true; expiresAt: number } | { live: false; why: Ended } | null> {
	const [row] = await db.query<{ ended: Ended | null; expires_at: number; used_up: boolean }>(
		`SELECT ended, expires_at, (view_limit IS NOT NULL AND views >= view_limit) AS used_up
		 FROM shares WHERE id = $1`,
		[id]
	);
	if (!row) return null;
	if (row.ended) return { live: false, why: row.ended };
	if (row.expires_at <= now) return { live: false, why: 'expired' };
	if (row.used_up) return { live: false, why: 'used_up' };
	return { live: true, expiresAt: row.expires_at };
}

/** What the person sees of their share, given the manage secret's hash; null if either is wrong. */
export async function shareStatus(
	db: Database,
	id: string,
	manageHash: Uint8Array,
	now: number
): Promise<ShareStatus | null> {
	const [row] = await db.query<{
		created_at: number;
		expires_at: number;
		views: number;
		view_limit: number | null;
		last_opened_at: number | null;
		ended: Ended | null;
	}>(
		`SELECT created_at, expires_at, views, view_limit, last_opened_at, ended
		 FROM shares WHERE id = $1 AND manage_hash = $2`,
		[id, manageHash]
	);
	if (!row) return null;
	return {
		createdAt: row.created_at,
		expiresAt: row.expires_at,
		views: row.views,
		viewLimit: row.view_limit,
		lastOpenedAt: row.last_opened_at,
		ended: row.ended ?? (row.expires_at <= now ? 'expired' : null)
	};
}

/** Stop sharing now: the content goes at once. False if the id or the secret is wrong. */
export async function revokeShare(db: Database, id: string, manageHash: Uint8Array) {
	const rows = await db.query(
		`UPDATE shares SET ciphertext = NULL, pin_verifier = NULL, ended = COALESCE(ended, 'revoked')
		 WHERE id = $1 AND manage_hash = $2 RETURNING id`,
		[id, manageHash]
	);
	return rows.length > 0;
}

/** Drops the content of shares past their expiry, and the rows of those long ended. */
export async function sweep(db: Database, now: number) {
	await db.query(
		`UPDATE shares SET ciphertext = NULL, pin_verifier = NULL, ended = 'expired'
		 WHERE ciphertext IS NOT NULL AND expires_at <= $1`,
		[now]
	);
	await db.query('DELETE FROM shares WHERE forget_after <= $1', [now]);
}
