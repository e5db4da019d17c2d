/**
 * The first selector's ticked symptoms, now questions. Their ids and wording stay (old links say `s=<id>`);
 * this only places each in a group and says which are decisive.
 */
import { symptoms } from '../symptoms';
import type { Observation, ObservationGroup } from './schema';

const placement: Record<
  (typeof symptoms)[number]['id'],
  { group: ObservationGroup; decisive: boolean; messages?: Observation['messages'] }
> = {
  'credssp-message': { group: 'client-shows', decisive: true },
  'port-answers-then-drops': { group: 'client-shows', decisive: false },
  'port-does-not-answer': { group: 'client-shows', decisive: false },
  'after-os-upgrade': { group: 'what-changed', decisive: false },
  'after-hardening': { group: 'what-changed', decisive: false },
  'after-rename': { group: 'what-changed', decisive: false },
  'custom-certificate': { group: 'what-changed', decisive: false },
  'certificate-renewed': { group: 'what-changed', decisive: false },
  'only-one-client': { group: 'where-fails', decisive: false },
  'only-through-gateway': { group: 'where-fails', decisive: true },
  'drops-during-session': { group: 'where-fails', decisive: true },
  'event-1057-1058': {
    group: 'host-logs',
    decisive: false,
    // Event 1057's text as a Microsoft TechNet blog quotes it (blogs.technet.microsoft.com/the_9z_by_chris_davis,
    // 2014-02-20, "Event ID 1057 - The Terminal Server has failed to create a new self signed certificate").
    messages: [
      {
        locale: 'en-US',
        text: 'The Terminal Server has failed to create a new self signed certificate to be used for Terminal Server authentication on SSL connections.',
      },
    ],
  },
  'schannel-36870': { group: 'host-logs', decisive: false },
  'schannel-36871': { group: 'host-logs', decisive: true },
  'broker-events': { group: 'host-logs', decisive: true },
  'services-stopped': { group: 'host-logs', decisive: true },
  'wmi-errors': { group: 'host-logs', decisive: false },
};

export const symptomObservations: readonly Observation[] = symptoms.map((symptom) => ({
  ...symptom,
  ...placement[symptom.id],
  suggests: [...symptom.suggests],
}));
