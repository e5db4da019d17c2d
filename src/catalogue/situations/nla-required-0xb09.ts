import { defineSituation } from './define-situation';

/** The host requires Network Level Authentication and the client cannot (2825 / 0xB09), or NLA cannot reach a DC. */
export const nlaRequired = defineSituation({
  id: 'nla-required',
  title: 'The remote computer requires Network Level Authentication (0xB09 / 2825)',
  navLabel: 'NLA required (0xB09 / 2825)',
  guide: 'errors/nla-network-level-authentication/',
  codes: [{ family: 'disconnect', value: 0xb09 }],
  messages: [
    {
      // mstsc's own text for 2825, as copied from the client's message table (TechNet wiki 37870, Xpra's copy).
      locale: 'en-US',
      text: 'The remote computer requires Network Level Authentication, which your computer does not support. For assistance, contact your system administrator or technical support.',
      // 2825 means the host asked for NLA and the client did not offer it (other-codes.ts), so the causes that
      // only fail once the client does run CredSSP (domain controller, Entra sign-in, Kerberos by name) cannot
      // produce it. TLS stays: mstsc cannot offer NLA without a TLS version the host accepts.
      causes: ['client-credssp-disabled', 'security-layer-mismatch', 'tls-protocol-mismatch'],
    },
    {
      // Quoted by Microsoft's "authentication errors" article (one revision spells it "require").
      locale: 'en-US',
      text: 'The remote computer that you are trying to connect to requires Network Level Authentication (NLA), but your Windows domain controller cannot be contacted to perform NLA. If you are an administrator on the remote computer, you can disable NLA by using the options on the Remote tab of the System Properties dialog box.',
    },
    // Not a Windows dialog: third-party clients (FreeRDP, IronRDP-based tools) print the protocol's negotiation
    // failure HYBRID_REQUIRED_BY_SERVER ([MS-RDPBCGR] 2.2.1.2.2) in words close to the specification's.
    {
      locale: 'en-US',
      text: 'The server requires that the client support Enhanced RDP Security with CredSSP',
      // HYBRID_REQUIRED_BY_SERVER answers the client's first request, which did not ask for CredSSP: it comes
      // before TLS and before any authentication, so only "the client does not offer NLA" and "the host
      // requires it" remain ([MS-RDPBCGR] 2.2.1.2.2, sources-freerdp.ts negotiationFailure).
      causes: ['client-credssp-disabled', 'security-layer-mismatch'],
    },
  ],
  causes: [
    'client-credssp-disabled',
    'nla-domain-controller-unreachable',
    'entra-joined-host',
    'client-kerberos-name-path',
    'security-layer-mismatch',
    'tls-protocol-mismatch',
  ],
  lookFirstOn: 'client',
});
