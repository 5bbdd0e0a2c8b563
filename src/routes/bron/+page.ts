// A page to read: no JavaScript needed, anchors and the contents list work as plain links.
export const csr = false;
