/**
 * Sources for the FreeRDP "TLS setup failed" situation: the protocol's own negotiation failure codes, and
 * FreeRDP maintainers' first-hand answers on real threads (reported, not Microsoft documentation).
 */
export const freerdpSources = {
  negotiationFailure: {
    title: 'Microsoft Open Specifications: [MS-RDPBCGR] 2.2.1.2.2 RDP Negotiation Failure (RDP_NEG_FAILURE)',
    url: 'https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-rdpbcgr/1b3920e7-0116-4345-bc45-f2c4ad012761',
  },
  seclevelOldWindows: {
    title: 'FreeRDP #8412: a maintainer on tls-seclevel and Windows 7 / Server 2008 R2 TLS (2022)',
    url: 'https://github.com/FreeRDP/FreeRDP/issues/8412',
  },
  win7CipherSuites: {
    title: 'FreeRDP #11234: Windows 7 with TLS 1.2 enforced offers only outdated cipher suites (2025)',
    url: 'https://github.com/FreeRDP/FreeRDP/issues/11234',
  },
  legacySecurityLayer: {
    title:
      'FreeRDP #8987: ERRCONNECT_TLS_CONNECT_FAILED from a server set to the RDP security layer; /sec:rdp connects',
    url: 'https://github.com/FreeRDP/FreeRDP/issues/8987',
  },
  hardenedCipherSuites: {
    title: 'FreeRDP #7769: hardened RDS hosts and FreeRDP with no cipher suite in common (Schannel 36874)',
    url: 'https://github.com/FreeRDP/FreeRDP/issues/7769',
  },
} as const;
