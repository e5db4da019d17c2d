/**
 * Sources for the reachability and certificate-identity situations (can't reach the host, certificate warnings,
 * renamed computer). Each was read for this catalogue on 2026-12-02; the pages quote what they say.
 */
export const reachabilitySources = {
  cannotConnect: {
    title: "Microsoft Learn: Remote Desktop can't connect to the remote computer",
    url: 'https://learn.microsoft.com/en-us/troubleshoot/windows-server/remote/remote-desktop-cannot-connect-remote-computer',
  },
  changeListeningPort: {
    title: 'Microsoft Learn: Change the listening port for Remote Desktop on your computer',
    url: 'https://learn.microsoft.com/en-us/windows-server/remote/remote-desktop-services/clients/change-listening-port',
  },
  certificateErrors: {
    title:
      'Microsoft Learn: Various certificate-related error messages when connecting to a Terminal server (KB 2000960)',
    url: 'https://learn.microsoft.com/en-us/troubleshoot/windows-server/remote/error-when-connecting-terminal-server',
  },
  cannotVerifyIdentity: {
    title:
      'Microsoft Learn: "Remote Desktop cannot verify the identity of the remote computer" (time or date difference)',
    url: 'https://learn.microsoft.com/en-us/troubleshoot/windows-server/remote/remote-desktop-cannot-verify-identity-connecting-remote-machine',
  },
  testNetConnection: {
    title: 'Microsoft Learn: Test-NetConnection (NetTCPIP)',
    url: 'https://learn.microsoft.com/en-us/powershell/module/nettcpip/test-netconnection',
  },
  getNetTcpConnection: {
    title: 'Microsoft Learn: Get-NetTCPConnection (NetTCPIP)',
    url: 'https://learn.microsoft.com/en-us/powershell/module/nettcpip/get-nettcpconnection',
  },
  resolveDnsName: {
    title: 'Microsoft Learn: Resolve-DnsName (DnsClient)',
    url: 'https://learn.microsoft.com/en-us/powershell/module/dnsclient/resolve-dnsname',
  },
  findNetRoute: {
    title: 'Microsoft Learn: Find-NetRoute (NetTCPIP)',
    url: 'https://learn.microsoft.com/en-us/powershell/module/nettcpip/find-netroute',
  },
  tcpClientConnectAsync: {
    title: 'Microsoft Learn: TcpClient.ConnectAsync (.NET)',
    url: 'https://learn.microsoft.com/en-us/dotnet/api/system.net.sockets.tcpclient.connectasync',
  },
  renamedHostReport: {
    title:
      'Qiita (Japanese): 0x904/0x7 after renaming a PC, the self-signed certificate kept the old name (first-hand report)',
    url: 'https://qiita.com/mtmana/items/424579c1b9738c7a18c1',
  },
} as const;
