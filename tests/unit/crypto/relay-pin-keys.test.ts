import { describe, expect, it } from 'vitest';
import { relayPinKeys } from '$lib/crypto/pin-key';
import { normalisePin } from '$lib/crypto/share-keys';

// A short link's PIN keys are fixed by its version: a changed label or cost would leave every
// link already sent unopenable, so they are pinned to known answers here.

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const linkKey = Uint8Array.from({ length: 32 }, (_, n) => n);

describe('relayPinKeys', () => {
	it('gives the known box key and proof for a known link key and PIN', async () => {
		const keys = await relayPinKeys(linkKey, 'tea4two');
		expect({ box: hex(keys.boxKey), proof: hex(keys.proof) }).toMatchInlineSnapshot(`
			{
			  "box": "f523faf120fe652f2efa9b1079f0f9179b325dbb37f59afb6a262f6231f83513",
			  "proof": "ec4fd545c035a8460be417dc11bc43a110621d99cb4e2ebc5074e0641b04566d",
			}
		`);
	}, 20_000);

	it('keeps the proof apart from the box key, and needs the link key and the PIN', async () => {
		const keys = await relayPinKeys(linkKey, 'tea4two');
		expect(hex(keys.proof)).not.toBe(hex(keys.boxKey));
		const otherLink = await relayPinKeys(
			linkKey.map((n) => n ^ 1),
			'tea4two'
		);
		const otherPin = await relayPinKeys(linkKey, 'tea4twp');
		for (const other of [otherLink, otherPin]) {
			expect(hex(other.proof)).not.toBe(hex(keys.proof));
			expect(hex(other.boxKey)).not.toBe(hex(keys.boxKey));
		}
		// Read in one case, as the phone and the viewer both read it.
		const typed = await relayPinKeys(linkKey, normalisePin(' TEA4two '));
		expect(hex(typed.proof)).toBe(hex(keys.proof));
	}, 30_000);
});
