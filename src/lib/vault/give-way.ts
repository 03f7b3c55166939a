import Dexie from 'dexie';

// Opening many large records (years of check-ins, every goal's journey) is long work in one
// go: a screen stops answering taps while it runs. Between records, once a slice has run this
// long, the page is given a turn. Never inside a transaction, which a turn would end.

const sliceMs = 40;

export function givingWay() {
	let since = performance.now();
	return async () => {
		if (performance.now() - since < sliceMs || Dexie.currentTransaction) return;
		await new Promise((resolve) => setTimeout(resolve, 0));
		since = performance.now();
	};
}
