/** URLs for the PostgreSQL server named by TEST_DATABASE_URL: its admin database and others. */
export function databaseUrlFor(serverUrl: string, database: string): string {
	const url = new URL(serverUrl);
	url.pathname = `/${database}`;
	return url.toString();
}

export function adminUrl(serverUrl: string): string {
	return databaseUrlFor(serverUrl, 'postgres');
}
