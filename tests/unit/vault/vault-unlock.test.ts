import { afterEach, describe, expect, it } from 'vitest';
import { WrongPassphraseError, WrongRecoveryKeyError } from '$lib/crypto/errors';
import { minimumCost, type ArgonCost, type KdfParams } from '$lib/crypto/kdf';
import { PendingRecoveryKey } from '$lib/vault/pending-recovery-key';
import { defineDatabase } from '$lib/vault/schema';
import { UnlockWaitError } from '$lib/vault/unlock-failures';
import { Vault } from '$lib/vault/vault.svelte';
import { fastDerive, freshName } from './helpers';

const day = 24 * 60 * 60 * 1000;
const passphrase = 'a quiet harbour at dawn';

/** A tab's vault with its own clock; derivation "takes" `deriveMs` of that clock. */
function tab(
	name: string,
	{
		clock = { now: Date.parse('2026-12-01T09:00:00Z') },
		deriveMs = 0,
		calibrate = async (): Promise<ArgonCost> => minimumCost
	} = {}
) {
	const derived: KdfParams[] = [];
	const vault = new Vault({
		derive: async (secret, params) => {
			derived.push(params);
			clock.now += deriveMs;
			return fastDerive(secret, params);
		},
		calibrate,
		database: () => defineDatabase(undefined, name),
		now: () => clock.now
	});
	open.push(vault);
	return { vault, clock, derived };
}

async function journal(options: Parameters<typeof tab>[1] = {}) {
	const name = freshName();
	const { vault, clock, derived } = tab(name, options);
	await vault.open();
	const recovery = new PendingRecoveryKey();
	await vault.create(passphrase, recovery);
	await vault.settled();
	vault.lock();
	return { vault, clock, derived, name, recovery };
}

/** Wrong tries, each once the wait before it has passed; the wait after the last one is left. */
async function failTimes(vault: Vault, clock: { now: number }, times: number) {
	for (let i = 0; i < times; i++) {
		clock.now += await vault.unlockWait();
		await expect(vault.unlockWithPassphrase('not it')).rejects.toThrow(WrongPassphraseError);
	}
}

let open: Vault[] = [];
afterEach(async () => {
	for (const vault of open) {
		await vault.settled();
		vault.close();
	}
	open = [];
});

describe('waiting after wrong tries', () => {
	it('refuses a try during the wait, even with the right passphrase, and allows it after', async () => {
		const { vault, clock } = await journal();
		await failTimes(vault, clock, 3);
		expect(await vault.unlockWait()).toBe(2000);
		await expect(vault.unlockWithPassphrase(passphrase)).rejects.toThrow(UnlockWaitError);
		clock.now += 2000;
		await vault.unlockWithPassphrase(passphrase);
		expect(vault.status).toBe('unlocked');
		vault.lock();
		// A success starts the count again.
		expect(await vault.unlockWait()).toBe(0);
		await failTimes(vault, clock, 2);
		expect(await vault.unlockWait()).toBe(0);
	});

	it('keeps the count in the database, so another tab (or a cleared localStorage) still waits', async () => {
		const { vault, clock, name } = await journal();
		const other = tab(name, { clock }).vault;
		await other.open();
		await failTimes(vault, clock, 4);
		expect(await other.unlockWait()).toBe(4000);
		await expect(other.unlockWithPassphrase(passphrase)).rejects.toThrow(UnlockWaitError);
		await expect(other.unlockWithRecoveryKey(new PendingRecoveryKey().text)).rejects.toThrow(
			UnlockWaitError
		);
		const raw = defineDatabase(undefined, name);
		expect((await raw.meta.get('unlock-failures'))?.value).toEqual({ count: 4, at: clock.now });
		raw.close();
	});

	it('counts every try when two tabs try at once', async () => {
		const { vault, clock, name } = await journal();
		const other = tab(name, { clock }).vault;
		await other.open();
		await Promise.all([
			expect(vault.unlockWithPassphrase('not it')).rejects.toThrow(WrongPassphraseError),
			expect(other.unlockWithPassphrase('nor this')).rejects.toThrow(WrongPassphraseError),
			expect(vault.unlockWithPassphrase('nor that')).rejects.toThrow(WrongPassphraseError)
		]);
		expect(await vault.unlockWait()).toBe(2000);
	});

	it('does not wait a day after failures recorded while the clock was a day fast', async () => {
		const { vault, clock, recovery } = await journal();
		clock.now += day;
		await failTimes(vault, clock, 3);
		clock.now += await vault.unlockWait();
		await expect(vault.unlockWithRecoveryKey(new PendingRecoveryKey().text)).rejects.toThrow(
			WrongRecoveryKeyError
		);
		expect(await vault.unlockWait()).toBe(4000);
		// The clock is put right.
		clock.now -= day;
		expect(await vault.unlockWait()).toBe(0);
		await vault.unlockWithRecoveryKey(recovery.text);
		expect(vault.status).toBe('unlocked');

		vault.lock();
		clock.now += day;
		await failTimes(vault, clock, 5);
		clock.now -= day;
		await vault.unlockWithPassphrase(passphrase);
		expect(vault.status).toBe('unlocked');
	});

	it('never waits longer than five minutes', async () => {
		const { vault, clock } = await journal();
		await failTimes(vault, clock, 14);
		expect(await vault.unlockWait()).toBe(5 * 60_000);
	});
});

describe('stronger key parameters after a quick unlock', () => {
	const stronger: ArgonCost = { memoryKiB: 64 * 1024, iterations: 5, parallelism: 1 };

	it('wraps the data key again with the stronger cost; passphrase and recovery key still open it', async () => {
		let calibrated = minimumCost;
		const { vault, name, recovery } = await journal({ calibrate: async () => calibrated });
		const raw = defineDatabase(undefined, name);
		const before = (await raw.meta.get('keys'))?.value as { kdf: KdfParams; byRecoveryKey: string };
		expect(before.kdf).toMatchObject(minimumCost);

		calibrated = stronger;
		await vault.unlockWithPassphrase(passphrase);
		await vault.settled();
		const after = (await raw.meta.get('keys'))?.value as { kdf: KdfParams; byRecoveryKey: string };
		expect(after.kdf).toMatchObject(stronger);
		expect(after.byRecoveryKey).toBe(before.byRecoveryKey);
		raw.close();

		vault.close();
		const again = tab(name).vault;
		await again.open();
		await again.unlockWithPassphrase(passphrase);
		again.lock();
		await again.unlockWithRecoveryKey(recovery.text);
		expect(again.status).toBe('unlocked');
	});

	it('never lowers the stored parameters', async () => {
		let calibrated = stronger;
		const { vault, name } = await journal({ calibrate: async () => calibrated });
		const raw = defineDatabase(undefined, name);
		const before = (await raw.meta.get('keys'))?.value;
		calibrated = minimumCost;
		await vault.unlockWithPassphrase(passphrase);
		await vault.settled();
		calibrated = { ...minimumCost, iterations: 7 };
		vault.lock();
		await vault.unlockWithPassphrase(passphrase);
		await vault.settled();
		const after = (await raw.meta.get('keys'))?.value as { kdf: KdfParams };
		raw.close();
		expect(before).not.toEqual(after);
		// Passes rose to 7; memory stayed at 64 MiB rather than falling to 19.
		expect(after.kdf).toMatchObject({ memoryKiB: 64 * 1024, iterations: 7, parallelism: 1 });
	});

	it('leaves the parameters alone after an unlock near the target', async () => {
		let calibrations = 0;
		const { vault, name } = await journal({
			deriveMs: 500,
			calibrate: async () => (calibrations++ ? stronger : minimumCost)
		});
		await vault.unlockWithPassphrase(passphrase);
		await vault.settled();
		expect(calibrations).toBe(1);
		const raw = defineDatabase(undefined, name);
		expect(((await raw.meta.get('keys'))?.value as { kdf: KdfParams }).kdf).toMatchObject(
			minimumCost
		);
		raw.close();
	});
});
