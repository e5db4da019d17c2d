/**
 * Every fix and check, found by folder: adding `fixes/<id>/fix.ts` is all it takes. Listed least
 * invasive first (checks, then low, medium and high risk), then by id, so the order is stable.
 */
import type { Fix } from '../schema';

const modules = import.meta.glob<{ default: Fix }>('./*/fix.ts', { eager: true });
const rank = (fix: Fix) => (fix.kind === 'diagnostic' ? 0 : { low: 1, medium: 2, high: 3 }[fix.risk]);

export const fixList: readonly Fix[] = Object.values(modules)
  .map((module) => module.default)
  .sort((a, b) => rank(a) - rank(b) || a.id.localeCompare(b.id));
