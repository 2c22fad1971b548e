import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { cidrContains, formatIp, networkOf, parseCidr, parseIp, type Cidr, type IpAddress } from '../../src/detect/cidr.js';

function cidr(text: string): Cidr {
  const result = parseCidr(text);
  if (!result.ok) throw new Error(result.message);
  return result.cidr;
}

function ip(text: string): IpAddress {
  const address = parseIp(text);
  if (!address) throw new Error(`not an address: ${text}`);
  return address;
}

describe('parseIp', () => {
  const valid: [string, string][] = [
    ['10.1.20.37', '10.1.20.37'],
    ['0.0.0.0', '0.0.0.0'],
    ['255.255.255.255', '255.255.255.255'],
    ['::', '::'],
    ['::1', '::1'],
    ['2001:DB8::1', '2001:db8::1'],
    ['2001:db8:0:0:1:0:0:1', '2001:db8::1:0:0:1'],
    ['1:2:3:4:5:6:7::', '1:2:3:4:5:6:7:0'],
    ['::ffff:10.1.20.37', '10.1.20.37'],
    ['::FFFF:0a01:1425', '10.1.20.37'],
    ['0:0:0:0:0:ffff:192.0.2.1', '192.0.2.1'],
    ['64:ff9b::192.0.2.1', '64:ff9b::c000:201'],
    [' 10.0.0.1 ', '10.0.0.1'],
  ];
  for (const [text, formatted] of valid) {
    it(`reads '${text}' as ${formatted}`, () => {
      expect(formatIp(ip(text))).to.equal(formatted);
    });
  }

  const invalid = [
    '', '10.1.2', '10.1.2.3.4', '256.1.1.1', '010.1.1.1', '10.01.1.1', '1.2.3.-4', '0x0a.1.1.1',
    '1::2::3', ':1::', '1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7:8::', '12345::', 'g::1', 'fe80::1%eth0',
    '1.2.3.4::', '::1.2.3', 'localhost', '10.1.20.37/32', '<script>',
  ];
  for (const text of invalid) {
    it(`refuses '${text}'`, () => {
      expect(parseIp(text)).to.equal(null);
    });
  }
});

describe('parseCidr', () => {
  const errors: [string, string][] = [
    ['10.0.0.0/33', "'10.0.0.0/33' is not a valid CIDR: the prefix length must be 0–32 for IPv4"],
    ['2001:db8::/129', "'2001:db8::/129' is not a valid CIDR: the prefix length must be 0–128 for IPv6"],
    ['10.0.0.0/', "'10.0.0.0/' is not a valid CIDR: the prefix length must be 0–32 for IPv4"],
    ['10.0.0.0/-1', "'10.0.0.0/-1' is not a valid CIDR: the prefix length must be 0–32 for IPv4"],
    ['10.0.0.0/08', "'10.0.0.0/08' is not a valid CIDR: the prefix length must be 0–32 for IPv4"],
    ['010.0.0.0/8', "'010.0.0.0/8' is not a valid CIDR: IPv4 octets must not have leading zeros (ambiguous: octal to some systems)"],
    ['fe80::%eth0/64', "'fe80::%eth0/64' is not a valid CIDR: zone ids (%…) are not allowed"],
    ['10.0.0/8', "'10.0.0/8' is not a valid CIDR: an IPv4 address is four numbers 0–255 separated by dots"],
    ['2001:db8:::/48', "'2001:db8:::/48' is not a valid CIDR: the IPv6 address is malformed"],
    ['garbage', "'garbage' is not a valid CIDR: it is not an IPv4 or IPv6 address"],
    ['', "'' is not a valid CIDR: it is empty"],
  ];
  for (const [text, message] of errors) {
    it(`explains why '${text}' is refused`, () => {
      expect(parseCidr(text)).to.deep.equal({ ok: false, message });
    });
  }

  it('reads a bare address as a single host', () => {
    expect(cidr('10.1.2.3').prefix).to.equal(32);
    expect(cidr('2001:db8::1').prefix).to.equal(128);
  });

  it('clears host bits after the prefix', () => {
    expect(cidr('10.1.2.3/16').network).to.equal(ip('10.1.0.0').value);
  });

  it('turns an IPv4-mapped range of /96 or longer into the IPv4 range it covers', () => {
    const mapped = cidr('::ffff:10.0.0.0/104');
    expect(mapped.version).to.equal(4);
    expect(mapped.prefix).to.equal(8);
  });
});

describe('cidrContains', () => {
  const table: [range: string, address: string, contained: boolean][] = [
    ['10.1.0.0/16', '10.1.20.37', true],
    ['10.1.0.0/16', '10.2.0.1', false],
    ['0.0.0.0/0', '203.0.113.25', true],
    ['203.0.113.25/32', '203.0.113.25', true],
    ['203.0.113.25/32', '203.0.113.26', false],
    ['10.1.0.0/16', '::ffff:10.1.20.37', true],
    ['::ffff:10.1.0.0/112', '10.1.20.37', true],
    ['::ffff:0:0/96', '198.51.100.77', true],
    ['::/0', '10.1.20.37', true],
    ['::/0', '2001:db8::1', true],
    ['0.0.0.0/0', '2001:db8::1', false],
    ['2001:db8:1::/48', '2001:db8:1:ff::5', true],
    ['2001:db8:1::/48', '2001:db8:2::5', false],
    ['2001:db8::1/128', '2001:db8::1', true],
    ['2001:db8::1/128', '2001:db8::2', false],
    ['10.0.0.0/8', '2001:db8::a00:1', false],
  ];
  for (const [range, address, contained] of table) {
    it(`${contained ? 'finds' : 'does not find'} ${address} in ${range}`, () => {
      expect(cidrContains(cidr(range), ip(address))).to.equal(contained);
    });
  }
});

describe('networkOf', () => {
  it('derives an IPv4 /24 and an IPv6 /64', () => {
    expect(networkOf(ip('198.51.100.77'))).to.equal('198.51.100.0/24');
    expect(networkOf(ip('2001:db8:1:2:3:4:5:6'))).to.equal('2001:db8:1:2::/64');
    expect(networkOf(ip('::ffff:10.1.20.37'))).to.equal('10.1.20.0/24');
  });
});

describe('CIDR properties', () => {
  // Thousands of inputs each: the matching code sits on every detection.
  const RUNS = { numRuns: 2000 };
  const ipv4 = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map((parts) => parts.join('.'));
  const ipv6 = fc.array(fc.nat(0xffff), { minLength: 8, maxLength: 8 }).map((groups) => groups.map((g) => g.toString(16)).join(':'));

  it('never throws on arbitrary strings', () => {
    fc.assert(fc.property(fc.string(), (text) => {
      const result = parseCidr(text);
      parseIp(text);
      return result.ok || result.message.includes('is not a valid CIDR');
    }), RUNS);
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => {
      parseCidr(text);
      parseIp(text);
    }), RUNS);
  });

  it('puts every address in its own host range and in /0', () => {
    fc.assert(fc.property(fc.oneof(ipv4, ipv6), (text) => {
      const address = ip(text);
      const host = address.version === 4 ? `${text}/32` : `${text}/128`;
      const all = address.version === 4 ? '0.0.0.0/0' : '::/0';
      return cidrContains(cidr(host), address) && cidrContains(cidr(all), address);
    }), RUNS);
  });

  it('matches an IPv4 address and its IPv4-mapped form alike', () => {
    fc.assert(fc.property(ipv4, ipv4, fc.integer({ min: 0, max: 32 }), (address, base, prefix) => {
      const range = cidr(`${base}/${prefix}`);
      return cidrContains(range, ip(address)) === cidrContains(range, ip(`::ffff:${address}`));
    }), RUNS);
  });

  it('reads back what it formats', () => {
    fc.assert(fc.property(fc.oneof(ipv4, ipv6), (text) => {
      const address = ip(text);
      expect(ip(formatIp(address))).to.deep.equal(address);
    }), RUNS);
  });

  it('contains exactly the addresses that share the prefix bits', () => {
    fc.assert(fc.property(ipv4, ipv4, fc.integer({ min: 0, max: 32 }), (a, b, prefix) => {
      const shift = BigInt(32 - prefix);
      const same = ip(a).value >> shift === ip(b).value >> shift;
      return cidrContains(cidr(`${a}/${prefix}`), ip(b)) === same;
    }), RUNS);
  });
});
