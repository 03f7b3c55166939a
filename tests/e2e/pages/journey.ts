import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';

/** The journey as a person uses it: checking in, goals, session notes and reviews. */
export class JourneyPage {
	constructor(readonly page: Page) {}

	heading() {
		return this.page.getByRole('heading', { level: 1 });
	}

	open() {
		return test.step('open my journey', async () => {
			await this.page
				.getByRole('navigation', { name: 'Main' })
				.getByRole('link', { name: 'Journey' })
				.click();
			await expect(this.heading()).toHaveText('My journey');
		});
	}

	/** From the journey's front page, by the button that leads there. */
	openArea(action: string, heading: string) {
		return test.step(`open ${heading}`, async () => {
			await this.open();
			await this.page.getByRole('link', { name: action }).click();
			await expect(this.heading()).toHaveText(heading);
		});
	}

	/** Writes a list in a plan section: each item typed, Enter between them. */
	writePlanList(section: string, label: string, addButton: string, entries: string[]) {
		return test.step(`write ${label} in ${section}`, async () => {
			const { page } = this;
			await page
				.getByRole('navigation', { name: 'Main' })
				.getByRole('link', { name: 'My plan' })
				.click();
			await page.getByRole('main').getByRole('link', { name: section }).click();
			await expect(this.heading()).toHaveText(section);
			const group = page.getByRole('group', { name: label, exact: true });
			await group.getByRole('button', { name: addButton }).click();
			for (const [n, entry] of entries.entries()) {
				await page.keyboard.type(entry);
				if (n < entries.length - 1) await page.keyboard.press('Enter');
			}
			await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
		});
	}

	/** Answers the check-in's scales, by name and point. */
	async score(scale: string, point: number) {
		await this.page.getByRole('radio', { name: `${scale}: ${point} of 5` }).check();
	}

	/** A check-in at a local date and time (YYYY-MM-DDTHH:mm), or now, with scores by scale name. */
	checkIn(when: string | null, scores: Record<string, number>) {
		return test.step('check in', async () => {
			const { page } = this;
			await this.openArea('Check in now', 'Check in');
			for (const [scale, point] of Object.entries(scores)) await this.score(scale, point);
			if (when) await page.getByLabel('When').fill(when);
			await page.getByRole('button', { name: 'Save check-in' }).click();
			await expect(this.heading()).toHaveText('My journey');
		});
	}

	createGoal(title: string, now: number) {
		return test.step(`create the goal “${title}”`, async () => {
			const { page } = this;
			await this.openArea('Open my goals', 'My goals');
			await page.getByRole('link', { name: 'New goal' }).click();
			await page.getByLabel('What I’d like to do').fill(title);
			await page.getByRole('radio', { name: `${now} of 10` }).check();
			await page.getByRole('button', { name: 'Save goal' }).click();
			await expect(this.heading()).toHaveText(title);
		});
	}
}
