import { isIPv4, isIPv6 } from 'node:net';

/**
 * Truncates an IP address before it is stored: the last octet of IPv4 (/24), all but the first
 * 48 bits of IPv6. Anything that is not an address is returned unchanged.
 */
export function truncateIp(ip: string): string {
  if (isIPv4(ip)) return ip.split('.').slice(0, 3).concat('0').join('.');
  if (isIPv6(ip)) {
    const [head = '', tail = ''] = ip.split('::');
    const left = head ? head.split(':') : [];
    const right = tail ? tail.split(':') : [];
    const groups = ip.includes('::') ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right] : left;
    return `${groups
      .slice(0, 3)
      .map((g) => g.toLowerCase().replace(/^0+(?=.)/, ''))
      .join(':')}::`;
  }
  return ip;
}
