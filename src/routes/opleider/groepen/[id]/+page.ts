// The grid, filters, sorting and paging are links and GET forms: the page needs no script, and
// without hydration its rows are not serialised a second time for the browser.
export const csr = false;
