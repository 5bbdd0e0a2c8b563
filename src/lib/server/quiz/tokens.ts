import { hash } from 'node:crypto';
import type { QuizItem } from '../../content';

// Opaque form values for the parts of an item (options, match rows and targets, order steps).
// Content ids give answers away: a match pair's id IS the id of its right-hand text, order steps
// are often `s1`, `s2`, … in the right order, and the right option is often `a`. So the page
// gets a token per part instead, derived from a scope (the attempt, or a review round) and a
// hash of the whole item. That hash covers the feedback and the answer key, which the browser
// never sees, so it cannot recompute the tokens or the shuffled order from them.

const itemSecrets = new WeakMap<object, string>();

function itemSecret(item: QuizItem): string {
	let secret = itemSecrets.get(item);
	if (!secret) {
		secret = hash('sha256', JSON.stringify(item), 'base64url');
		itemSecrets.set(item, secret);
	}
	return secret;
}

export type PartKind = 'option' | 'row' | 'target' | 'step';

/** The scope of one asking of an item: tokens differ per attempt and per review round. */
export interface TokenScope {
	readonly key: string;
}

export function attemptScope(attemptId: string): TokenScope {
	return { key: `attempt:${attemptId}` };
}

export function reviewScope(userId: string, lastAnsweredAt: Date): TokenScope {
	return { key: `review:${userId}:${lastAnsweredAt.getTime()}` };
}

export function partToken(scope: TokenScope, item: QuizItem, kind: PartKind, id: string): string {
	// One-shot hash: a quiz submission reads ~50 tokens, and createHash() per token cost more.
	return hash('sha256', `${scope.key}\0${itemSecret(item)}\0${kind}\0${id}`, 'base64url').slice(
		0,
		12
	);
}

/** Tokens for a list of parts, in a deterministic shuffled order (sorted by token). */
export function tokenise<T extends { id: string }>(
	scope: TokenScope,
	item: QuizItem,
	kind: PartKind,
	parts: readonly T[]
): { token: string; part: T }[] {
	return parts
		.map((part) => ({ token: partToken(scope, item, kind, part.id), part }))
		.sort((a, b) => (a.token < b.token ? -1 : a.token > b.token ? 1 : 0));
}

/** Token → part id, for reading a submitted form. */
export function tokenMap(
	scope: TokenScope,
	item: QuizItem,
	kind: PartKind,
	parts: readonly { id: string }[]
): Map<string, string> {
	return new Map(parts.map((part) => [partToken(scope, item, kind, part.id), part.id]));
}
