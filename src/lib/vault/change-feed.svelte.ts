// A counter per kind of record, bumped after each committed change here or in another tab.
// Components read `version(kind)` inside $derived or $effect, and so reload when it moves.

const channelName = 'waymark-vault';

export type VaultMessage = { type: 'changed'; kind: string } | { type: 'locked' };

export class ChangeFeed {
	#versions = $state<Record<string, number>>({});
	/** Bumped when every kind changes at once, kinds not yet seen here included. */
	#all = $state(0);
	#channel: BroadcastChannel | null = null;

	/** Listens to other tabs; `onLocked` runs when one of them locks (Quick exit locks them all). */
	connect(onLocked: () => void) {
		if (typeof BroadcastChannel === 'undefined' || this.#channel) return;
		this.#channel = new BroadcastChannel(channelName);
		this.#channel.onmessage = ({ data }: MessageEvent<VaultMessage>) => {
			if (data.type === 'changed') this.#bump(data.kind);
			else if (data.type === 'locked') onLocked();
		};
	}

	disconnect() {
		this.#channel?.close();
		this.#channel = null;
	}

	version(kind: string): number {
		return (this.#versions[kind] ?? 0) + this.#all;
	}

	#bump(kind: string) {
		this.#versions[kind] = (this.#versions[kind] ?? 0) + 1;
	}

	changed(kind: string) {
		this.#bump(kind);
		this.#channel?.postMessage({ type: 'changed', kind } satisfies VaultMessage);
	}

	/** Every kind at once: after an import, or when the journal is locked or replaced. */
	changedAll() {
		this.#all++;
	}

	announceLock() {
		this.#channel?.postMessage({ type: 'locked' } satisfies VaultMessage);
	}
}
