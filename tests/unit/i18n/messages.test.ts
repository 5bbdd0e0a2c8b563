import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Every message file named in the inlang settings, merged per locale (one file per domain).
const settings = JSON.parse(readFileSync('project.inlang/settings.json', 'utf8'));
const patterns: string[] = [settings['plugin.inlang.messageFormat'].pathPattern].flat();
const load = (locale: string): Record<string, string> => {
	const merged: Record<string, string> = {};
	for (const pattern of patterns) {
		const messages = JSON.parse(readFileSync(pattern.replace('{locale}', locale), 'utf8'));
		for (const key of Object.keys(messages)) {
			if (key !== '$schema' && key in merged) throw new Error(`${key} is defined twice`);
			merged[key] = messages[key];
		}
	}
	return merged;
};
const nl = load('nl');
const en = load('en');
const keys = (messages: Record<string, string>) =>
	Object.keys(messages).filter((k) => k !== '$schema');

describe('UI messages', () => {
	it('exist in both languages with the same keys', () => {
		expect(keys(nl).length).toBeGreaterThan(50);
		expect(keys(en).sort()).toEqual(keys(nl).sort());
	});

	it('are never empty', () => {
		for (const [locale, messages] of [
			['nl', nl],
			['en', en]
		] as const) {
			for (const key of keys(messages)) {
				expect(messages[key]?.trim(), `${locale}.${key}`).toBeTruthy();
			}
		}
	});

	it('use the same placeholders in both languages', () => {
		const params = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
		for (const key of keys(nl)) expect(params(en[key]!), key).toEqual(params(nl[key]!));
	});

	it('compile into non-empty strings (the offline plugin is configured)', async () => {
		const { m } = await import('../../../src/lib/paraglide/messages');
		expect(m.login_title({}, { locale: 'en' })).toBe('Log in');
		expect(m.login_title({}, { locale: 'nl' })).toBe('Inloggen');
		expect(m.login_throttled({ minutes: 7 }, { locale: 'nl' })).toContain('7 minuten');
	});
});
