// The one locale every screen writes in: dates, numbers and plurals follow it, not the device's
// language, so the words and the dates around them agree. It matches <html lang> in app.html.
export const locale = 'en-GB';

const pluralRules = new Intl.PluralRules(locale);

/** The words for each plural category of the locale (Welsh has six); `other` is always given. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** The form of `forms` for the count `n`, by the locale's plural rules. */
export function plural(n: number, forms: PluralForms): string {
	return forms[pluralRules.select(n)] ?? forms.other;
}

const numbers = new Intl.NumberFormat(locale);

/** A count as the locale writes it: "1,234". */
export function formatNumber(n: number): string {
	return numbers.format(n);
}
