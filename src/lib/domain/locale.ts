// The one locale every screen writes in: dates, numbers and plurals follow it, not the device's
// language, so the words and the dates around them agree. It matches <html lang> in app.html.
export const locale = 'en-GB';

// Made on first use, not as the module loads: the first Intl object a page makes loads the
// locale's data, a long task (about 30 ms here) the first screen would otherwise wait behind.
let pluralRules: Intl.PluralRules | undefined;
let numbers: Intl.NumberFormat | undefined;

/** The words for each plural category of the locale (Welsh has six); `other` is always given. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** The form of `forms` for the count `n`, by the locale's plural rules. */
export function plural(n: number, forms: PluralForms): string {
	pluralRules ??= new Intl.PluralRules(locale);
	return forms[pluralRules.select(n)] ?? forms.other;
}

/** A count as the locale writes it: "1,234". */
export function formatNumber(n: number): string {
	numbers ??= new Intl.NumberFormat(locale);
	return numbers.format(n);
}
