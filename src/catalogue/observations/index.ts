/**
 * Every question the selector asks, in group order. Plain browser-safe data; observations.test.ts validates it.
 */
import { symptomObservations } from './from-symptoms';
import { newObservations } from './new-observations';
import { observationGroups, type Observation } from './schema';

export { observationGroups } from './schema';
export type { Observation, ObservationGroup, ObservationLink } from './schema';

const groupOrder = observationGroups.map((g) => g.id);

export const observations: readonly Observation[] = [...symptomObservations, ...newObservations].sort(
  (a, b) => groupOrder.indexOf(a.group) - groupOrder.indexOf(b.group),
);
