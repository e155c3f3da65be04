// Which addresses sanad may fetch from. A feed or page URL comes from whoever uses the web app or
// writes a feed list, and a feed's item links and redirects come from the feed's publisher: none of
// them may make the server request its own loopback, the private network it sits in, or the cloud
// metadata service (169.254.169.254). Every address a host name resolves to is checked at the
// moment of connecting (so DNS rebinding between a check and the request cannot slip through), and
// an address written in the URL itself is checked before. SANAD_ALLOW_PRIVATE_URLS=1 (or
// --allow-private-urls) lifts the rule for a newsroom that reads its own intranet.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';

const BLOCKED = new BlockList();
// IPv4: "this" network, private (RFC 1918), carrier-grade NAT, loopback, link-local, IETF protocol
// assignments, benchmarking, multicast, reserved and broadcast
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  BLOCKED.addSubnet(net, prefix, 'ipv4');
// IPv6: unspecified, loopback, unique-local, link-local, multicast
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  BLOCKED.addSubnet(net, prefix, 'ipv6');

let allowPrivate = process.env.SANAD_ALLOW_PRIVATE_URLS === '1';

/** Allow (or forbid again) requests to private, link-local and loopback addresses. */
export function allowPrivateAddresses(allow: boolean): void {
  allowPrivate = allow;
}

export function privateAddressesAllowed(): boolean {
  return allowPrivate;
}

/** True for an address sanad must not request (unless allowed): loopback, private, link-local… */
export function isBlockedAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return BLOCKED.check(address, 'ipv4');
  if (family !== 6) return true; // not an address at all: refuse rather than guess
  // an IPv4 address written as IPv6 (::ffff:127.0.0.1) is that IPv4 address
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return BLOCKED.check(mapped[1], 'ipv4');
  return BLOCKED.check(address, 'ipv6');
}

export class BlockedAddressError extends Error {
  code = 'E_BLOCKED_ADDRESS';
}

const refusal = (host: string, address: string) =>
  new BlockedAddressError(
    `${host} is ${address}, a private, link-local or loopback address (SANAD_ALLOW_PRIVATE_URLS=1 allows it)`,
  );

/** The URL's host when it is an address literal that is blocked: refused before connecting. */
export function checkLiteralHost(url: URL): void {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!allowPrivate && isIP(host) && isBlockedAddress(host)) throw refusal(host, host);
}

/** A DNS lookup for http.request that fails the connection when any resolved address is blocked. */
export const guardedLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
    if (err) return callback(err, '', 0);
    const bad = allowPrivate ? undefined : addresses.find((a) => isBlockedAddress(a.address));
    if (bad) return callback(refusal(hostname, bad.address), '', 0);
    if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
    return callback(null, addresses[0].address, addresses[0].family);
  });
};
