import { defineSituation } from './define-situation';

/**
 * "An authentication error has occurred." followed by a reason or an HRESULT. The CredSSP variant has its own
 * situation (credssp-oracle.ts); this one covers the rest.
 */
export const authenticationError = defineSituation({
  id: 'authentication-error',
  title: 'An authentication error has occurred',
  navLabel: '"An authentication error has occurred"',
  guide: 'errors/authentication-error/',
  codes: [],
  messages: [
    {
      // Microsoft's "Local Security Authority cannot be contacted" and Azure authentication-errors articles.
      locale: 'en-US',
      text: 'An authentication error has occurred. The Local Security Authority cannot be contacted.',
    },
    { locale: 'en-US', text: 'An authentication error has occurred.' },
  ],
  causes: [
    'nla-domain-controller-unreachable',
    'client-kerberos-name-path',
    'tls-protocol-mismatch',
    'cipher-suite-mismatch',
    'security-layer-mismatch',
    'entra-joined-host',
    'credssp-oracle-mismatch',
  ],
  lookFirstOn: 'host',
});
