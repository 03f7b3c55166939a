import type { Queries } from './database.js';

// Opens that arrive while the database is busy go to it together, as one statement: under load
// each open's own round trip (a write to the database's socket, a wake of its process, a parse,
// a commit) cost more than the open itself. One request alone still goes at once, as a batch of
// one. Each share appears at most once in a statement (an UPDATE takes only one match per row);
// a second open of the same share waits for the next. Rows are locked in id order, so two
// statements that share rows can never wait on each other.

export interface OpenRequest {
	id: string;
	/** SHA-256 of the PIN proof, or null when none was given. */
	proofHash: Uint8Array | null;
	now: number;
}

export interface OpenedRow {
	ciphertext: Uint8Array;
	expires_at: number;
}

// `locked` is each row as it stood once locked, with its request beside it: the content that the
// last view drops (a share's ciphertext never changes but to NULL, which the WHERE refuses). The
// requests are joined to their rows there, by key, once: joined again in the UPDATE, each row met
// every request (100 opens took 18 ms, 200 took 67; now 3 and 5). The terms, the count and, on
// the last view the limit allows, the end of the share are one UPDATE: never counted but left
// open.
const openSql = `WITH locked AS (
	  SELECT shares.id, shares.ciphertext, req.proof, req.at
	  FROM unnest($1::text[], $2::text[], $3::float8[]) AS req(id, proof, at)
	  JOIN shares ON shares.id = req.id
	  ORDER BY shares.id FOR UPDATE OF shares
	)
	UPDATE shares SET views = shares.views + 1, last_opened_at = locked.at,
	  ended = CASE WHEN shares.views + 1 >= shares.view_limit THEN 'used_up' END,
	  ciphertext = CASE WHEN shares.views + 1 >= shares.view_limit THEN NULL ELSE shares.ciphertext END,
	  pin_verifier = CASE WHEN shares.views + 1 >= shares.view_limit THEN NULL ELSE shares.pin_verifier END
	FROM locked
	WHERE shares.id = locked.id AND shares.ended IS NULL AND shares.ciphertext IS NOT NULL
	  AND shares.expires_at > locked.at
	  AND (shares.view_limit IS NULL OR shares.views < shares.view_limit)
	  AND (shares.pin_verifier IS NULL OR shares.pin_verifier = decode(locked.proof, 'hex'))
	RETURNING shares.id, locked.ciphertext, shares.expires_at`;

interface Waiting extends OpenRequest {
	resolve: (row: OpenedRow | undefined) => void;
	reject: (error: unknown) => void;
}

export class OpenBatcher {
	#queue: Waiting[] = [];
	#running = 0;

	/**
	 * @param inFlight statements at once: few, so that what arrives meanwhile gathers into the
	 *   next one (in bench/relay, 2 gave more opens a second than 4 or than one statement per open).
	 * @param most shares in one statement.
	 */
	constructor(
		private readonly db: Queries,
		private readonly inFlight = 2,
		private readonly most = 200
	) {}

	/** The share's content and expiry if this open was allowed and counted; else undefined. */
	open(request: OpenRequest): Promise<OpenedRow | undefined> {
		return new Promise((resolve, reject) => {
			this.#queue.push({ ...request, resolve, reject });
			// After the requests this turn of the event loop read, so those that came together go
			// together; one alone waits no longer than that.
			if (this.#queue.length === 1) setImmediate(() => this.#pump());
		});
	}

	#pump() {
		while (this.#running < this.inFlight && this.#queue.length) {
			const batch = this.#take();
			this.#running++;
			this.#run(batch).finally(() => {
				this.#running--;
				this.#pump();
			});
		}
	}

	/** The oldest waiting opens, one per share; the rest keep their places. */
	#take(): Waiting[] {
		const batch: Waiting[] = [];
		const rest: Waiting[] = [];
		const ids = new Set<string>();
		for (const waiting of this.#queue) {
			if (batch.length < this.most && !ids.has(waiting.id)) {
				ids.add(waiting.id);
				batch.push(waiting);
			} else rest.push(waiting);
		}
		this.#queue = rest;
		return batch;
	}

	async #run(batch: Waiting[]) {
		try {
			const rows = await this.db.query<OpenedRow & { id: string }>(openSql, [
				batch.map((w) => w.id),
				batch.map((w) => (w.proofHash ? Buffer.from(w.proofHash).toString('hex') : null)),
				batch.map((w) => w.now)
			]);
			const byId = new Map(rows.map((row) => [row.id, row]));
			for (const waiting of batch) waiting.resolve(byId.get(waiting.id));
		} catch (error) {
			for (const waiting of batch) waiting.reject(error);
		}
	}
}
