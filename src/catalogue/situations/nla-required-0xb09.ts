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
