// The Node options the server runs with under `npm start`, shared with the benchmark so that it
// measures what runs (docs/decisions/008-server-memory.md). Setting any old-space limit makes V8
// collect before its heap grows far past what is live: the whole benchmark stays under 180 MB
// instead of peaking at 250–270 MB. The limit itself is far above what the server holds (~50 MB
// live), so a large legitimate request does not run out. 16 MB semi-spaces (V8's default) keep
// short-lived garbage out of the old generation; 4 MB ones cost throughput once the limit is set.
/** @type {string[]} */
export const SERVER_NODE_OPTIONS = ['--max-old-space-size=512', '--max-semi-space-size=16'];
