// `hyphen/nl` is a directory import, which Node's ESM loader refuses at run time, so code imports
// the file itself. @types/hyphen only types the directory form; this re-types the file form.
declare module 'hyphen/nl/index.js' {
	import type { HyphenationFunctionSync } from 'hyphen';
	const dutch: { hyphenateSync: HyphenationFunctionSync };
	export default dutch;
}
