// Load for the relay over loopback HTTP: `concurrency` clients, each on a kept-alive connection
// of its own, sending one request after another (no pause between) until the time is up. Each
// client is a bare HTTP/1.1 connection that writes a request and reads the answer by its
// Content-Length, as wrk or autocannon do: on a two-core machine the relay shares with its load,
// node's own http client took a fifth of the CPU.
import { connect } from 'node:net';

/**
 * @typedef {{ method: string, path: string, body?: string }} Request
 * @typedef {{ status: number, body: Buffer }} Response
 */

const headerEnd = Buffer.from('\r\n\r\n');

/** One kept-alive connection, one request at a time. */
class Connection {
	/** @type {Buffer} */
	#received = Buffer.alloc(0);
	/** @type {{ resolve: (r: Response) => void, reject: (e: Error) => void } | null} */
	#waiting = null;

	/** @param {URL} origin */
	constructor(origin) {
		this.host = origin.host;
		this.socket = connect(Number(origin.port), origin.hostname);
		this.socket.setNoDelay(true);
		this.socket.on('data', (chunk) => {
			this.#received = this.#received.length ? Buffer.concat([this.#received, chunk]) : chunk;
			this.#answer();
		});
		const fail = (/** @type {Error} */ error) => {
			this.#broken ??= error;
			this.#waiting?.reject(error);
			this.#waiting = null;
		};
		this.socket.on('error', fail);
		this.socket.on('close', () => fail(new Error('the relay closed the connection')));
	}

	/** @type {Error | undefined} */
	#broken;

	/** Resolves the request waiting once its whole answer is in. */
	#answer() {
		const end = this.#received.indexOf(headerEnd);
		if (end < 0 || !this.#waiting) return;
		const head = this.#received.toString('latin1', 0, end);
		const length = head.match(/\r\ncontent-length: *(\d+)/i)?.[1];
		if (length === undefined) {
			this.#waiting.reject(new Error(`an answer without Content-Length: ${head.slice(0, 80)}`));
			return;
		}
		const total = end + headerEnd.length + Number(length);
		if (this.#received.length < total) return;
		const response = {
			status: Number(head.slice(9, 12)),
			body: this.#received.subarray(end + headerEnd.length, total)
		};
		this.#received = this.#received.subarray(total);
		const { resolve } = this.#waiting;
		this.#waiting = null;
		resolve(response);
	}

	/** @param {Request} req @returns {Promise<Response>} */
	send({ method, path, body = '' }) {
		return new Promise((resolve, reject) => {
			if (this.#broken) return reject(this.#broken);
			this.#waiting = { resolve, reject };
			const type = body ? 'Content-Type: application/json\r\n' : '';
			this.socket.write(
				`${method} ${path} HTTP/1.1\r\nHost: ${this.host}\r\n${type}Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`
			);
		});
	}

	close() {
		this.socket.destroy();
	}
}

/** @param {number[]} sorted @param {number} q */
const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const round = (/** @type {number} */ n) => Math.round(n * 100) / 100;

/**
 * Runs the load; `next()` gives each request, `check` says whether an answer is the one
 * expected (unexpected ones are counted, never silently timed as successes).
 * @param {{
 *   origin: string,
 *   concurrency: number,
 *   durationMs: number,
 *   next: () => Request,
 *   check: (response: Response, request: Request) => boolean
 * }} options
 */
export async function runLoad({ origin, concurrency, durationMs, next, check }) {
	const url = new URL(origin);
	const connections = Array.from({ length: concurrency }, () => new Connection(url));
	/** @type {number[]} */
	const latencies = [];
	let unexpected = 0;
	/** @type {string | undefined} */
	let firstUnexpected;
	const started = performance.now();
	const until = started + durationMs;
	const client = async (/** @type {Connection} */ connection) => {
		while (performance.now() < until) {
			const req = next();
			const sent = performance.now();
			const response = await connection.send(req);
			latencies.push(performance.now() - sent);
			if (!check(response, req)) {
				unexpected++;
				firstUnexpected ??= `${req.method} ${req.path}: ${response.status} ${response.body.toString().slice(0, 80)}`;
			}
		}
	};
	try {
		await Promise.all(connections.map(client));
	} finally {
		for (const connection of connections) connection.close();
	}
	const seconds = (performance.now() - started) / 1000;
	const sorted = latencies.sort((a, b) => a - b);
	return {
		concurrency,
		requests: sorted.length,
		perSecond: Math.round(sorted.length / seconds),
		p50Ms: round(quantile(sorted, 0.5)),
		p99Ms: round(quantile(sorted, 0.99)),
		maxMs: round(sorted.at(-1) ?? NaN),
		unexpected,
		...(firstUnexpected ? { firstUnexpected } : {})
	};
}
