// Load for the relay over loopback HTTP: `concurrency` clients, each on a kept-alive connection
// of its own, sending one request after another (no pause between) until the time is up. Node's
// own http client, which costs the load far less CPU than fetch on a machine the relay shares.
import { Agent, request } from 'node:http';

/**
 * @typedef {{ method: string, path: string, body?: string }} Request
 * @typedef {{ status: number, body: Buffer }} Response
 */

/**
 * One request on `agent`; resolves with the whole answer.
 * @param {Agent} agent
 * @param {URL} origin
 * @param {Request} req
 * @returns {Promise<Response>}
 */
export function send(agent, origin, { method, path, body }) {
	return new Promise((resolve, reject) => {
		const headers = body
			? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }
			: { 'content-length': 0 };
		const outgoing = request(
			{ host: origin.hostname, port: origin.port, method, path, agent, headers },
			(incoming) => {
				/** @type {Buffer[]} */
				const chunks = [];
				incoming.on('data', (chunk) => chunks.push(chunk));
				incoming.on('end', () =>
					resolve({ status: incoming.statusCode ?? 0, body: Buffer.concat(chunks) })
				);
				incoming.on('error', reject);
			}
		);
		outgoing.on('error', reject);
		outgoing.end(body);
	});
}

/** @param {number[]} sorted @param {number} q */
const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const round = (/** @type {number} */ n) => Math.round(n * 100) / 100;

/**
 * Runs the load; `next(client, n)` gives each client's n-th request, `check` says whether an
 * answer is the one expected (unexpected ones are counted, never silently timed as successes).
 * @param {{
 *   origin: string,
 *   concurrency: number,
 *   durationMs: number,
 *   next: (client: number, n: number) => Request,
 *   check: (response: Response, request: Request) => boolean
 * }} options
 */
export async function runLoad({ origin, concurrency, durationMs, next, check }) {
	const url = new URL(origin);
	const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
	/** @type {number[]} */
	const latencies = [];
	let unexpected = 0;
	/** @type {string | undefined} */
	let firstUnexpected;
	const started = performance.now();
	const until = started + durationMs;
	const client = async (/** @type {number} */ id) => {
		for (let n = 0; performance.now() < until; n++) {
			const req = next(id, n);
			const sent = performance.now();
			const response = await send(agent, url, req);
			latencies.push(performance.now() - sent);
			if (!check(response, req)) {
				unexpected++;
				firstUnexpected ??= `${req.method} ${req.path}: ${response.status} ${response.body.toString().slice(0, 80)}`;
			}
		}
	};
	await Promise.all(Array.from({ length: concurrency }, (_, id) => client(id)));
	const seconds = (performance.now() - started) / 1000;
	agent.destroy();
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
