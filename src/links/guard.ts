// The private-address guard: loopback, private and link-local addresses are
// never fetched unless `links.allowPrivate` is set. Literal hosts are checked
// before a request; names are checked on every DNS answer the connection uses
// (a lookup hook), so a redirect or a rebinding name cannot reach them either.
import dns from 'node:dns';
import ipaddr from 'ipaddr.js';

/**
 * Never fetched: every entry of IANA's IPv4 and IPv6 special-purpose address
 * registries (loopback, private, carrier-grade NAT, link-local, documentation,
 * benchmarking, translation prefixes, …) plus multicast and the deprecated
 * site-local and IPv4-compatible ranges. None is a public help-center page;
 * several reach the machine, its network or a cloud metadata service.
 */
const BLOCKED: ReadonlyArray<readonly [cidr: string, what: string]> = [
  ['0.0.0.0/8', 'a "this network" address'],
  ['10.0.0.0/8', 'a private address'],
  ['100.64.0.0/10', 'a carrier-grade NAT (shared) address'],
  ['127.0.0.0/8', 'a loopback address'],
  ['169.254.0.0/16', 'a link-local address'],
  ['172.16.0.0/12', 'a private address'],
  ['192.0.0.0/24', 'an IETF protocol assignment'],
  ['192.0.2.0/24', 'a documentation address'],
  ['192.31.196.0/24', 'an AS112 address'],
  ['192.52.193.0/24', 'an AMT address'],
  ['192.88.99.0/24', 'a 6to4 relay address'],
  ['192.168.0.0/16', 'a private address'],
  ['192.175.48.0/24', 'an AS112 address'],
  ['198.18.0.0/15', 'a benchmarking address'],
  ['198.51.100.0/24', 'a documentation address'],
  ['203.0.113.0/24', 'a documentation address'],
  ['224.0.0.0/4', 'a multicast address'],
  ['240.0.0.0/4', 'a reserved address'],
  ['::/96', 'an unspecified, loopback or IPv4-compatible address'],
  ['::ffff:0:0:0/96', 'an IPv4-translated address'],
  ['64:ff9b::/96', 'a NAT64 address'],
  ['64:ff9b:1::/48', 'a local NAT64 address'],
  ['100::/64', 'a discard-only address'],
  ['100:0:0:1::/64', 'a dummy address'],
  ['2001::/23', 'an IETF protocol assignment (Teredo, benchmarking, ORCHID, …)'],
  ['2001:db8::/32', 'a documentation address'],
  ['2620:4f:8000::/48', 'an AS112 address'],
  ['3fff::/20', 'a documentation address'],
  ['5f00::/16', 'a segment-routing address'],
  ['fc00::/7', 'a private (unique local) address'],
  ['fe80::/10', 'a link-local address'],
  ['fec0::/10', 'a site-local address'],
  ['ff00::/8', 'a multicast address'],
];
const BLOCKED_PARSED = BLOCKED.map(([cidr, what]) => ({ range: ipaddr.parseCIDR(cidr), what }));

export const PRIVATE_ADDRESS_CODE = 'EKBLINT_PRIVATE_ADDRESS';

/** Why an IP address must not be fetched, or null when it may be. */
export function privateAddressReason(address: string): string | null {
  const written = address.replace(/^\[|\]$/g, '');
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    parsed = ipaddr.parse(written);
  } catch {
    return null;
  }
  const embedded = embeddedIPv4(parsed);
  if (embedded) {
    const inner = rangeReason(embedded);
    if (inner) return `${written} embeds ${embedded.toString()}, ${inner}`;
  }
  const what = rangeReason(parsed);
  return what ? `${written} is ${what}` : null;
}

function rangeReason(parsed: ipaddr.IPv4 | ipaddr.IPv6): string | null {
  for (const { range, what } of BLOCKED_PARSED) {
    if (range[0].kind() === parsed.kind() && parsed.match(range as never)) return what;
  }
  return null;
}

/** The IPv4 address inside an IPv4-mapped, IPv4-compatible or 6to4 IPv6 address. */
function embeddedIPv4(parsed: ipaddr.IPv4 | ipaddr.IPv6): ipaddr.IPv4 | null {
  if (parsed.kind() !== 'ipv6') return null;
  const v6 = parsed as ipaddr.IPv6;
  const p = v6.parts;
  const fromParts = (high: number, low: number) => new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff]);
  if (v6.isIPv4MappedAddress()) return v6.toIPv4Address();
  if (p.slice(0, 6).every((x) => x === 0) && (p[6] !== 0 || p[7]! > 1)) return fromParts(p[6]!, p[7]!); // ::a.b.c.d
  if (p[0] === 0x2002) return fromParts(p[1]!, p[2]!); // 6to4
  return null;
}

/** Decides whether an address may be fetched (tests narrow it; the default is `privateAddressReason`). */
export type AddressPolicy = (address: string) => string | null;

/** For a URL's host: a literal address (or `localhost`) that must not be fetched. */
export function literalHostReason(hostname: string, policy: AddressPolicy = privateAddressReason): string | null {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (policy === privateAddressReason && (host === 'localhost' || host.endsWith('.localhost'))) return `${host} is a loopback name`;
  return ipaddr.isValid(host) ? policy(host) : null;
}

export class PrivateAddressError extends Error {
  code = PRIVATE_ADDRESS_CODE;
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | dns.LookupAddress[], family?: number) => void;

/** A `dns.lookup` for net/tls.connect that refuses any answer in a blocked range. */
export function guardedLookup(hostname: string, options: dns.LookupOptions, callback: LookupCallback): void {
  guardedLookupWith(privateAddressReason)(hostname, options, callback);
}

export function guardedLookupWith(policy: AddressPolicy) {
  return (hostname: string, options: dns.LookupOptions, callback: LookupCallback): void => lookupChecked(policy, hostname, options, callback);
}

function lookupChecked(policy: AddressPolicy, hostname: string, options: dns.LookupOptions, callback: LookupCallback): void {
  dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    const list = addresses as dns.LookupAddress[];
    for (const entry of list) {
      const reason = policy(entry.address);
      if (reason) return callback(new PrivateAddressError(`${hostname} resolves to ${reason}`), []);
    }
    if (options.all) return callback(null, list);
    const first = list[0];
    if (!first) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), []);
    callback(null, first.address, first.family);
  });
}
