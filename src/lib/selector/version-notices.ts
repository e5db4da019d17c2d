/**
 * What an old (or newer) selector link must be told: the generator and each chosen fix may have changed since
 * the link was made, and the technician must see what changed before running today's script.
 * Pure: the element passes the link's versions and the catalogue it runs with.
 */
import type { Fix } from '../../catalogue/schema';
import { GENERATOR_CHANGELOG, GENERATOR_VERSION } from '../generator/versions';

interface ChangeEntry {
  readonly version: number;
  readonly date: string;
  readonly summary: string;
}

/** The versions a link carried: GENERATOR_VERSION when made (0 = not said) and each fix's content version. */
export interface LinkVersions {
  readonly generatorVersion: number;
  readonly versions: Readonly<Record<string, number>>;
}

/** The generator the page runs; tests pass their own. */
export interface GeneratorRelease {
  readonly version: number;
  readonly changelog: readonly ChangeEntry[];
}

export type VersionedFix = Pick<Fix, 'title' | 'version' | 'changelog'>;

const describeChanges = (changelog: readonly ChangeEntry[], since: number) =>
  changelog
    .filter((entry) => entry.version > since)
    .map((entry) => `v${entry.version} (${entry.date}): ${entry.summary}`);

/** One sentence per version the link and this site disagree on, generator first, then fixes in link order. */
export function versionNotices(
  link: LinkVersions,
  fixesById: ReadonlyMap<string, VersionedFix>,
  generator: GeneratorRelease = { version: GENERATOR_VERSION, changelog: GENERATOR_CHANGELOG },
): string[] {
  const out: string[] = [];
  const made = link.generatorVersion;
  const now = generator.version;
  if (made > now)
    out.push(
      `The link was made by a newer version of this site (script generator v${made}, this copy has v${now}); the script may differ from the one in the ticket.`,
    );
  else if (made > 0 && made < now)
    out.push(
      `The shared part of every script (backups, rollback, remote runs) changed since this link was made (generator v${made} → v${now}). You see today's script. What changed: ${describeChanges(generator.changelog, made).join(' ')}`,
    );
  for (const [id, version] of Object.entries(link.versions)) {
    const fix = fixesById.get(id);
    if (!fix || version === fix.version) continue;
    if (version > fix.version) {
      out.push(
        `The link was made with "${fix.title}" v${version}, newer than this site's v${fix.version}: this copy of the site is older than the one that made the link, so the script may differ from the one in the ticket.`,
      );
      continue;
    }
    const changes = describeChanges(fix.changelog, version);
    out.push(
      `"${fix.title}" changed since this link was made (v${version} → v${fix.version}). You see today's script. What changed: ${changes.join(' ') || 'see the fix page.'}`,
    );
  }
  return out;
}
