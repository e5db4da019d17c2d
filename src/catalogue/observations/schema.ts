/**
 * An observation is a yes / no / don't-know question the selector asks. "Yes" adds each link's weight to its
 * cause (a negative weight lowers it); "no" lowers the causes a strong "yes" would have raised. Decisive
 * observations (the documented meaning singles out few causes) count double either way.
 */
import { z } from 'astro/zod';
import { IdSchema } from '../schema';
import { SituationMessageSchema } from '../situations/schema';

/** How the page groups the questions, in the order a technician meets them. */
export const observationGroups = [
  { id: 'client-shows', label: 'What the client shows' },
  { id: 'what-changed', label: 'What changed, and on which side' },
  { id: 'where-fails', label: 'Where it fails' },
  { id: 'host-logs', label: 'What the host logs' },
] as const;
export type ObservationGroup = (typeof observationGroups)[number]['id'];

export const ObservationLinkSchema = z.strictObject({
  cause: IdSchema,
  /** +1 weak hint … +3 strong evidence for the cause; −1 … −3 when "yes" speaks against it. */
  weight: z
    .number()
    .int()
    .min(-3)
    .max(3)
    .refine((w) => w !== 0, 'A link with weight 0 says nothing: remove it.'),
  /** Why; shown next to the ranked cause. */
  because: z.string().min(10),
});

export const ObservationSchema = z.strictObject({
  /** Stable kebab-case id; appears in selector links (`s=` yes, `n=` no, `u=` don't know). Never rename one. */
  id: IdSchema,
  group: z.enum(observationGroups.map((g) => g.id) as [ObservationGroup, ...ObservationGroup[]]),
  /** The observation as a statement the technician answers yes or no to. */
  label: z.string().min(5).max(120),
  /** True when the observation's documented meaning singles out one or two causes. */
  decisive: z.boolean(),
  suggests: z.array(ObservationLinkSchema).min(1),
  /**
   * A log entry's own text (an event message, byte-exact): a pasted text that quotes it answers this question
   * "yes", as if the technician had ticked it. Only for texts that name the observation alone.
   */
  messages: z.array(SituationMessageSchema.omit({ causes: true })).optional(),
});

export type Observation = z.output<typeof ObservationSchema>;
export type ObservationLink = z.output<typeof ObservationLinkSchema>;
