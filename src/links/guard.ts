// The private-address guard: loopback, private and link-local addresses are
// never fetched unless `links.allowPrivate` is set. Literal hosts are checked
// before a request; names are checked on every DNS answer the connection uses
// (a lookup hook), so a redirect or a rebinding name cannot reach them either.
import dns from 'node:dns';
import ipaddr from 'ipaddr.js';

const BLOCKED_RANGES: Record<string, string> = {
  loopback: 'a loopback address',
  private: 'a private address',
  linkLocal: 'a link-local address',
  uniqueLocal: 'a private (unique local) address',
  unspecified: 'an unspecified address',
};

export const PRIVATE_ADDRESS_CODE = 'EKBLINT_PRIVATE_ADDRESS';

/** Why an IP address must not be fetched, or null when it may be. */
export function privateAddressReason(address: string): string | null {
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    parsed = ipaddr.parse(address.replace(/^\[|\]$/g, ''));
  } catch {
    return null;
  }
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  }
  const what = BLOCKED_RANGES[parsed.range()];
  return what ? `${address.replace(/^\[|\]$/g, '')} is ${what}` : null;
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
