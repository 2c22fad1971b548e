/** IPv4/IPv6 addresses and CIDR ranges: strict parsing, containment, and display. */

/**
 * An address as a 32-bit (IPv4) or 128-bit (IPv6) integer. IPv4-mapped IPv6 addresses
 * (`::ffff:a.b.c.d`) are held as IPv4, so they match IPv4 ranges.
 */
export type IpAddress = { version: 4 | 6; value: bigint };

/** A CIDR range; `network` has its host bits cleared. */
export type Cidr = { version: 4 | 6; network: bigint; prefix: number; text: string };

export type CidrResult = { ok: true; cidr: Cidr } | { ok: false; message: string };

/** `::ffff:0:0/96`, where IPv4-mapped addresses live. */
const MAPPED = 0xffffn << 32n;
const bitsOf = (version: 4 | 6) => (version === 4 ? 32 : 128);
/** 0–255 without leading zeros: some stacks read "010" as octal (8), others as 10. */
const OCTET = '(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`^${OCTET}(\\.${OCTET}){3}$`);
const HEX_GROUP = /^[\da-f]{1,4}$/i;

/** A dotted-quad IPv4 address as a number; `null` if it is not one. */
function parseIpv4(text: string): bigint | null {
  return IPV4.test(text) ? text.split('.').reduce((value, octet) => (value << 8n) | BigInt(octet), 0n) : null;
}

/** An IPv6 address (with `::` compression and a dotted IPv4 tail) as a number; `null` if it is not one. */
function parseIpv6(text: string): bigint | null {
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const [head, tail] = halves.map((half) => (half ? half.split(':') : [])) as [string[], string[]?];
  // A dotted IPv4 part may only end the address: elsewhere it fails the group test below.
  const last = (tail ?? head).at(-1);
  if (last?.includes('.')) {
    const v4 = parseIpv4(last);
    if (v4 === null) return null;
    (tail ?? head).splice(-1, 1, (v4 >> 16n).toString(16), (v4 & 0xffffn).toString(16));
  }
  const missing = 8 - head.length - (tail?.length ?? 0);
  if (tail ? missing < 1 : missing !== 0) return null;
  const groups = [...head, ...Array<string>(missing).fill('0'), ...(tail ?? [])];
  return groups.every((group) => HEX_GROUP.test(group)) ? BigInt(`0x${groups.map((group) => group.padStart(4, '0')).join('')}`) : null;
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
  const v6 = parseIpv6(trimmed);
  if (v6 === null) return null;
  return v6 >> 32n === 0xffffn ? { version: 4, value: v6 & 0xffffffffn } : { version: 6, value: v6 };
}

/** Why `text` is not an address, for the error message. */
function addressProblem(text: string): string {
  if (text.includes('%')) return 'zone ids (%…) are not allowed';
  if (/^[\d.]+$/.test(text)) {
    return /(^|\.)0\d/.test(text)
      ? 'IPv4 octets must not have leading zeros (ambiguous: octal to some systems)'
      : 'an IPv4 address is four numbers 0–255 separated by dots';
  }
  return text.includes(':') ? 'the IPv6 address is malformed' : 'it is not an IPv4 or IPv6 address';
}

/**
 * Parses a CIDR such as `10.1.0.0/16` or `2001:db8::/32`; a bare address is a single host
 * (/32 or /128). Host bits after the prefix are cleared (`10.1.2.3/16` is `10.1.0.0/16`).
 * An IPv4-mapped range (`::ffff:10.0.0.0/104`) becomes the IPv4 range it covers.
 * Never throws; the message names the bad entry and says what is wrong.
 */
export function parseCidr(text: string): CidrResult {
  const trimmed = typeof text === 'string' ? text.trim() : '';
  const fail = (reason: string, shown = trimmed): CidrResult => ({ ok: false, message: `'${shown}' is not a valid CIDR: ${reason}` });
  if (typeof text !== 'string') return fail('it is not text', String(text));
  if (!trimmed) return fail('it is empty', text);
  if (trimmed.length > 100) return fail('it is too long', `${trimmed.slice(0, 40)}…`);
  const slash = trimmed.indexOf('/');
  const addressText = slash < 0 ? trimmed : trimmed.slice(0, slash);
  const address = parseIp(addressText);
  if (!address) return fail(addressProblem(addressText));
  const { version, value } = address;
  const mapped = version === 4 && addressText.includes(':');
  const maxBits = mapped ? 128 : bitsOf(version);
  const prefixText = slash < 0 ? String(maxBits) : trimmed.slice(slash + 1);
  if (!/^(0|[1-9]\d{0,2})$/.test(prefixText) || +prefixText > maxBits) {
    return fail(`the prefix length must be 0–${maxBits} for IPv${maxBits === 32 ? 4 : 6}`);
  }
  const prefix = +prefixText;
  // A mapped range shorter than /96 reaches beyond the mapped block: it stays IPv6.
  const cidr = !mapped ? makeCidr(version, value, prefix) : prefix < 96 ? makeCidr(6, MAPPED | value, prefix) : makeCidr(4, value, prefix - 96);
  return { ok: true, cidr: { ...cidr, text: trimmed } };
}

function makeCidr(version: 4 | 6, value: bigint, prefix: number): Cidr {
  const host = BigInt(bitsOf(version) - prefix);
  return { version, network: (value >> host) << host, prefix, text: '' };
}

/** Whether `cidr` contains `address`; IPv4 addresses also match IPv6 ranges that cover their mapped form. */
export function cidrContains(cidr: Cidr, address: IpAddress): boolean {
  if (cidr.version < address.version) return false;
  const value = cidr.version > address.version ? MAPPED | address.value : address.value;
  const host = BigInt(bitsOf(cidr.version) - cidr.prefix);
  return value >> host === cidr.network >> host;
}

/** Whether any of `cidrs` contains `address`. */
export function anyContains(cidrs: readonly Cidr[], address: IpAddress): boolean {
  return cidrs.some((cidr) => cidrContains(cidr, address));
}

/** Formats an address: dotted quad, or RFC 5952 canonical IPv6 (lower case, longest zero run compressed). */
export function formatIp({ version, value }: IpAddress): string {
  if (version === 4) return [24n, 16n, 8n, 0n].map((shift) => (value >> shift) & 0xffn).join('.');
  const hex = `:${Array.from({ length: 8 }, (_, i) => ((value >> BigInt(112 - 16 * i)) & 0xffffn).toString(16)).join(':')}:`;
  // The longest run of two or more zero groups (the first of equals) becomes "::".
  const run = hex.match(/:(0:){2,}/g)?.reduce((longest, next) => (next.length > longest.length ? next : longest));
  return (run ? hex.replace(run, '::') : hex).replace(/^:(?!:)|([^:]):$/g, '$1');
}

/** The network an address is in, as used for `networkId`: IPv4 /24, IPv6 /64. */
export function networkOf({ version, value }: IpAddress): string {
  const prefix = version === 4 ? 24 : 64;
  return `${formatIp({ version, value: makeCidr(version, value, prefix).network })}/${prefix}`;
}
