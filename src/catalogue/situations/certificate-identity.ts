import { defineSituation } from './define-situation';

/**
 * The client reached the host but warns about its certificate: name mismatch, untrusted issuer, expired, or a
 * clock difference. Messages from Microsoft's KB 2000960 and "cannot verify the identity" articles.
 */
export const certificateIdentity = defineSituation({
  id: 'certificate-identity',
  title: 'Certificate warning: the identity of the remote computer cannot be verified',
  navLabel: 'Certificate identity warnings',
  guide: 'errors/certificate-identity/',
  codes: [],
  messages: [
    {
      locale: 'en-US',
      text: 'The identity of the remote computer cannot be verified. Do you want to connect anyway?',
    },
    {
      locale: 'en-US',
      text: 'The remote computer could not be authenticated due to problems with its security certificate. It may be unsafe to proceed.',
    },
    {
      locale: 'en-US',
      text: 'Name mismatch Requested remote computer is <computer name 1> Name in the certificate is <computer name 2>',
    },
    {
      locale: 'en-US',
      text: 'The server name on the certificate is incorrect',
    },
    {
      locale: 'en-US',
      text: 'The certificate is not from a trusted certifying authority.',
    },
    {
      locale: 'en-US',
      text: 'Remote Desktop cannot verify the identity of the remote computer because there is a time or date difference between your computer and the remote computer.',
    },
  ],
  causes: [
    'certificate-name-mismatch',
    'certificate-untrusted-or-expired',
    'computer-renamed-certificate',
    'self-signed-certificate',
    'certificate-binding-mismatch',
    'gateway-broker',
  ],
  lookFirstOn: 'client',
});
