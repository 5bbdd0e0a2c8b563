import { z } from 'zod';
import { getCourse } from '../content';

const optionalDate = z
	.string()
	.trim()
	.transform((value) => value || null)
	.pipe(z.union([z.null(), z.iso.date({ error: 'date' })]));

const details = {
	name: z
		.string({ error: 'required' })
		.trim()
		.min(1, { error: 'required' })
		.max(120, { error: 'name-length' }),
	startsOn: optionalDate.optional().default(null),
	endsOn: optionalDate.optional().default(null)
};

const datesInOrder = (group: { startsOn: string | null; endsOn: string | null }) =>
	!group.startsOn || !group.endsOn || group.startsOn <= group.endsOn;
const dateOrder = { error: 'date-order', path: ['endsOn'] };

/** Group details as typed by a trainer; error messages are codes for the page to translate. */
export const cohortForm = z
	.object({
		...details,
		trackId: z
			.string({ error: 'track' })
			.refine((id) => getCourse().track(id) !== undefined, { error: 'track' })
	})
	.refine(datesInOrder, dateOrder);

export const cohortDetailsForm = z.object(details).refine(datesInOrder, dateOrder);

export const inviteForm = z.object({
	email: z
		.string({ error: 'required' })
		.trim()
		.min(1, { error: 'required' })
		.pipe(z.email({ error: 'email' }))
});

export const memberForm = z.object({ userId: z.string().min(1, { error: 'required' }) });
