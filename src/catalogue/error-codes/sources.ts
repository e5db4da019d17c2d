/** Sources of the code tables (rdp-facts.md §1). Shared sources come from ../sources.ts. */
import { sources } from '../sources';

export const codeSources = {
  onDisconnected: sources.onDisconnected,
  onFatalError: {
    title: 'Microsoft Learn: IMsTscAxEvents::OnFatalError (fatal error codes)',
    url: 'https://learn.microsoft.com/en-us/windows/win32/termserv/imstscaxevents-onfatalerror',
  },
  extendedReason: sources.extendedReason,
  errorInfoPdu: sources.errorInfoPdu,
  freerdpErrorH: {
    title: 'FreeRDP include/freerdp/error.h (a machine-readable copy of the MS-RDPBCGR list)',
    url: 'https://github.com/FreeRDP/FreeRDP/blob/master/include/freerdp/error.h',
  },
  freerdpErrConnect: {
    title: 'FreeRDP libfreerdp/core/errconnect.c (the text FreeRDP prints for each ERRCONNECT_* code)',
    url: 'https://github.com/FreeRDP/FreeRDP/blob/master/libfreerdp/core/errconnect.c',
  },
  avdCipherReport: {
    title: 'cloud-architect.be: Solution for the 0x204 error when connecting to WVD (third-party report)',
    url: 'https://cloud-architect.be/2020/04/19/solution-for-the-0x204-error-when-connecting-to-windows-virtual-desktop-wvd',
  },
  raSafError: {
    title: 'Microsoft Open Specifications: MS-RA error codes (a different API, for contrast only)',
    url: 'https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-ra/03538cf7-b43d-4b20-aafa-af11eafaa5c0',
  },
  rdpwrapIssue: {
    title: 'GitHub stascorp/rdpwrap issue 363 (an occurrence of 0x1104, no explanation)',
    url: 'https://github.com/stascorp/rdpwrap/issues/363',
  },
  expiredCertWiki: {
    title: 'GitHub Ashdf1992/wiki: RDP connection failures with an expired SSL certificate (single report)',
    url: 'https://github.com/Ashdf1992/wiki/blob/main/assets/pages/Windows/rdp-connection-failures-expired-ssl.md',
  },
  sessionHostDisconnectCodes: {
    title: 'Archived TechNet wiki: RDS Session Host server disconnect codes (community write-up)',
    url: 'https://video2.skills-academy.com/en-us/archive/technet-wiki/37874.rds-session-host-server-disconnect-codes',
  },
  transportPolicyReport: sources.transportPolicyReport,
} as const;
