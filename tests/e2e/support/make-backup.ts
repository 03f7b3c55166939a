import { encodeBase64url } from '../../../src/lib/crypto/base64url';
import { unpack } from '../../../src/lib/crypto/bytes';
import { deriveKeyFromPassphrase, minimumCost } from '../../../src/lib/crypto/kdf';
import { createKeyring } from '../../../src/lib/crypto/keyring';
import { kindTagger } from '../../../src/lib/crypto/kind-tag';
import { sealRecord } from '../../../src/lib/crypto/record-envelope';
import { newRecordId } from '../../../src/lib/crypto/record-id';
import { generateRecoveryKey } from '../../../src/lib/crypto/recovery-key';

/**
 * A large `.waymark` backup made here in Node with the app's own crypto layer: writing
 * thousands of entries through the screens would take minutes. The file layout is the
 * documented backup format (src/lib/vault/backup-file.ts), written out by hand.
 */
export async function makeBackup(passphrase: string, entries: number, textLength = 2000) {
	const { keys, dataKey } = await createKeyring(passphrase, generateRecoveryKey().secret, {
		cost: minimumCost,
		derive: deriveKeyFromPassphrase
	});
	const tag = kindTagger(dataKey);
	const now = new Date().toISOString();
	const records = Array.from({ length: entries }, (_, i) => {
		const id = newRecordId();
		const body = {
			createdAt: now,
			updatedAt: now,
			revision: 1,
			data: { title: `Imported ${i + 1}`, text: 'Calm water. '.repeat(textLength / 12) }
		};
		const sealed = sealRecord(dataKey, id, 'journal-entry', body);
		return {
			id,
			kind: tag('journal-entry'),
			ciphertext: encodeBase64url(unpack(sealed.ciphertext))
		};
	});
	return JSON.stringify({
		format: 'waymark-backup',
		version: 1,
		exportedAt: now,
		keys,
		records,
		revisions: []
	});
}
