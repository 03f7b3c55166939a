import { page } from '$app/state';
import type { RecordKind } from '$lib/domain/record-kind';
import { vault } from '$lib/vault';
import { messageFor } from '$lib/vault/person-facing';
import { Submission } from './submission.svelte';

// A form that saves one record with a Save button (a session note, a review): a new record is
// created and the screen moves to its own page; a saved one is updated, the version before kept.

export interface RecordFormWords {
	saving: string;
	saved: string;
	notSaved: string;
	notDeleted: string;
}

export class RecordForm<T> extends Submission {
	confirmDelete = $state(false);
	readonly #kind: RecordKind<T>;
	readonly #id: string | null;
	readonly #words: RecordFormWords;

	constructor(kind: RecordKind<T>, id: string | null, words: RecordFormWords) {
		super();
		// A new record's own page is told what was done ("Saved.").
		this.status = page.state.done ?? '';
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
		const { saving, saved, notSaved } = this.#words;
		await this.run(
			async () => {
				if (this.#id === null) {
					const record = await vault.records.create(this.#kind, data);
					await created(record.id, saved);
				} else await vault.records.update(this.#kind, this.#id, data);
			},
			{ saving, saved, failed: notSaved }
		);
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
