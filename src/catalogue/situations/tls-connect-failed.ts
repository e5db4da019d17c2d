import { defineSituation } from './define-situation';

/**
 * FreeRDP-based clients (xfreerdp, Remmina, thin clients, tools built on libfreerdp) report a failed TLS
 * handshake as ERRCONNECT_TLS_CONNECT_FAILED [0x00020008]. FreeRDP's text says only that TLS setup failed;
 * the causes below are the host-side ones its maintainers name on real threads (sources-freerdp.ts), most
 * common first: an old host whose TLS is below the client's OpenSSL security level, then hardening.
 */
export const tlsConnectFailed = defineSituation({
  id: 'tls-connect-failed',
  title: 'TLS setup failed (FreeRDP ERRCONNECT_TLS_CONNECT_FAILED)',
  navLabel: 'TLS setup failed (FreeRDP, Remmina)',
  guide: 'errors/tls-connect-failed/',
  codes: [{ family: 'freerdp', value: 0x20008 }],
  messages: [],
  causes: [
    'tls-protocol-mismatch',
    'cipher-suite-mismatch',
    'security-layer-mismatch',
    'self-signed-certificate',
    'machinekeys-permissions',
    'certificate-binding-mismatch',
  ],
  lookFirstOn: 'host',
});
