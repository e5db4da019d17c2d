/**
 * Zod schemas for the catalogue. No field has a default: a catalogue entry states everything, so the
 * plain objects the browser imports are already in their final shape (no Zod at runtime).
 * Used at build time (content collections) and in tests; browser code
 * imports only the inferred types, so Zod never ships to the client.
 */
import { z } from 'astro/zod';
import { parameterNames } from './parameters';

const AUTHORING_GUIDE = 'See CONTRIBUTING.md § "Adding a fix".';

/** Stable kebab-case id: names the folder, URL, golden file and script header. Never rename one. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use kebab-case, e.g. "regenerate-rdp-certificate".');

/** A source link: every technical claim in the catalogue points to one. */
export const SourceSchema = z.strictObject({
  /** What the source is, as a reader would recognise it ("Microsoft Learn: Troubleshoot RDP by Event ID"). */
  title: z.string().min(3),
  /** Absolute https URL of the source. */
  url: z.url({ protocol: /^https$/ }),
});

/** One numbered step of a fix or guide. `id` is the permalink anchor and must never change. */
export const StepSchema = z.strictObject({
  /** Stable anchor, kebab-case, unique within the page. Declared, never derived from the wording. */
  id: IdSchema,
  /** The step, one or two sentences of plain text (inline `code` in backticks is rendered). */
  text: z.string().min(3),
});

/** One entry of a fix's changelog, newest first. */
export const ChangeSchema = z.strictObject({
  /** The content version this entry introduced. */
  version: z.number().int().positive(),
  /** ISO date the change was published. */
  date: z.iso.date(),
  /** What changed, in one sentence a technician understands. */
  summary: z.string().min(3),
});

/** Who can be affected when `apply` runs. */
export const RiskSchema = z.enum(['low', 'medium', 'high']);

/** The PowerShell of a fix: one function per file, in real `.ps1` files imported with `?raw`. */
export const FixScriptsSchema = z.strictObject({
  /** Read-only check. Defines `Get-<Noun>Finding`. */
  diagnose: z.string().min(1),
  /** Saves the prior state into a folder. Defines `Backup-<Noun>`. Empty for diagnostic-only entries. */
  backup: z.string(),
  /** The change, every write guarded by ShouldProcess. Defines `Repair-<Noun>`. Empty for diagnostic-only entries. */
  apply: z.string(),
  /** Restores what `backup` saved. Defines `Restore-<Noun>`. Empty for diagnostic-only entries. */
  rollback: z.string(),
});

export const FixSchema = z
  .strictObject({
    /** Stable kebab-case id; also the folder name, URL slug (`/fixes/<id>/`) and golden-file name. */
    id: IdSchema,
    /** Older or alternative ids of this fix; each keeps working as a redirect to `/fixes/<id>/`. */
    aliases: z.array(IdSchema),
    /** `fix` changes the machine; `diagnostic` only reads (no backup/apply/rollback). */
    kind: z.enum(['fix', 'diagnostic']),
    /** Imperative title, e.g. "Regenerate the RDP self-signed certificate". */
    title: z.string().min(5).max(80),
    /** One or two sentences: what the fix does and why it helps. */
    summary: z.string().min(20).max(400),
    /** PowerShell noun shared by the fix's functions (`Get-<Noun>Finding`, `Repair-<Noun>`, …). */
    noun: z
      .string()
      .regex(/^Rdp[A-Z][A-Za-z0-9]+$/, 'Use PascalCase starting with "Rdp", e.g. "RdpSelfSignedCertificate".'),
    /** Ids of the causes this fix addresses (see causes.ts). */
    causes: z.array(IdSchema).min(1),
    /** How much can break if `apply` misbehaves. */
    risk: RiskSchema,
    /** Services the fix restarts, in the order the generator restarts them (each at most once per run). */
    restartsServices: z.array(z.enum(['SessionEnv', 'TermService'])),
    /** The change only takes effect after a reboot (the script never reboots by itself). */
    needsReboot: z.boolean(),
    /** Applying can end the technician's own RDP session (e.g. restarting TermService). */
    dropsSession: z.boolean(),
    /** Where the script must run: on the RDP host (server side) or on the client that connects. */
    runsOn: z.enum(['host', 'client']),
    /** Names of script parameters the fix's functions take (see parameters.ts). */
    parameters: z.array(z.enum(parameterNames)),
    /** What `apply` changes, one item per change, for the fix page and the script's help. */
    changes: z.array(z.string().min(5)),
    /** Numbered steps a technician follows on the fix page. */
    steps: z.array(StepSchema).min(1),
    /** How to confirm success after the script ran. */
    verify: z.string().min(10),
    /** Content version; bump it whenever the PowerShell or the steps change, and add a `changelog` entry. */
    version: z.number().int().positive(),
    /** Newest first; the first entry's version equals `version`. */
    changelog: z.array(ChangeSchema).min(1),
    /** Where every claim on the fix page comes from. */
    sources: z.array(SourceSchema).min(1),
    scripts: FixScriptsSchema,
  })
  .superRefine((fix, ctx) => {
    const where = `fix "${fix.id}"`;
    const expected = {
      diagnose: `Get-${fix.noun}Finding`,
      backup: `Backup-${fix.noun}`,
      apply: `Repair-${fix.noun}`,
      rollback: `Restore-${fix.noun}`,
    } as const;
    for (const [file, name] of Object.entries(expected) as [keyof typeof expected, string][]) {
      const text = fix.scripts[file];
      const needed = file === 'diagnose' || fix.kind === 'fix';
      if (!needed) {
        if (text.trim())
          ctx.addIssue({
            code: 'custom',
            path: ['scripts', file],
            message: `${where} is diagnostic-only: delete ${file}.ps1 or set kind to "fix". ${AUTHORING_GUIDE}`,
          });
        continue;
      }
      if (!new RegExp(`^function ${name} \\{`, 'm').test(text))
        ctx.addIssue({
          code: 'custom',
          path: ['scripts', file],
          message: `${where}: ${file}.ps1 must define "function ${name} {" (the noun is "${fix.noun}"). ${AUTHORING_GUIDE}`,
        });
    }
    if (fix.kind === 'fix' && fix.changes.length === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['changes'],
        message: `${where}: list what apply changes. ${AUTHORING_GUIDE}`,
      });
    if (fix.changelog[0]?.version !== fix.version)
      ctx.addIssue({
        code: 'custom',
        path: ['changelog', 0, 'version'],
        message: `${where}: version is ${fix.version} but the newest changelog entry is ${fix.changelog[0]?.version}; add an entry for the new version. ${AUTHORING_GUIDE}`,
      });
    if (fix.restartsServices.includes('TermService') && !fix.dropsSession)
      ctx.addIssue({
        code: 'custom',
        path: ['dropsSession'],
        message: `${where} restarts TermService, which ends every RDP session: set dropsSession to true. ${AUTHORING_GUIDE}`,
      });
    const stepIds = new Set<string>();
    fix.steps.forEach((step, i) => {
      if (stepIds.has(step.id))
        ctx.addIssue({
          code: 'custom',
          path: ['steps', i, 'id'],
          message: `${where}: step id "${step.id}" is used twice.`,
        });
      stepIds.add(step.id);
    });
  });

export type Fix = z.output<typeof FixSchema>;
export type FixInput = z.input<typeof FixSchema>;

export const CauseSchema = z.strictObject({
  /** Stable kebab-case id; the guide page lives at `/causes/<id>/`. */
  id: IdSchema,
  /** Short name of the cause as a technician would say it. */
  title: z.string().min(5).max(90),
  /** One sentence: what is wrong on the machine. */
  summary: z.string().min(20).max(300),
  /** Read-only evidence that points to this cause (event IDs, registry values, behaviour). */
  evidence: z.array(z.string().min(5)).min(1),
  /** How firmly the sources tie this cause to 0x904 / extended 0x7. */
  confidence: z.enum(['documented', 'reported', 'unsupported']),
  sources: z.array(SourceSchema).min(1),
});
export type Cause = z.output<typeof CauseSchema>;
export type CauseInput = z.input<typeof CauseSchema>;

export const SymptomSchema = z.strictObject({
  /** Stable kebab-case id; appears in selector links (`?s=<id>`), so never rename one. */
  id: IdSchema,
  /** What the technician observes, phrased as they would tick it. */
  label: z.string().min(5).max(90),
  /** Causes this symptom points to, each with a weight (1 = weak hint, 3 = strong evidence) and the reason. */
  suggests: z
    .array(
      z.strictObject({
        cause: IdSchema,
        weight: z.number().int().min(1).max(3),
        /** Why this symptom points to the cause; shown next to the ranked cause. */
        because: z.string().min(10),
      }),
    )
    .min(1),
});
export type Symptom = z.output<typeof SymptomSchema>;
export type SymptomInput = z.input<typeof SymptomSchema>;
