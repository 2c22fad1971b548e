/** The civic address data model: RFC 5139 element names, in schema order. */

/** RFC 5139 civic address elements other than `country`, in the order the schema requires. */
export const CIVIC_ELEMENTS = [
  'A1', 'A2', 'A3', 'A4', 'A5', 'A6',
  'PRM', 'PRD', 'RD', 'STS', 'POD', 'POM',
  'RDSEC', 'RDBR', 'RDSUBBR',
  'HNO', 'HNS', 'LMK', 'LOC', 'FLR', 'NAM', 'PC',
  'BLD', 'UNIT', 'ROOM', 'SEAT', 'PLC', 'PCN', 'POBOX', 'ADDCODE',
] as const;

export type CivicElement = (typeof CIVIC_ELEMENTS)[number];

/** A civic address; keys are RFC 5139 element names. */
export type CivicAddress = {
  /** ISO 3166-1 alpha-2, upper case. */
  country: string;
} & { [K in CivicElement]?: string };
