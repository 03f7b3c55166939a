// Runs inside Chromium (built by bench/share/measure.js): seals each summary with the app's own
// createShareLink (valibot, JSON, deflate-raw through CompressionStream, secretbox, base64url),
// which Node could only imitate, and opens it again to check that the link holds the summary;
// then makes it a short link too, through the relay the bench serves beside the app.
// Returns every timing and the fragments; the Node side takes medians and opens the links.
import { createShareLink, openShareLink, readShareLink, shareUrl } from '$lib/share/share-link';
import { createRelayShare } from '$lib/share/relay-link';
import { planSections } from '$lib/domain/plan/plan-sections';
import { summaries, textChars } from './summaries.js';

/** The sections that come from the plan, to count the plan's own text. */
const planSectionIds = new Set(planSections.map((s) => s.id));

async function time(work) {
	const started = performance.now();
	const result = await work();
	return { ms: performance.now() - started, result };
}

/** `runs` timings of `work`, after one untimed call that warms the JIT and loads the streams. */
async function timings(work, runs) {
	await work();
	const ms = [];
	let result;
	for (let run = 0; run < runs; run++) ({ ms: ms[run], result } = await time(work));
	return { ms, result };
}

const chars = (sections) => sections.reduce((n, s) => n + textChars(s), 0);

window.measureShare = async ({ origin, runs, pin }) => {
	// One moment for all, so every summary's `created` and `expires` have the same digits.
	const created = Date.now();
	const results = [];
	for (const [name, make] of Object.entries(summaries)) {
		const summary = /** @type {any} */ (make(created));
		const json = JSON.stringify(summary);
		const create = await timings(() => createShareLink(summary), runs);
		const fragment = create.result;
		const open = await timings(() => openShareLink(readShareLink(fragment)), runs);
		if (JSON.stringify(open.result) !== json) throw new Error(`The ${name} link opened changed.`);
		// The same summary as a short link, left with the relay beside the app: once, to open.
		const short = await time(() => createRelayShare(summary, '', { days: 14, viewLimit: null }));
		results.push({
			name,
			sections: summary.s.length,
			textChars: chars(summary.s),
			planTextChars: chars(summary.s.filter((s) => planSectionIds.has(s.id))),
			jsonBytes: new TextEncoder().encode(json).length,
			url: shareUrl(origin, fragment),
			shortUrl: shareUrl(origin, short.result.fragment),
			shortCreateMs: short.ms,
			createMs: create.ms,
			openMs: open.ms
		});
	}
	// With a PIN, Argon2id (64 MiB) runs once per link: timed once, as a person would wait for it.
	const typical = /** @type {any} */ (summaries.typical(created));
	const withPin = await time(() => createShareLink(typical, pin));
	const pinOpen = await time(async () => openShareLink(readShareLink(withPin.result), pin));
	if (JSON.stringify(pinOpen.result) !== JSON.stringify(typical))
		throw new Error('The typical link with a PIN opened changed.');
	return {
		summaries: results,
		pin: { createMs: withPin.ms, openMs: pinOpen.ms, url: shareUrl(origin, withPin.result) }
	};
};
