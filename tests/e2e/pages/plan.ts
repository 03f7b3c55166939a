import type { Page } from '@playwright/test';
import { planSections, type PlanSection } from '../../../src/lib/domain/plan/plan-sections';
import { sectionText } from '../../../src/lib/features/records/section-text';
import { expect, test } from '../fixtures';

/** What a test wrote into each field, to look for later. */
export type Written = { section: PlanSection; field: string; value: string }[];

/** The recovery plan as a person uses it: the overview, a section, its fields. */
export class PlanPage {
	constructor(readonly page: Page) {}

	heading() {
		return this.page.getByRole('heading', { level: 1 });
	}

	openOverview() {
		return test.step('open my plan', async () => {
			await this.page
				.getByRole('navigation', { name: 'Main' })
				.getByRole('link', { name: 'My plan' })
				.click();
			await expect(this.heading()).toHaveText('My recovery plan');
		});
	}

	/** From the overview, by the section's title. */
	openSection(section: PlanSection) {
		const title = sectionText[section.id].title;
		return test.step(`open ${title}`, async () => {
			await this.page.getByRole('main').getByRole('link', { name: title }).click();
			await expect(this.heading()).toHaveText(title);
		});
	}

	backToOverview() {
		return test.step('back to my plan', async () => {
			await this.page.getByRole('link', { name: 'My plan', exact: true }).first().click();
			await expect(this.heading()).toHaveText('My recovery plan');
		});
	}

	/** The group holding a list or items field, by its label. */
	group(label: string) {
		return this.page.getByRole('group', { name: label, exact: true });
	}

	async waitUntilSaved() {
		await expect(this.page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
	}

	/**
	 * Writes something distinctive in every field of the open section, as a person would: typing,
	 * Enter between list items, Add for each card. Returns what was written.
	 */
	fillSection(section: PlanSection, tag: string): Promise<Written> {
		return test.step(`write in every field of ${section.id}`, () => this.#fill(section, tag));
	}

	async #fill(section: PlanSection, tag: string): Promise<Written> {
		const words = sectionText[section.id];
		const written: Written = [];
		let n = 0;
		for (const [field, shape] of Object.entries(section.fields)) {
			const label = words.fields[field].label;
			const word = (part = '') => `${tag}${field}${part}${++n}`;
			if (shape.type === 'list') {
				const group = this.group(label);
				await group.getByRole('button', { name: words.fields[field].add }).click();
				const [first, second] = [word(), word()];
				await this.page.keyboard.type(first);
				await this.page.keyboard.press('Enter');
				await this.page.keyboard.type(second);
				written.push({ section, field, value: first }, { section, field, value: second });
			} else if (shape.type === 'items') {
				const group = this.group(label);
				await group.getByRole('button', { name: words.fields[field].add }).click();
				for (const [part, partShape] of Object.entries(shape.parts)) {
					const value =
						partShape === 'tel' ? `0161 496 ${String(++n).padStart(4, '0')}` : word(part);
					await group
						.getByLabel(words.fields[field].parts![part], { exact: true })
						.last()
						.fill(value);
					written.push({ section, field, value });
				}
			} else {
				const value =
					shape.type === 'date'
						? `2026-11-${String(10 + (++n % 18)).padStart(2, '0')}`
						: shape.type === 'tel'
							? `0161 496 ${String(++n).padStart(4, '0')}`
							: word();
				await this.page.getByLabel(label, { exact: true }).first().fill(value);
				written.push({ section, field, value });
			}
		}
		return written;
	}
}

export { planSections };
