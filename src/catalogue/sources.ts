/**
 * Sources cited by more than one entry, defined once. Each is a Microsoft page (or a named third-party
 * page) that the research in shared/reference/rdp-facts.md read and checked.
 */
export const sources = {
  eventIdArticle: {
    title: 'Microsoft Learn: Troubleshoot Azure VM RDP connection issues by Event ID',
    url: 'https://learn.microsoft.com/en-us/troubleshoot/azure/virtual-machines/event-id-troubleshoot-vm-rdp-connecton',
  },
  internalErrorArticle: {
    title: 'Microsoft Learn: An internal error occurs when you try to connect to an Azure VM through Remote Desktop',
    url: 'https://learn.microsoft.com/en-us/troubleshoot/azure/virtual-machines/windows/troubleshoot-rdp-internal-error',
  },
  generalTroubleshooting: {
    title: 'Microsoft Learn: General Remote Desktop connection troubleshooting',
    url: 'https://learn.microsoft.com/en-us/troubleshoot/windows-server/remote/rdp-error-general-troubleshooting',
  },
  listenerCertificate: {
    title: 'Microsoft Learn: Remote Desktop listener certificate configurations',
    url: 'https://learn.microsoft.com/en-us/troubleshoot/windows-server/remote/remote-desktop-listener-certificate-configurations',
  },
  tsGeneralSetting: {
    title: 'Microsoft Learn: Win32_TSGeneralSetting class',
    url: 'https://learn.microsoft.com/en-us/windows/win32/termserv/win32-tsgeneralsetting',
  },
  machineKeysDefaults: {
    title: 'Microsoft Learn: Default permissions for the MachineKeys folders',
    url: 'https://learn.microsoft.com/en-us/troubleshoot/windows-server/windows-security/default-permissions-machinekeys-folders',
  },
  keyStorage: {
    title: 'Microsoft Learn: Key storage and retrieval',
    url: 'https://learn.microsoft.com/en-us/windows/win32/seccng/key-storage-and-retrieval',
  },
  icacls: {
    title: 'Microsoft Learn: icacls',
    url: 'https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/icacls',
  },
  onDisconnected: {
    title: 'Microsoft Learn: IMsTscAxEvents::OnDisconnected (disconnect reason codes)',
    url: 'https://learn.microsoft.com/en-us/windows/win32/termserv/imstscaxevents-ondisconnected',
  },
  extendedReason: {
    title: 'Microsoft Learn: ExtendedDisconnectReasonCode enumeration',
    url: 'https://learn.microsoft.com/en-us/windows/win32/termserv/extendeddisconnectreasoncode',
  },
  errorInfoPdu: {
    title: 'Microsoft Open Specifications: MS-RDPBCGR Set Error Info PDU',
    url: 'https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-rdpbcgr/a21a1bd9-2303-49c1-90ec-3932435c248c',
  },
  restartService: {
    title: 'Microsoft Learn: Restart-Service',
    url: 'https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.management/restart-service',
  },
  winmgmt: {
    title: 'Microsoft Learn: winmgmt',
    url: 'https://learn.microsoft.com/en-us/windows/win32/wmisdk/winmgmt',
  },
  tlsRegistry: {
    title: 'Microsoft Learn: Transport Layer Security (TLS) registry settings',
    url: 'https://learn.microsoft.com/en-us/windows-server/security/tls/tls-registry-settings',
  },
  credssp: {
    title: 'Microsoft Learn: CredSSP encryption oracle remediation error',
    url: 'https://learn.microsoft.com/en-us/troubleshoot/azure/virtual-machines/windows/credssp-encryption-oracle-remediation',
  },
  authErrors: {
    title: 'Microsoft Learn: Remote Desktop authentication errors on an Azure VM',
    url: 'https://learn.microsoft.com/en-us/troubleshoot/azure/virtual-machines/windows/cannot-connect-rdp-azure-vm',
  },
  portsUsedByRds: {
    title: 'Microsoft Learn: Ports used by Remote Desktop Services',
    url: 'https://learn.microsoft.com/en-us/troubleshoot/windows-server/remote/ports-used-by-rds',
  },
  firewallRule: {
    title: 'Microsoft Learn: Enable or disable a firewall rule on an Azure VM guest OS',
    url: 'https://learn.microsoft.com/en-us/troubleshoot/azure/virtual-machines/windows/enable-disable-firewall-rule-guest-os',
  },
  psDifferences: {
    title: 'Microsoft Learn: Differences between Windows PowerShell 5.1 and PowerShell 7',
    url: 'https://learn.microsoft.com/en-us/powershell/scripting/whats-new/differences-from-windows-powershell',
  },
  mstsc: {
    title: 'Microsoft Learn: mstsc',
    url: 'https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/mstsc',
  },
  rdpProperties: {
    title: 'Microsoft Learn: Supported RDP properties',
    url: 'https://learn.microsoft.com/en-us/azure/virtual-desktop/rdp-properties',
  },
  securityLayerUnattend: {
    title: 'Microsoft Learn: SecurityLayer (Microsoft-Windows-TerminalServices-RDP-WinStationExtensions)',
    url: 'https://learn.microsoft.com/en-us/windows-hardware/customize/desktop/unattend/microsoft-windows-terminalservices-rdp-winstationextensions-securitylayer',
  },
  securityLayerPolicy: {
    title: 'admx.help: Require use of specific security layer for remote (RDP) connections',
    url: 'https://admx.help/?Category=Windows_10_2016&Policy=Microsoft.Policies.TerminalServer::TS_SECURITY_LAYER_POLICY',
  },
  transportPolicyReport: {
    title: 'Deployment Research: Remote Desktop session keeps disconnecting (third-party report)',
    url: 'https://www.deploymentresearch.com/remote-desktop-session-keeps-disconnecting-the-solution/',
  },
} as const;
