/** What technicians paste, and the guide each must land on first (issue 14: messages and decimal codes). */
import { describe, expect, it } from 'vitest';
import { codeGuides, errorCodes } from '../../catalogue/error-codes';
import { situations } from '../../catalogue/situations';
import { indexCodes } from '../decoder';
import { searchCodes } from './run-search';

const index = indexCodes(errorCodes, codeGuides);
const first = (query: string) => searchCodes(query, index, situations).hits[0]?.path;

describe('a pasted message or a code lands first on its guide', () => {
  it.each([
    ["Remote Desktop can't connect to the remote computer for one of these reasons:", 'errors/cant-reach-host/'],
    [
      "Remote Desktop can't connect to the remote computer for one of these reasons:\n1) Remote access to the server is not enabled\n2) The remote computer is turned off\n3) The remote computer is not available on the network\n\nMake sure the remote computer is turned on and connected to the network, and that remote access is enabled.",
      'errors/cant-reach-host/',
    ],
    ['Remote Desktop can’t connect to the remote computer for one of these reasons', 'errors/cant-reach-host/'],
    ['516', 'errors/cant-reach-host/'],
    ['Error code 516', 'errors/cant-reach-host/'],
    ['0x204', 'errors/cant-reach-host/'],
    ['264', 'errors/cant-reach-host/'],
    ['0x108', 'errors/cant-reach-host/'],
    ["The two computers couldn't connect in the amount of time allotted", 'errors/cant-reach-host/'],
    [
      'The identity of the remote computer cannot be verified. Do you want to connect anyway?',
      'errors/certificate-identity/',
    ],
    ['The identity of the remote computer cannot be verified', 'errors/certificate-identity/'],
    [
      'The remote computer could not be authenticated due to problems with its security certificate.',
      'errors/certificate-identity/',
    ],
    [
      'Name mismatch Requested remote computer is SRV-NEW Name in the certificate is SRV-OLD',
      'errors/certificate-identity/',
    ],
    ['An authentication error has occurred (Code: 0x80080005).', 'errors/authentication-error/'],
    [
      'An authentication error has occurred.\nThe function requested is not supported.\n\nRemote computer: srv01\nThis could be due to CredSSP encryption oracle remediation.',
      'errors/credssp-encryption-oracle/',
    ],
    ['ERRCONNECT_TLS_CONNECT_FAILED [0x00020008]', 'errors/tls-connect-failed/'],
    [
      'The server requires that the client support Enhanced RDP Security with CredSSP',
      'errors/nla-network-level-authentication/',
    ],
    ['0x904 0x7', 'errors/0x904-0x7/'],
    ['Error code: 0x904 Extended error code: 0x7', 'errors/0x904-0x7/'],
  ])('%j → %s', (query, path) => {
    expect(first(query)).toBe(path);
  });

  it('a phrase many messages share is not a pasted message', () => {
    expect(first('remote computer')).toBeUndefined();
  });

  it('an extended code alone does not jump to its pair guide', () => {
    expect(searchCodes('0x7', index, situations).hits.every((hit) => hit.path !== 'errors/0x904-0x7/')).toBe(true);
  });
});
