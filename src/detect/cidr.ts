/** IPv4/IPv6 addresses and CIDR ranges: strict parsing, containment, and display. */

/**
 * An address as a 32-bit (IPv4) or 128-bit (IPv6) integer. IPv4-mapped IPv6 addresses
 * (`::ffff:a.b.c.d`) are held as IPv4, so they match IPv4 ranges.
 */
export type IpAddress = { version: 4 | 6; value: bigint };

/** A CIDR range; `network` has its host bits cleared. */
export type Cidr = { version: 4 | 6; network: bigint; prefix: number; text: string };

export type CidrResult = { ok: true; cidr: Cidr } | { ok: false; message: string };

const BITS = { 4: 32, 6: 128 } as const;
const MAPPED_PREFIX = 0xffffn << 32n;
const MAPPED_MASK = ((1n << 96n) - 1n) << 32n;

/** Parses a dotted-quad IPv4 address; `null` if it is not one. */
function parseIpv4(text: string): bigint | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  let value = 0n;
  for (const part of parts) {
    // Leading zeros are refused: some stacks read "010" as octal (8), others as 10.
    if (!/^(0|[1-9]\d{0,2})$/.test(part)) return null;
    const octet = Number(part);
    if (octet > 255) return null;
    value = (value << 8n) | BigInt(octet);
  }
  return value;
}

function parseGroups(text: string): bigint[] | null {
  if (text === '') return [];
  const groups: bigint[] = [];
  const parts = text.split(':');
  for (const [index, part] of parts.entries()) {
    if (index === parts.length - 1 && part.includes('.')) {
      const v4 = parseIpv4(part);
      if (v4 === null) return null;
      groups.push(v4 >> 16n, v4 & 0xffffn);
    } else if (/^[0-9a-f]{1,4}$/i.test(part)) {
      groups.push(BigInt(`0x${part}`));
    } else {
      return null;
    }
  }
  return groups;
}

/** Parses an IPv6 address (with `::` compression and a dotted IPv4 tail); `null` if it is not one. */
function parseIpv6(text: string): bigint | null {
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const head = parseGroups(halves[0]!);
  const tail = halves.length === 2 ? parseGroups(halves[1]!) : [];
  if (head === null || tail === null) return null;
  // A dotted IPv4 part may only end the address.
  if (halves.length === 2 && halves[0]!.includes('.')) return null;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const groups = [...head, ...Array<bigint>(halves.length === 2 ? missing : 0).fill(0n), ...tail];
  return groups.reduce((value, group) => (value << 16n) | group, 0n);
}

/**
 * Parses an IPv4 or IPv6 address. Returns `null` for anything else, including zone ids
 * (`fe80::1%eth0`: meaningful only on one host, never what an echo service sees) and
 * IPv4 octets with leading zeros (ambiguous: octal to some stacks).
 */
export function parseIp(text: string): IpAddress | null {
  if (typeof text !== 'string' || text.length > 64) return null;
  const trimmed = text.trim();
  const v4 = parseIpv4(trimmed);
  if (v4 !== null) return { version: 4, value: v4 };
  if (!trimmed.includes(':')) return null;
  const v6 = parseIpv6(trimmed);
  if (v6 === null) return null;
  if ((v6 & MAPPED_MASK) === MAPPED_PREFIX) return { version: 4, value: v6 & 0xffffffffn };
  return { version: 6, value: v6 };
}

function fail(text: string, reason: string): CidrResult {
  return { ok: false, message: `'${text}' is not a valid CIDR: ${reason}` };
}

/** Why `text` is not an address, for the error message. */
function addressProblem(text: string): string {
  if (text.includes('%')) return 'zone ids (%…) are not allowed';
  if (/^[\d.]+$/.test(text) && text.split('.').some((part) => /^0\d/.test(part))) {
    return 'IPv4 octets must not have leading zeros (ambiguous: octal to some systems)';
  }
  if (/^[\d.]+$/.test(text)) return 'an IPv4 address is four numbers 0–255 separated by dots';
  if (text.includes(':')) return 'the IPv6 address is malformed';
  return 'it is not an IPv4 or IPv6 address';
}

/**
 * Parses a CIDR such as `10.1.0.0/16` or `2001:db8::/32`; a bare address is a single host
 * (/32 or /128). Host bits after the prefix are cleared (`10.1.2.3/16` is `10.1.0.0/16`).
 * An IPv4-mapped range (`::ffff:10.0.0.0/104`) becomes the IPv4 range it covers.
 * Never throws; the message names the bad entry and says what is wrong.
 */
export function parseCidr(text: string): CidrResult {
  if (typeof text !== 'string') return fail(String(text), 'it is not text');
  const trimmed = text.trim();
  if (trimmed === '') return fail(text, 'it is empty');
  if (trimmed.length > 100) return fail(`${trimmed.slice(0, 40)}…`, 'it is too long');
  const slash = trimmed.indexOf('/');
  const addressText = slash === -1 ? trimmed : trimmed.slice(0, slash);
  const prefixText = slash === -1 ? null : trimmed.slice(slash + 1);
  const address = parseIp(addressText);
  if (address === null) return fail(trimmed, addressProblem(addressText));
  const mapped = address.version === 4 && addressText.includes(':');
  const maxBits = mapped ? 128 : BITS[address.version];
  const family = mapped || address.version === 6 ? 'IPv6' : 'IPv4';
  let prefix: number = maxBits;
  if (prefixText !== null) {
    if (!/^(0|[1-9]\d{0,2})$/.test(prefixText) || Number(prefixText) > maxBits) {
      return fail(trimmed, `the prefix length must be 0–${maxBits} for ${family}`);
    }
    prefix = Number(prefixText);
  }
  if (mapped) {
    // A mapped range shorter than /96 reaches beyond the mapped block: keep it IPv6.
    if (prefix < 96) {
      return { ok: true, cidr: makeCidr(6, MAPPED_PREFIX | address.value, prefix, trimmed) };
    }
    prefix -= 96;
  }
  return { ok: true, cidr: makeCidr(address.version, address.value, prefix, trimmed) };
}

function makeCidr(version: 4 | 6, value: bigint, prefix: number, text: string): Cidr {
  const bits = BigInt(BITS[version]);
  const mask = ((1n << bits) - 1n) ^ ((1n << (bits - BigInt(prefix))) - 1n);
  return { version, network: value & mask, prefix, text };
}

/** Whether `cidr` contains `address`; IPv4 addresses also match IPv6 ranges that cover their mapped form. */
export function cidrContains(cidr: Cidr, address: IpAddress): boolean {
  let value = address.value;
  if (cidr.version !== address.version) {
    if (cidr.version === 4) return false;
    value = MAPPED_PREFIX | address.value;
  }
  const bits = BigInt(BITS[cidr.version]);
  const hostBits = bits - BigInt(cidr.prefix);
  return value >> hostBits === cidr.network >> hostBits;
}

/** Whether any of `cidrs` contains `address`. */
export function anyContains(cidrs: readonly Cidr[], address: IpAddress): boolean {
  return cidrs.some((cidr) => cidrContains(cidr, address));
}

/** Formats an address: dotted quad, or RFC 5952 canonical IPv6 (lower case, longest zero run compressed). */
export function formatIp(address: IpAddress): string {
  if (address.version === 4) {
    return [24n, 16n, 8n, 0n].map((shift) => String((address.value >> shift) & 0xffn)).join('.');
  }
  const groups = Array.from({ length: 8 }, (_, i) => (address.value >> BigInt(112 - 16 * i)) & 0xffffn);
  let best = { start: -1, length: 0 };
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0n) { i += 1; continue; }
    let j = i;
    while (j < 8 && groups[j] === 0n) j += 1;
    if (j - i > best.length && j - i > 1) best = { start: i, length: j - i };
    i = j;
  }
  const hex = groups.map((group) => group.toString(16));
  if (best.start === -1) return hex.join(':');
  const head = hex.slice(0, best.start).join(':');
  const tail = hex.slice(best.start + best.length).join(':');
  return `${head}::${tail}`;
}

/** The network an address is in, as used for `networkId`: IPv4 /24, IPv6 /64. */
export function networkOf(address: IpAddress): string {
  const prefix = address.version === 4 ? 24 : 64;
  const { network } = makeCidr(address.version, address.value, prefix, '');
  return `${formatIp({ version: address.version, value: network })}/${prefix}`;
}
