// The Node options the server runs with under `npm start`, shared with the benchmark so that it
// measures what runs (docs/decisions/008-server-memory.md). A young generation of 4 MB semi-spaces
// instead of V8's default 16 MB keeps the server's memory lower under load at no throughput cost
// measured on this machine.
/** @type {string[]} */
export const SERVER_NODE_OPTIONS = ['--max-semi-space-size=4'];
