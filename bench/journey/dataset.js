// Ten years of a person's journey, written through the vault's own repository into the journal
// that is open, as the app would have written it day by day. Runs inside Chromium on the app's own
// origin; the journey's seed page (page.js) and the search benchmark's (bench/search/) share it.
import { checkinsKind } from '$lib/domain/journey/checkin';
import { goalKind } from '$lib/domain/journey/goal';
import { goalJourneyKind } from '$lib/domain/journey/goal-journey';
import { reviewKind } from '$lib/domain/journey/review';
import { sessionNoteKind } from '$lib/domain/journey/session-note';
import { newRecordId } from '$lib/crypto/record-id';
import { vault } from '$lib/vault';

const dayMs = 86_400_000;
const notes = [
	'Slept badly, better after a walk',
	'Saw Jo for coffee',
	'Quiet day at home',
	'Busy at work, tired but okay',
	''
];
const dayString = (ms) => new Date(ms).toISOString().slice(0, 10);

/**
 * Writes the journey into the open vault; returns how many of each were written.
 * @param {Record<string, number>} dataset years, checkinsPerDay, goals, sessions, reviews
 */
export async function writeJourney({ years, checkinsPerDay, goals, sessions, reviews }) {
	const now = Date.now();
	const start = now - years * 365 * dayMs;
	let random = 7;
	const next = () => (random = (random * 48271) % 2147483647) / 2147483647;
	const score = () => 1 + Math.floor(next() * 5);

	// Check-ins: a few a day, gathered by year as the app gathers them.
	const byYear = new Map();
	for (let day = start; day <= now; day += dayMs)
		for (let n = 0; n < checkinsPerDay; n++) {
			const at = new Date(day + (9 + n * 10) * 3_600_000).toISOString();
			const entry = {
				id: newRecordId(),
				at,
				updatedAt: at,
				scores: { mood: score(), sleep: score(), hope: score(), connection: score() },
				ticked: [],
				helped: n ? '' : 'A walk by the river',
				note: notes[Math.floor(next() * notes.length)]
			};
			const year = Number(at.slice(0, 4));
			if (!byYear.has(year)) byYear.set(year, []);
			byYear.get(year).push(entry);
		}
	for (const [year, entries] of byYear) await vault.records.create(checkinsKind(year), { entries });

	// Goals, each with a progress update every week since it began, and a setback now and then.
	for (let g = 0; g < goals; g++) {
		const goal = await vault.records.create(goalKind, {
			title: `Goal ${g + 1}: walk to the allotment and back`,
			why: 'To feel stronger and get out more',
			steps: [{ id: newRecordId(), text: 'Find my boots', done: true }],
			support: [],
			targetDate: '',
			status: g % 5 === 0 ? 'achieved' : 'working',
			risks: []
		});
		const entries = [];
		for (let day = start; day <= now; day += 7 * dayMs) {
			const at = new Date(day).toISOString();
			entries.push(
				next() < 0.05
					? {
							id: newRecordId(),
							type: 'setback',
							on: dayString(day),
							at,
							updatedAt: at,
							happened: 'A hard week',
							helped: 'Talking',
							gotInWay: 'Sleep',
							learnt: 'Rest'
						}
					: {
							id: newRecordId(),
							type: 'progress',
							on: dayString(day),
							at,
							updatedAt: at,
							scale: Math.floor(next() * 11),
							note: 'Steady'
						}
			);
		}
		// Written as the app writes them; the bench's plain objects stand in for typed ones.
		await vault.records.create(goalJourneyKind(goal.id), /** @type {any} */ ({ entries }));
	}

	for (let s = 0; s < sessions; s++) {
		const day = start + Math.floor(((s + 0.5) / sessions) * (now - start));
		await vault.records.create(sessionNoteKind, {
			date: dayString(day),
			who: 'Sam, my nurse',
			talkedAbout: 'How the week went, sleep, and the walking group.',
			goals: [],
			agreed: 'Try the walking group on Tuesday.',
			nextDate: dayString(day + 14 * dayMs)
		});
	}
	for (let r = 0; r < reviews; r++) {
		const day = start + Math.floor(((r + 0.5) / reviews) * (now - start));
		await vault.records.create(reviewKind, {
			date: dayString(day),
			full: r % 2 === 1,
			wentWell: 'More walks',
			needsChanged: 'Moved house',
			planChanges: 'New crisis number',
			nextDate: ''
		});
	}
	const counts = {
		checkins: [...byYear.values()].reduce((sum, e) => sum + e.length, 0),
		goals,
		goalUpdates: goals * Math.ceil((now - start) / (7 * dayMs)),
		sessions,
		reviews
	};
	return counts;
}
