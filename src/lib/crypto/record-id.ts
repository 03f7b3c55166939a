import { encodeBase64url } from './base64url';
import { randomBytes } from './bytes';

/** A random record id (128 bits): it says nothing about when or in what order it was made. */
export function newRecordId(): string {
	return encodeBase64url(randomBytes(16));
}
