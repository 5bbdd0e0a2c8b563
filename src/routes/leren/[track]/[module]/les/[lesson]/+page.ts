// No JavaScript on the lesson page: it is read, not used. The read button is a plain form POST
// and the citations are <details>, so everything works without hydration (issue 4, "Speed").
export const csr = false;
