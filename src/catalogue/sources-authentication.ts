/**
 * Sources for the NLA, CredSSP, "authentication error" and "internal error" situations (issue 14). Kept apart
 * from sources.ts so the helpers working on other situations do not edit the same file.
 */
export const authSources = {
  nlaAuthErrors: {
    title: 'Microsoft Learn: Troubleshoot authentication errors when you use RDP to connect to an Azure VM',
    url: 'https://learn.microsoft.com/en-us/troubleshoot/azure/virtual-machines/windows/cannot-connect-rdp-azure-vm',
  },
  cantAuthenticate: {
    title: "Microsoft Learn: User can't authenticate or must authenticate twice (includes the CredSSP messages)",
    url: 'https://learn.microsoft.com/en-us/troubleshoot/windows-server/remote/cannot-authenticate-must-authenticate-twice',
  },
  credsspUpdates: {
    title: 'Microsoft Support: CredSSP updates for CVE-2018-0886 (KB 4093492)',
    url: 'https://support.microsoft.com/help/4093492/credssp-updates-for-cve-2018-0886-march-13-2018',
  },
  internalErrorWindowsServer: {
    title: 'Microsoft Learn: "An internal error has occurred" when connecting to a remote machine',
    url: 'https://learn.microsoft.com/en-us/troubleshoot/windows-server/remote/internal-error-has-occurred-connecting-remote-machine',
  },
  lsaCannotBeContacted: {
    title: 'Microsoft Learn: RDP connection may fail with "The Local Security Authority cannot be contacted"',
    url: 'https://learn.microsoft.com/en-us/troubleshoot/windows-server/remote/local-security-authority-cant-contact',
  },
  entraJoinedRdp: {
    title: 'Microsoft Learn: Connect to remote Microsoft Entra joined device',
    url: 'https://learn.microsoft.com/en-us/windows/client-management/client-tools/connect-to-remote-aadj-pc',
  },
  kerberosOverIp: {
    title: 'Microsoft Learn: Configuring Kerberos for IP addresses',
    url: 'https://learn.microsoft.com/en-us/windows-server/security/kerberos/configuring-kerberos-over-ip',
  },
  manageTls: {
    title: 'Microsoft Learn: Manage Transport Layer Security (TLS), cipher suite order',
    url: 'https://learn.microsoft.com/en-us/windows-server/security/tls/manage-tls',
  },
  testComputerSecureChannel: {
    title: 'Microsoft Learn: Test-ComputerSecureChannel (Windows PowerShell 5.1)',
    url: 'https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.management/test-computersecurechannel?view=powershell-5.1',
  },
  resolveDnsName: {
    title: 'Microsoft Learn: Resolve-DnsName',
    url: 'https://learn.microsoft.com/en-us/powershell/module/dnsclient/resolve-dnsname',
  },
  dcLocatorDns: {
    title: 'Microsoft Open Specifications: MS-ADTS 6.3.6.1 DNS-Based Discovery (the _ldap._tcp.dc._msdcs SRV record)',
    url: 'https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-adts/7fcdce70-5205-44d6-9c3a-260e616a2f04',
  },
  disconnectCodesWiki: {
    title:
      'TechNet Wiki 37870: Remote Desktop Client Troubleshooting, Disconnect Codes and Reasons (archived; its message table is copied in the open-source Xpra project)',
    url: 'https://social.technet.microsoft.com/wiki/contents/articles/37870.remote-desktop-client-troubleshooting-disconnect-codes-and-reasons.aspx',
  },
  mremotengNla2825: {
    title: 'GitHub mRemoteNG issue 875: NLA error 2825 (a third-party client showing the decimal code)',
    url: 'https://github.com/mRemoteNG/mRemoteNG/issues/875',
  },
  enableCredSsp: {
    title: 'Microsoft Learn: IMsRdpClientNonScriptable3::EnableCredSspSupport',
    url: 'https://learn.microsoft.com/en-us/windows/win32/termserv/imsrdpclientnonscriptable3-enablecredsspsupport',
  },
  dsregcmd: {
    title: 'Microsoft Learn: Troubleshoot devices by using the dsregcmd command',
    url: 'https://learn.microsoft.com/en-us/entra/identity/devices/troubleshoot-device-dsregcmd',
  },
  restrictNtlmOutgoing: {
    title: 'Microsoft Learn: Network security: Restrict NTLM: Outgoing NTLM traffic to remote servers',
    url: 'https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-10/security/threat-protection/security-policy-settings/network-security-restrict-ntlm-outgoing-ntlm-traffic-to-remote-servers',
  },
  avdCipherReport: {
    title: 'cloud-architect.be: Solution for the 0x204 error when connecting to WVD (third-party report)',
    url: 'https://cloud-architect.be/2020/04/19/solution-for-the-0x204-error-when-connecting-to-windows-virtual-desktop-wvd',
  },
  setUserAuthenticationRequired: {
    title: 'Microsoft Learn: SetUserAuthenticationRequired method of Win32_TSGeneralSetting',
    url: 'https://learn.microsoft.com/en-us/windows/win32/termserv/setuserauthenticationrequired-win32-tsgeneralsetting',
  },
  comErrorCodes: {
    title: 'Microsoft Learn: COM Error Codes (the generic HRESULT tables)',
    url: 'https://learn.microsoft.com/en-us/windows/win32/com/com-error-codes-1',
  },
  coServerExecFailure: {
    title: 'windows crate docs: CO_E_SERVER_EXEC_FAILURE (the winerror.h constant for 0x80080005)',
    url: 'https://docs.rs/windows-sys/0.34.0/windows_sys/Win32/Foundation/constant.CO_E_SERVER_EXEC_FAILURE.html',
  },
  january2026Oob: {
    title:
      'Windows Updated: KB5077796, out-of-band fix for Remote Desktop sign-in failures after the January 2026 update (third-party report)',
    url: 'https://winupdated.com/posts/kb5077796',
  },
} as const;
