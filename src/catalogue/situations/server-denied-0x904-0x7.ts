import { defineSituation } from './define-situation';

/** The pair the site started with: the socket closed (0x904) after the server denied the connection (extended 0x7). */
export const serverDenied0x904 = defineSituation({
  id: 'server-denied-0x904-0x7',
  title: 'Error 0x904 with extended error 0x7',
  navLabel: 'Error 0x904 / extended 0x7',
  guide: 'errors/0x904-0x7/',
  codes: [
    { family: 'disconnect', value: 0x904 },
    { family: 'extended', value: 0x7 },
  ],
  messages: [],
  causes: [
    'self-signed-certificate',
    'computer-renamed-certificate',
    'machinekeys-permissions',
    'private-key-access',
    'certificate-binding-mismatch',
    'security-layer-mismatch',
    'tls-protocol-mismatch',
    'credssp-oracle-mismatch',
    'rdp-services-stopped',
    'wmi-repository',
    'listener-firewall-port',
    'gateway-broker',
    'unstable-network-udp',
  ],
  lookFirstOn: 'host',
});
