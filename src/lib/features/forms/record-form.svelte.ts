import { page } from '$app/state';
import type { RecordKind } from '$lib/domain/record-kind';
import { vault } from '$lib/vault';
import { messageFor } from '$lib/vault/person-facing';

// A form that saves one record with a Save button (a session note, a review): a new record is
// created and the screen moves to its own page; a saved one is updated, the version before kept.

export interface RecordFormWords {
	saving: string;
	saved: string;
	notSaved: string;
	notDeleted: string;
}

export class RecordForm<T> {
	error = $state('');
	/** Said after a save; also what the new record's own page is told it was ("Saved."). */
	status = $state(page.state.done ?? '');
	saving = $state(false);
	confirmDelete = $state(false);
	readonly #kind: RecordKind<T>;
	readonly #id: string | null;
	readonly #words: RecordFormWords;

	constructor(kind: RecordKind<T>, id: string | null, words: RecordFormWords) {
		this.#kind = kind;
		this.#id = id;
		this.#words = words;
	}

	/** The record exists already, so it can be deleted. */
	get saved() {
		return this.#id !== null;
	}

	/** Saves; `created` moves to the new record's page, passing on `done` to say it was saved. */
	async save(data: T, created: (id: string, done: string) => Promise<void>) {
		this.error = '';
		this.saving = true;
		this.status = this.#words.saving;
		try {
			if (this.#id === null) {
				const saved = await vault.records.create(this.#kind, data);
				await created(saved.id, this.#words.saved);
			} else await vault.records.update(this.#kind, this.#id, data);
			this.status = this.#words.saved;
		} catch (caught) {
			this.status = '';
			this.error = messageFor(caught, this.#words.notSaved);
		} finally {
			this.saving = false;
		}
	}

	/** Deletes the record (the screen has asked first), then `gone` leaves its page. */
	async remove(gone: () => Promise<void>) {
		this.error = '';
		try {
			await vault.records.remove(this.#kind, this.#id!);
		} catch (caught) {
			this.error = messageFor(caught, this.#words.notDeleted);
			return;
		}
		await gone();
	}
}
