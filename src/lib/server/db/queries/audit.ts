import { and, desc, eq } from 'drizzle-orm';
import type { Database } from '../client';
import { auditEvent, user } from '../schema';
import { newId } from '../../auth/tokens';

export type AuditKind = 'reflection-read' | 'cohort-member-removed' | 'role-changed';

export async function insertAuditEvent(
	db: Database,
	event: { actorId: string; subjectUserId: string; kind: AuditKind; target: string; at: Date }
) {
	await db.insert(auditEvent).values({ id: newId(), ...event });
}

/** Events about one target (e.g. who read a reflection and when), newest first. */
export function listAuditEventsFor(
	db: Database,
	subjectUserId: string,
	kind: AuditKind,
	target: string
) {
	return db
		.select({ actorName: user.name, at: auditEvent.at })
		.from(auditEvent)
		.leftJoin(user, eq(user.id, auditEvent.actorId))
		.where(
			and(
				eq(auditEvent.subjectUserId, subjectUserId),
				eq(auditEvent.kind, kind),
				eq(auditEvent.target, target)
			)
		)
		.orderBy(desc(auditEvent.at));
}
