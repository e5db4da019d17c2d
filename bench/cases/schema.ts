/**
 * A benchmark case: one public troubleshooting thread whose resolution is confirmed. `reported` holds only
 * what the person reported before the answer (the code or message they pasted, what they said was or was not
 * so); the resolution lives apart, in `confirmedCause` and `resolution`, and the ranking never sees it.
 */
import { z } from 'astro/zod';

/** Cause ids the issue-14 work adds; a case may name one before it exists (it counts as a miss until then). */
export const pendingCauseIds = [
  'network-path',
  'computer-renamed-certificate',
  'client-kerberos-name-path',
  'cipher-suite-mismatch',
] as const;

export const BenchCaseSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  source: z.strictObject({ url: z.url({ protocol: /^https$/ }), title: z.string().min(5) }),
  reported: z.strictObject({
    /** The code or message as the reporter pasted it; "" when they gave none. */
    code: z.string().max(600),
    /** Observation ids the reporter's own words answer "yes"; every other question stays "don't know". */
    yes: z.array(z.string()),
    no: z.array(z.string()),
  }),
  confirmedCause: z.string(),
  /** What fixed it, in one line, for a reviewer. Never read by the ranking. */
  resolution: z.string().min(10),
  /** Why an answer was encoded the way it was, when the thread's wording differs from the question. */
  note: z.string().optional(),
});

export type BenchCase = z.output<typeof BenchCaseSchema>;
