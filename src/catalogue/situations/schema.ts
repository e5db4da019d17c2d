/**
 * A situation is what the technician is facing: a code, or a message the client shows, with the causes
 * that produce it. Each has one guide page. Code pages, search, the selector's ranking and the evidence
 * loop read situations, so no generic code names a particular code pair.
 */
import { z } from 'astro/zod';
import { CodeFamilySchema } from '../error-codes/schema';
import { IdSchema } from '../schema';

/** A code as one of the catalogue's tables lists it, e.g. `{ family: 'disconnect', value: 0x204 }`. */
export const SituationCodeSchema = z.strictObject({
  family: CodeFamilySchema,
  value: z.number().int().nonnegative().max(0xffffffff),
});

/**
 * A message exactly as a dialog or log shows it, in one language. Search and the decoder match its most
 * distinctive phrase, so keep the wording byte-exact, including punctuation.
 */
export const SituationMessageSchema = z.strictObject({
  /** BCP 47 tag of the Windows display language that shows this text, e.g. "en-US". */
  locale: z.string().regex(/^[a-z]{2,3}(?:-[A-Z][a-zA-Z]{1,3})?$/, 'Use a BCP 47 tag such as "en-US".'),
  text: z.string().min(10),
  /**
   * When this message's documented meaning names fewer causes than its situation lists: only these (a subset of
   * the situation's causes, most common first). A pasted text that matches this message ranks only them.
   */
  causes: z.array(IdSchema).min(1).optional(),
});

export const SituationSchema = z.strictObject({
  /** Stable kebab-case id; appears in links (`?situation=`). Never rename one. */
  id: IdSchema,
  /** The situation as a technician would name it. */
  title: z.string().min(5).max(100),
  /** The guide's label in the sidebar's "Start here" group: short enough for one line. */
  navLabel: z.string().min(3).max(45),
  /** Base-relative path of the guide page, with a trailing slash (e.g. "errors/0x904-0x7/"). */
  guide: z
    .string()
    .regex(
      /^[a-z0-9-]+(?:\/[a-z0-9-]+)*\/$/,
      'Use a base-relative path with a trailing slash, e.g. "errors/cant-reach-host/".',
    ),
  /** Codes whose documented meaning is this situation. Their code pages link to the guide at the top. */
  codes: z.array(SituationCodeSchema),
  /** Messages the client shows in this situation. */
  messages: z.array(SituationMessageSchema),
  /** Cause ids (causes.ts) that produce this situation, most common first. Causes not listed are ruled out by it. */
  causes: z.array(IdSchema).min(1),
  /** Which machine to look at first. */
  lookFirstOn: z.enum(['host', 'client', 'network']),
});

export type Situation = z.output<typeof SituationSchema>;
export type SituationInput = z.input<typeof SituationSchema>;
