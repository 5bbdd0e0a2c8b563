import { and, eq } from 'drizzle-orm';
import type { Database } from '../client';
import { certificate } from '../schema';

export type Certificate = typeof certificate.$inferSelect;
export type NewCertificate = typeof certificate.$inferInsert;

/**
 * Inserts unless the learner already has a certificate for the track, or the code is taken;
 * both unique indexes make this safe under concurrent requests. True when a row was added.
 */
export async function insertCertificate(db: Database, values: NewCertificate): Promise<boolean> {
	const rows = await db
		.insert(certificate)
		.values(values)
		.onConflictDoNothing()
		.returning({ id: certificate.id });
	return rows.length > 0;
}

export async function findCertificate(
	db: Database,
	userId: string,
	trackId: string
): Promise<Certificate | undefined> {
	const rows = await db
		.select()
		.from(certificate)
		.where(and(eq(certificate.userId, userId), eq(certificate.trackId, trackId)))
		.limit(1);
	return rows[0];
}

/** The public check: only what the verification page may show, never the user id. */
export async function findCertificateByCode(
	db: Database,
	code: string
): Promise<{ holderName: string; trackId: string; issuedAt: Date } | undefined> {
	const rows = await db
		.select({
			holderName: certificate.holderName,
			trackId: certificate.trackId,
			issuedAt: certificate.issuedAt
		})
		.from(certificate)
		.where(eq(certificate.verificationCode, code))
		.limit(1);
	return rows[0];
}

/** Certificates a learner holds, for the portfolio. */
export async function certificatesOf(db: Database, userId: string): Promise<Certificate[]> {
	return db
		.select()
		.from(certificate)
		.where(eq(certificate.userId, userId))
		.orderBy(certificate.issuedAt);
}
