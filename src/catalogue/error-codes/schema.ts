/**
 * Zod schema for the error-code catalogue (build and tests only; the browser imports the plain data and
 * the inferred types). Every code names where its meaning comes from and how sure we are.
 */
import { z } from 'astro/zod';
import { SourceSchema } from '../schema';

/** Which Windows/RDP table a code belongs to; each family has its own URL space under `/codes/`. */
export const CodeFamilySchema = z.enum(['disconnect', 'extended', 'errinfo', 'fatal', 'freerdp']);

/** How firmly a source backs the meaning: a Microsoft table, a single third-party report, or nothing. */
export const ConfidenceSchema = z.enum(['documented', 'reported', 'unknown']);

/** A link from one code to another, e.g. extended 0x7 ↔ ERRINFO_SERVER_DENIED_CONNECTION. */
export const CodeRelationSchema = z.strictObject({
  family: CodeFamilySchema,
  value: z.number().int().nonnegative(),
  /** `twin`: same value and name in another table; `range`: falls inside this code's range; `see-also`: read together. */
  relation: z.enum(['twin', 'range', 'see-also']),
});

export const ErrorCodeSchema = z.strictObject({
  family: CodeFamilySchema,
  /** The numeric value, e.g. 0x904. */
  value: z.number().int().nonnegative().max(0xffffffff),
  /** Symbolic name exactly as the source spells it (`disconnectReasonAtClientWinsockFDCLOSE`), or null if it has none. */
  name: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'Use the identifier as the source spells it.')
    .nullable(),
  /** The meaning, paraphrased from the source (rdp-facts.md §1). Never invented: leave confidence "unknown" instead. */
  meaning: z.string().min(5).max(400),
  /** True when the source gives only the name, and the meaning is read from it. */
  meaningInferred: z.boolean(),
  confidence: ConfidenceSchema,
  /** Extra facts or caveats, each with its own source in `sources`. */
  notes: z.array(z.string().min(10)),
  sources: z.array(SourceSchema).min(1),
  related: z.array(CodeRelationSchema),
  /** Cause ids (causes.ts) the sources tie to this code. */
  causes: z.array(z.string()),
});
export type ErrorCode = z.output<typeof ErrorCodeSchema>;
export type CodeFamily = z.output<typeof CodeFamilySchema>;
export type Confidence = z.output<typeof ConfidenceSchema>;
export type CodeRelation = z.output<typeof CodeRelationSchema>;

/** A guide written for a main + extended pair, e.g. 0x904 + 0x7 → `errors/0x904-0x7/`. */
export const CodeGuideSchema = z.strictObject({
  main: z.number().int().nonnegative(),
  extended: z.number().int().nonnegative(),
  /** Path relative to the site base, with a trailing slash. */
  path: z
    .string()
    .regex(
      /^[a-z0-9-]+(?:\/[a-z0-9-]+)*\/$/,
      'Use a base-relative path with a trailing slash, e.g. "errors/0x904-0x7/".',
    ),
  title: z.string().min(5),
});
export type CodeGuide = z.output<typeof CodeGuideSchema>;
