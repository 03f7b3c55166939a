import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { smsHref, telHref } from '$lib/domain/phone-links';

describe('tap to call', () => {
	it('calls the stored number, without spaces or separators', () => {
		expect(telHref('07700 900123')).toBe('tel:07700900123');
		expect(telHref('116 123')).toBe('tel:116123');
		expect(telHref('0161-496.0000')).toBe('tel:01614960000');
	});

	it('drops the (0) after an international code, which is never dialled from abroad', () => {
		expect(telHref('+44 (0)20 7946-0018')).toBe('tel:+442079460018');
		expect(telHref('+44 ( 0 ) 20 7946 0018')).toBe('tel:+442079460018');
		// Without a + the brackets are only grouping: every digit is dialled.
		expect(telHref('(020) 7946 0018')).toBe('tel:02079460018');
	});

	it('dials an extension after a pause, once the main number answers', () => {
		expect(telHref('0800 123 4567 ext 2')).toBe('tel:08001234567,2');
		expect(telHref('0800 123 4567 ext. 2')).toBe('tel:08001234567,2');
		expect(telHref('0800 123 4567, Ext: 24')).toBe('tel:08001234567,24');
		expect(telHref('0800 123 4567 extension 2 3')).toBe('tel:08001234567,23');
		expect(telHref('0800 123 4567 x2')).toBe('tel:08001234567,2');
		expect(telHref('+44 (0)161 496 0000 ext 12')).toBe('tel:+441614960000,12');
	});

	it('does not take words that only contain "x" or "ext" for an extension', () => {
		expect(telHref('text 0800 123 4567')).toBe('tel:08001234567');
		expect(telHref('next to 0800 123 4567')).toBe('tel:08001234567');
	});

	it('keeps the keys a phone menu uses', () => {
		expect(telHref('*121#')).toBe('tel:*121#');
	});

	it('offers no call for a number with nothing to dial', () => {
		expect(telHref('')).toBe('');
		expect(telHref('ask at reception')).toBe('');
		expect(telHref('ext 2')).toBe('');
	});

	it('only ever writes digits, +, *, # and one pause after tel:', () => {
		fc.assert(
			fc.property(fc.string(), (number) => {
				const href = telHref(number);
				expect(href === '' || /^tel:[\d+*#]*\d[\d+*#]*(,\d+)?$/.test(href)).toBe(true);
			})
		);
	});
});

describe('tap to text', () => {
	it('opens a message to the number with its first word written', () => {
		expect(smsHref('85258', 'SHOUT')).toBe('sms:85258?body=SHOUT');
		expect(smsHref('50808', 'HELLO there')).toBe('sms:50808?body=HELLO%20there');
		expect(smsHref('07700 900123')).toBe('sms:07700900123');
	});

	it('offers no message for a number with nothing to send to', () => {
		expect(smsHref('none', 'SHOUT')).toBe('');
	});
});
