import { describe, expect, it } from 'vitest';
import {
	defaultHelpCountry,
	helpCountries,
	helpCountry,
	parseHelpCountry
} from '$lib/domain/help-lines';
import { smsHref, telHref } from '$lib/domain/phone-links';

describe('the national lines Help now shows', () => {
	it('starts in the United Kingdom, with 999, NHS 111, Samaritans and Shout', () => {
		expect(defaultHelpCountry).toBe('gb');
		const uk = helpCountry('gb');
		const links = uk.lines.map((line) => [
			line.call ? telHref(line.call) : '',
			line.text ? smsHref(line.text.number, line.text.body) : ''
		]);
		expect(links).toEqual([
			['tel:999', ''],
			['tel:111', ''],
			['tel:116123', ''],
			['', 'sms:85258?body=SHOUT']
		]);
		expect(uk.lines.find((line) => line.id === 'nhs-111')?.when).toContain('option 2');
	});

	it('gives every line something to dial or text, and a sentence on when to use it', () => {
		for (const country of helpCountries) {
			expect(country.lines.length, country.id).toBeGreaterThan(0);
			expect(new Set(country.lines.map((line) => line.id)).size).toBe(country.lines.length);
			for (const line of country.lines) {
				const call = 'call' in line ? telHref(line.call) : '';
				const text = 'text' in line ? smsHref(line.text.number, line.text.body) : '';
				expect(call || text, `${country.id} ${line.id}`).not.toBe('');
				expect(line.when).toMatch(/^[A-Z].+\.$/);
			}
		}
	});

	it('names each country once, by its ISO code', () => {
		const ids = helpCountries.map((country) => country.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(/^[a-z]{2}$/);
	});

	it('reads an unknown or missing stored country as the United Kingdom', () => {
		expect(parseHelpCountry('ie')).toBe('ie');
		expect(parseHelpCountry('xx')).toBe('gb');
		expect(parseHelpCountry(null)).toBe('gb');
	});
});
