import { defineConfig } from 'drizzle-kit';

// Migrations are generated from the schema files; the dialect is PostgreSQL for both drivers.
export default defineConfig({
	schema: './src/lib/server/db/schema/index.ts',
	out: './migrations',
	dialect: 'postgresql'
});
