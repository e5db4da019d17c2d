/**
 * Causes of the NLA / CredSSP / "authentication error" / "internal error" situations (issue 14). Spread into
 * causes.ts. Confidence says how firmly the sources tie the cause to the situations that list it.
 */
import { defineCause } from './define-cause';
import { sources } from './sources';
import { authSources } from './sources-authentication';

export const authenticationCauses = [
  defineCause({
    id: 'nla-domain-controller-unreachable',
    title: 'Host cannot reach a domain controller, or its secure channel is broken',
    summary:
      'The host requires NLA for domain accounts but cannot contact a domain controller, its computer-account password is out of step with the domain, or the domain controller is unhealthy.',
    evidence: [
      'The client says the "Windows domain controller cannot be contacted to perform NLA", or "The Local Security Authority cannot be contacted"',
      'Test-ComputerSecureChannel returns False on the host',
      'The host cannot resolve the _ldap._tcp.dc._msdcs SRV record of its domain',
      'A local administrator account still connects while domain accounts fail',
    ],
    confidence: 'documented',
    sources: [authSources.nlaAuthErrors, authSources.testComputerSecureChannel, authSources.dcLocatorDns],
  }),
  defineCause({
    id: 'entra-joined-host',
    title: 'Microsoft Entra joined host: wrong sign-in method or name',
    summary:
      'The host is Microsoft Entra joined, but the client connects without Microsoft Entra authentication (or by IP address), uses the wrong user name format, or the user is not allowed to sign in remotely.',
    evidence: [
      'dsregcmd /status on the host shows it is Microsoft Entra joined',
      'Connecting by IP address, or without "Use a web account to sign in to the remote computer"',
      'The user is not the one who joined the device and is not in Remote Desktop Users',
      'Remote Credential Guard is on at the client',
    ],
    confidence: 'documented',
    sources: [authSources.entraJoinedRdp, sources.rdpProperties],
  }),
  defineCause({
    id: 'client-kerberos-name-path',
    title: 'Kerberos fails by host name (NTLM by IP address still works)',
    summary:
      'Connecting by host name uses Kerberos, connecting by IP address falls back to NTLM. When only the name fails, the Kerberos path is broken: wrong or duplicate SPN, a name that resolves to another computer, or clock skew.',
    evidence: [
      'The connection works by IP address and fails by host name (or the reverse where NTLM is restricted)',
      'The name resolves to a different address than the host has',
      'The client and host clocks differ by minutes',
    ],
    confidence: 'documented',
    sources: [authSources.kerberosOverIp, authSources.lsaCannotBeContacted],
  }),
  defineCause({
    id: 'cipher-suite-mismatch',
    title: 'No TLS cipher suite in common (cipher suite order hardened)',
    summary:
      'A hardening change left the host with a TLS cipher suite list that the client cannot use, usually through the SSL Cipher Suite Order policy. Distinct from disabled TLS versions.',
    evidence: [
      'The SSL Cipher Suite Order policy (SSL\\00010002 Functions) is set on the host',
      'The list has no suite the host certificate can use (for example no RSA suite with an RSA certificate)',
      'System log, Schannel event 36874 (no cipher suite in common)',
      'Started after a hardening baseline or GPO change',
    ],
    confidence: 'documented',
    sources: [authSources.internalErrorWindowsServer, authSources.manageTls, authSources.avdCipherReport],
  }),
  defineCause({
    id: 'client-credssp-disabled',
    title: 'Client does not offer NLA (CredSSP turned off or unsupported)',
    summary:
      'The host requires Network Level Authentication but the client does not use CredSSP: a third-party client or connection manager with CredSSP off, an .rdp file with enablecredsspsupport:i:0, or a client too old for NLA.',
    evidence: [
      'The client shows 2825 (0xB09), "requires Network Level Authentication, which your computer does not support"',
      'The .rdp file or connection manager sets enablecredsspsupport:i:0 or "Use CredSSP" off',
      'mstsc on another computer connects to the same host',
    ],
    confidence: 'documented',
    sources: [authSources.disconnectCodesWiki, sources.rdpProperties, authSources.enableCredSsp],
  }),
  defineCause({
    id: 'certificate-creation-prerequisites',
    title: 'Self-signed certificate cannot be created (services or registry it needs)',
    summary:
      'Windows cannot create the RDP self-signed certificate because a service it needs is not running, or because SelfSignedCertStore or the ProgramData profile path was changed.',
    evidence: [
      'The Remote Desktop certificate store stays empty after Remote Desktop Services restarts',
      'CertPropSvc, KeyIso, CryptSvc or SessionEnv is not running',
      'WinStations SelfSignedCertStore is not "Remote Desktop", or ProfileList ProgramData is not %SystemDrive%\\ProgramData',
    ],
    confidence: 'documented',
    sources: [authSources.internalErrorWindowsServer],
  }),
  defineCause({
    id: 'audio-redirection-stall',
    title: 'Connection stalls for a minute opening audio, then "internal error"',
    summary:
      'A blocking call while the client opens audio to read its settings keeps it from sending what the host needs; after about a minute the host resets the connection and the next attempt succeeds.',
    evidence: ['The connection hangs for up to a minute before the error', 'The second attempt right after succeeds'],
    confidence: 'documented',
    sources: [authSources.internalErrorWindowsServer],
  }),
] as const;
