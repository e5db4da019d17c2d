import { defineSituation } from './define-situation';

/**
 * A host renamed after its Remote Desktop self-signed certificate was made: the certificate keeps the old name. One
 * first-hand report (Windows 11) shows 0x904/0x7; clients that connect by the new name see a name mismatch.
 */
export const renamedComputer = defineSituation({
  id: 'renamed-computer',
  title: 'Renamed computer: the certificate still has the old name',
  navLabel: 'Renamed computer',
  guide: 'errors/renamed-computer/',
  codes: [],
  // No message of its own: the client shows the name-mismatch warning of certificate-identity (or 0x904/0x7).
  messages: [],
  causes: ['computer-renamed-certificate', 'self-signed-certificate', 'machinekeys-permissions'],
  lookFirstOn: 'host',
});
