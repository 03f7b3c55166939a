import { locale } from '$lib/domain/locale';

// What the browser says about this site's storage: whether it is persistent (kept when space
// runs low) and how much is used. Browsers without the Storage API leave both unknown.

class DeviceStorage {
	#persisted = $state<boolean | null>(null);
	#usage = $state<number | null>(null);
	#quota = $state<number | null>(null);

	get persisted() {
		return this.#persisted;
	}
	get usage() {
		return this.#usage;
	}
	get quota() {
		return this.#quota;
	}

	async refresh() {
		const storage = navigator.storage;
		if (!storage) return;
		this.#persisted = (await storage.persisted?.()) ?? null;
		const estimate = await storage.estimate?.();
		this.#usage = estimate?.usage ?? null;
		this.#quota = estimate?.quota ?? null;
	}

	/** Asks to keep the journal when space runs low; some browsers decide without asking. */
	async requestPersistence(): Promise<boolean> {
		const granted = (await navigator.storage?.persist?.()) ?? false;
		await this.refresh();
		return granted;
	}
}

export const deviceStorage = new DeviceStorage();

/** Bytes in the person's locale: "1.2 MB". */
export function formatBytes(bytes: number): string {
	const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
	let value = bytes;
	let unit = 0;
	while (value >= 1000 && unit < units.length - 1) {
		value /= 1000;
		unit++;
	}
	return new Intl.NumberFormat(locale, {
		style: 'unit',
		unit: units[unit],
		unitDisplay: 'short',
		maximumFractionDigits: unit === 0 ? 0 : 1
	}).format(value);
}
