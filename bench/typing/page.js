// Runs inside Chromium (built by bench/typing/measure.js): the plan's real editors, bound to a
// real autosaving Draft on an unlocked vault, holding a long list or a long text. measure.js
// types into them; this page times each keystroke to the next paint and times the saves.
import { mount } from 'svelte';
import '../../src/app.css';
import { emptySection } from '$lib/domain/plan/plan-fields';
import { findSection } from '$lib/domain/plan/plan-sections';
import ListField from '$lib/features/forms/ListField.svelte';
import SimpleField from '$lib/features/plan/SimpleField.svelte';
import { Draft } from '$lib/features/autosave/draft.svelte';
import { sectionText } from '$lib/features/records/section-text';
import { vault } from '$lib/vault';
import { PendingRecoveryKey } from '$lib/vault/pending-recovery-key';

const sentence = 'I notice I stop answering messages and sleep late. ';

/** Each keystroke's time from the key going down to the frame after it painted. */
const latencies = [];
addEventListener(
	'keydown',
	(event) => {
		const down = event.timeStamp;
		requestAnimationFrame(() => setTimeout(() => latencies.push(performance.now() - down), 0));
	},
	true
);

let draft;
const saveMs = [];

/** Times each save's synchronous part (checking, sealing, starting the write). */
function timeSaves(d) {
	const flush = d.flush.bind(d);
	d.flush = () => {
		const started = performance.now();
		const unsaved = d.state === 'unsaved';
		flush();
		if (unsaved) saveMs.push(performance.now() - started);
	};
}

window.setUpVault = async () => {
	await vault.open();
	await vault.create('a long walk by the river every morning', new PendingRecoveryKey());
};

/** Mounts one editor holding a long list (200 items) or a long text (20,000 characters). */
/** The page's one mount point, which index.html has. */
const main = () => /** @type {HTMLElement} */ (document.getElementById('main'));

window.showEditor = (which) => {
	main().replaceChildren();
	latencies.length = 0;
	saveMs.length = 0;
	// The browser's own cost: a plain growing textarea with the same text, no Svelte, no saving.
	if (which === 'bare') {
		const area = document.createElement('textarea');
		area.className = 'input';
		area.setAttribute('aria-label', 'Plain textarea');
		area.value = sentence.repeat(Math.ceil(20_000 / sentence.length)).slice(0, 20_000);
		main().append(area);
		draft = { changed() {}, flush() {}, state: 'saved' };
		return;
	}
	if (which === 'list') {
		const section = /** @type {import('$lib/domain/plan/plan-sections').PlanSection} */ (
			findSection('early-warning-signs')
		);
		const data = emptySection(section.fields);
		data.notice = Array.from({ length: 200 }, (_, n) => ({
			id: `item-${n}`,
			text: `${n + 1}. ${sentence.repeat(1 + (n % 3))}`.trim()
		}));
		draft = new Draft(section.kind, null, data);
		timeSaves(draft);
		mount(ListField, {
			target: main(),
			props: {
				get items() {
					return draft.data.notice;
				},
				set items(value) {
					draft.data.notice = value;
				},
				words: sectionText['early-warning-signs'].fields.notice,
				onchange: () => draft.changed()
			}
		});
	} else {
		const section = /** @type {import('$lib/domain/plan/plan-sections').PlanSection} */ (
			findSection('about-me')
		);
		const data = emptySection(section.fields);
		data.whoIAm = sentence.repeat(Math.ceil(20_000 / sentence.length)).slice(0, 20_000);
		draft = new Draft(section.kind, null, data);
		timeSaves(draft);
		mount(SimpleField, {
			target: main(),
			props: {
				get value() {
					return draft.data.whoIAm;
				},
				set value(value) {
					draft.data.whoIAm = value;
				},
				shape: section.fields.whoIAm,
				words: sectionText['about-me'].fields.whoIAm,
				onchange: () => draft.changed()
			}
		});
	}
};

/** Saves now, as a pause in typing would, so each run also measures a save of the whole thing. */
window.saveNow = () => {
	draft.changed();
	draft.flush();
	return draft.state;
};

window.typingResults = () => ({ latencies: [...latencies], saveMs: [...saveMs] });
