// A counter per kind of record, bumped after each committed change here or in another tab.
// Components read `version(kind)` inside $derived or $effect, and so reload when it moves.

const channelName = 'waymark-vault';

export type VaultMessage =
	| { type: 'changed'; kind: string }
	| { type: 'changed-all' }
	| { type: 'locked' }
	| { type: 'replaced' };

export class ChangeFeed {
	#versions = $state<Record<string, number>>({});
	/** Bumped when every kind changes at once, kinds not yet seen here included. */
	#all = $state(0);
	#channel: BroadcastChannel | null = null;
	#replacedElsewhere = $state(false);

	/**
	 * Listens to other tabs; `onLocked` runs when one of them locks (Quick exit locks them all),
	 * and when one replaces the journal from a backup: this tab's key is then discarded, so it
	 * locks without saving and the gate reloads it (see `replacedElsewhere`).
	 */
	connect(onLocked: () => void) {
		if (typeof BroadcastChannel === 'undefined' || this.#channel) return;
		this.#channel = new BroadcastChannel(channelName);
		this.#channel.onmessage = ({ data }: MessageEvent<VaultMessage>) => {
			if (data.type === 'changed') this.#bump(data.kind);
			else if (data.type === 'changed-all') this.#all++;
			else if (data.type === 'locked') onLocked();
			else if (data.type === 'replaced') {
				this.#replacedElsewhere = true;
				onLocked();
			}
		};
	}

	/** Another tab replaced the journal: nothing may be sealed here, and the page must reload. */
	get replacedElsewhere() {
		return this.#replacedElsewhere;
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

	/** Every kind at once, here and in other tabs (a merged backup). */
	announceAllChanged() {
		this.changedAll();
		this.#channel?.postMessage({ type: 'changed-all' } satisfies VaultMessage);
	}

	announceLock() {
		this.#channel?.postMessage({ type: 'locked' } satisfies VaultMessage);
	}

	/** Tells other tabs the journal was replaced (a backup, new keys): they lock and reload. */
	announceReplaced() {
		this.#channel?.postMessage({ type: 'replaced' } satisfies VaultMessage);
	}
}
