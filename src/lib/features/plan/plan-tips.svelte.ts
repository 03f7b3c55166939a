// Whether sections show their tips. A device preference with nothing of the person's in it, so
// it lives in localStorage (like the theme) and holds while the journal is locked.

const key = 'waymark.plan-tips';

function read(): boolean {
	try {
		return localStorage.getItem(key) !== 'hidden';
	} catch {
		return true;
	}
}

class PlanTips {
	#shown = $state(read());

	get shown() {
		return this.#shown;
	}

	toggle() {
		this.#shown = !this.#shown;
		try {
			localStorage.setItem(key, this.#shown ? 'shown' : 'hidden');
		} catch {
			// Storage refused (a private window): the choice lasts for this visit.
		}
	}
}

export const planTips = new PlanTips();
