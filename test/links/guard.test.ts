// The private-address guard against IANA's special-purpose address registries
// (iana-ipv4-special-registry and iana-ipv6-special-registry), one row per
// entry with its RFC and an address inside it, plus public addresses that
// must stay reachable.
import { describe, expect, it } from 'vitest';
import { literalHostReason, privateAddressReason } from '../../src/links/guard.js';

const IPV4_SPECIAL: Array<[block: string, rfc: string, sample: string]> = [
  ['0.0.0.0/8', 'RFC 791', '0.1.2.3'],
  ['0.0.0.0/32', 'RFC 1122', '0.0.0.0'],
  ['10.0.0.0/8', 'RFC 1918', '10.20.30.40'],
  ['100.64.0.0/10', 'RFC 6598', '100.100.100.200'],
  ['127.0.0.0/8', 'RFC 1122', '127.0.0.2'],
  ['169.254.0.0/16', 'RFC 3927', '169.254.169.254'],
  ['172.16.0.0/12', 'RFC 1918', '172.31.255.1'],
  ['192.0.0.0/24', 'RFC 6890', '192.0.0.1'],
  ['192.0.0.0/29', 'RFC 7335', '192.0.0.2'],
  ['192.0.0.8/32', 'RFC 7600', '192.0.0.8'],
  ['192.0.0.9/32', 'RFC 7723', '192.0.0.9'],
  ['192.0.0.10/32', 'RFC 8155', '192.0.0.10'],
  ['192.0.0.170/32', 'RFC 8880', '192.0.0.170'],
  ['192.0.0.171/32', 'RFC 8880', '192.0.0.171'],
  ['192.0.2.0/24', 'RFC 5737', '192.0.2.55'],
  ['192.31.196.0/24', 'RFC 7535', '192.31.196.1'],
  ['192.52.193.0/24', 'RFC 7450', '192.52.193.1'],
  ['192.88.99.0/24', 'RFC 7526', '192.88.99.1'],
  ['192.168.0.0/16', 'RFC 1918', '192.168.1.1'],
  ['192.175.48.0/24', 'RFC 7534', '192.175.48.6'],
  ['198.18.0.0/15', 'RFC 2544', '198.19.0.1'],
  ['198.51.100.0/24', 'RFC 5737', '198.51.100.7'],
  ['203.0.113.0/24', 'RFC 5737', '203.0.113.9'],
  ['240.0.0.0/4', 'RFC 1112', '250.1.2.3'],
  ['255.255.255.255/32', 'RFC 8190', '255.255.255.255'],
  // Not in the special-purpose registry, but never a web page:
  ['224.0.0.0/4 (multicast)', 'RFC 5771', '239.1.2.3'],
];

const IPV6_SPECIAL: Array<[block: string, rfc: string, sample: string]> = [
  ['::1/128', 'RFC 4291', '::1'],
  ['::/128', 'RFC 4291', '::'],
  ['::ffff:0:0/96', 'RFC 4291', '::ffff:10.0.0.1'],
  ['64:ff9b::/96', 'RFC 6052', '64:ff9b::808:808'],
  ['64:ff9b:1::/48', 'RFC 8215', '64:ff9b:1::1'],
  ['100::/64', 'RFC 6666', '100::1'],
  ['100:0:0:1::/64', 'RFC 9780', '100:0:0:1::1'],
  ['2001::/23', 'RFC 2928', '2001:100::1'],
  ['2001::/32 (Teredo)', 'RFC 4380', '2001:0:4136:e378:8000:63bf:3fff:fdd2'],
  ['2001:1::1/128', 'RFC 7723', '2001:1::1'],
  ['2001:1::2/128', 'RFC 8155', '2001:1::2'],
  ['2001:1::3/128', 'RFC 9665', '2001:1::3'],
  ['2001:2::/48', 'RFC 5180', '2001:2::1'],
  ['2001:3::/32', 'RFC 7450', '2001:3::1'],
  ['2001:4:112::/48', 'RFC 7535', '2001:4:112::1'],
  ['2001:10::/28', 'RFC 4843', '2001:10::1'],
  ['2001:20::/28', 'RFC 7343', '2001:20::1'],
  ['2001:30::/28', 'RFC 9374', '2001:30::1'],
  ['2001:db8::/32', 'RFC 3849', '2001:db8::1'],
  ['2620:4f:8000::/48', 'RFC 7534', '2620:4f:8000::1'],
  ['3fff::/20', 'RFC 9637', '3fff::1'],
  ['5f00::/16', 'RFC 9602', '5f00::1'],
  ['fc00::/7', 'RFC 4193', 'fd12:3456::1'],
  ['fe80::/10', 'RFC 4291', 'fe80::1'],
  // Not in the registry, but never a web page or embedding one that is private:
  ['fec0::/10 (site-local)', 'RFC 3879', 'fec0::1'],
  ['ff00::/8 (multicast)', 'RFC 4291', 'ff02::1'],
  ['::/96 IPv4-compatible', 'RFC 4291', '::127.0.0.1'],
  ['2002::/16 6to4 of a private v4', 'RFC 3056', '2002:c0a8:0101::1'],
];

describe('privateAddressReason', () => {
  it.each([...IPV4_SPECIAL, ...IPV6_SPECIAL])('blocks %s (%s), e.g. %s', (_block, _rfc, sample) => {
    expect(privateAddressReason(sample)).not.toBeNull();
  });

  it.each(['8.8.8.8', '1.1.1.1', '100.128.0.1', '172.32.0.1', '192.0.1.1', '2606:4700:4700::1111', '2a00:1450:4001::200e', '2002:0808:0808::1', '2001:4860:4860::8888'])(
    'lets the public address %s through',
    (address) => {
      expect(privateAddressReason(address)).toBeNull();
    },
  );

  it('names the embedded IPv4 address', () => {
    expect(privateAddressReason('::ffff:127.0.0.1')).toBe('::ffff:127.0.0.1 embeds 127.0.0.1, a loopback address');
    expect(privateAddressReason('[::127.0.0.1]')).toBe('::127.0.0.1 embeds 127.0.0.1, a loopback address');
  });

  it('checks a URL host as the URL parser writes it', () => {
    expect(literalHostReason(new URL('http://[::127.0.0.1]/').hostname)).not.toBeNull();
    expect(literalHostReason(new URL('http://100.100.100.200/latest/meta-data').hostname)).not.toBeNull();
    expect(literalHostReason(new URL('http://[64:ff9b::7f00:1]/').hostname)).not.toBeNull();
  });
});
