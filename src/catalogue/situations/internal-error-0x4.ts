import { defineSituation } from './define-situation';

/** "An internal error has occurred" (shown with 0x4 by some clients). 0x4 itself has no documented meaning. */
export const internalError = defineSituation({
  id: 'internal-error',
  title: 'An internal error has occurred (0x4)',
  navLabel: '"An internal error has occurred" (0x4)',
  guide: 'errors/internal-error/',
  codes: [{ family: 'disconnect', value: 0x4 }],
  messages: [
    // Microsoft's Windows Server and Azure "internal error" articles quote the message.
    { locale: 'en-US', text: 'An internal error has occurred.' },
  ],
  causes: [
    'self-signed-certificate',
    'machinekeys-permissions',
    'certificate-creation-prerequisites',
    'certificate-binding-mismatch',
    'tls-protocol-mismatch',
    'cipher-suite-mismatch',
    'audio-redirection-stall',
    'listener-firewall-port',
    'security-layer-mismatch',
  ],
  lookFirstOn: 'host',
});
