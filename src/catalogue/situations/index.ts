/**
 * Every situation the site has a guide for. One file per situation; add yours to the list below.
 * Plain browser-safe data: situations.test.ts validates it against schema.ts.
 */
import type { Situation } from './schema';
import { authenticationError } from './authentication-error';
import { credsspOracle } from './credssp-oracle';
import { internalError } from './internal-error-0x4';
import { nlaRequired } from './nla-required-0xb09';
import { cantReachHost } from './cant-reach-host';
import { certificateIdentity } from './certificate-identity';
import { renamedComputer } from './renamed-computer';
import { serverDenied0x904 } from './server-denied-0x904-0x7';
import { tlsConnectFailed } from './tls-connect-failed';

export type { Situation } from './schema';

export const situations: readonly Situation[] = [
  serverDenied0x904,
  nlaRequired,
  credsspOracle,
  authenticationError,
  internalError,
  cantReachHost,
  certificateIdentity,
  renamedComputer,
  tlsConnectFailed,
];

export const situationsById: ReadonlyMap<string, Situation> = new Map(situations.map((s) => [s.id, s]));
