/**
 * Every question the selector asks, in group order. Plain browser-safe data; observations.test.ts validates it.
 * Pending links (pending-links.ts) join their observation once their cause exists.
 */
import { causes } from '../causes';
import { symptomObservations } from './from-symptoms';
import { newObservations } from './new-observations';
import { pendingLinks } from './pending-links';
import { observationGroups, type Observation } from './schema';

export { observationGroups } from './schema';
export type { Observation, ObservationGroup, ObservationLink } from './schema';

const causeIds = new Set<string>(causes.map((cause) => cause.id));

const withActiveLinks = (observation: Observation): Observation => ({
  ...observation,
  suggests: [
    ...observation.suggests,
    ...pendingLinks
      .filter((link) => link.observation === observation.id && causeIds.has(link.cause))
      .map(({ cause, weight, because }) => ({ cause, weight, because })),
  ],
});

const groupOrder = observationGroups.map((g) => g.id);

export const observations: readonly Observation[] = [...symptomObservations, ...newObservations]
  .map(withActiveLinks)
  .sort((a, b) => groupOrder.indexOf(a.group) - groupOrder.indexOf(b.group));

/** Pending links whose cause is still missing: the lead switches them on by merging issue 14. */
export const waitingLinks = pendingLinks.filter((link) => !causeIds.has(link.cause));
