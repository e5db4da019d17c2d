import { defineSituation } from './define-situation';

/**
 * The client could not open a TCP connection to the host, or gave up waiting. 0x204 is shown as the decimal 516 by
 * third-party clients (mRemoteNG, 1Remote), 0x108 as 264; the message is mstsc's own wording, from Microsoft's
 * "Remote Desktop can't connect to the remote computer" article.
 */
export const cantReachHost = defineSituation({
  id: 'cant-reach-host',
  title: "Can't reach the host (0x204, 0x108)",
  navLabel: "Can't reach the host (0x204, 0x108)",
  guide: 'errors/cant-reach-host/',
  codes: [
    { family: 'disconnect', value: 0x204 },
    { family: 'disconnect', value: 0x108 },
    { family: 'disconnect', value: 0x104 },
    { family: 'disconnect', value: 0x208 },
    { family: 'disconnect', value: 0x508 },
  ],
  messages: [
    {
      locale: 'en-US',
      text: "Remote Desktop can't connect to the remote computer for one of these reasons: 1) Remote access to the server is not enabled 2) The remote computer is turned off 3) The remote computer is not available on the network Make sure the remote computer is turned on and connected to the network, and that remote access is enabled.",
    },
    {
      locale: 'en-US',
      text: "This computer can't connect to the remote computer. Try connecting again. If the problem continues, contact the owner of the remote computer or your network administrator.",
    },
    {
      locale: 'en-US',
      text: "The two computers couldn't connect in the amount of time allotted.",
    },
  ],
  causes: [
    'host-unreachable',
    'rdp-connections-disabled',
    'listener-firewall-port',
    'rdp-custom-port',
    'name-resolution',
    'rdp-services-stopped',
    'rdp-listener-disabled',
    'network-path',
  ],
  lookFirstOn: 'network',
});
