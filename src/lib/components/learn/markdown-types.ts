// A small, safe tree of Markdown for short texts (module introductions), built on the server
// and drawn by Markdown.svelte with Svelte elements: no HTML string ever reaches the page.

export type MdInline =
	| { t: 'text'; v: string }
	| { t: 'strong' | 'em' | 'del'; c: MdInline[] }
	| { t: 'code'; v: string }
	| { t: 'br' }
	| { t: 'link'; href: string; c: MdInline[] };

export type MdBlock =
	| { t: 'p'; c: MdInline[] }
	| { t: 'plain'; c: MdInline[] }
	| { t: 'h'; level: 2 | 3 | 4; c: MdInline[] }
	| { t: 'ul' | 'ol'; items: MdBlock[][] }
	| { t: 'quote'; c: MdBlock[] };
