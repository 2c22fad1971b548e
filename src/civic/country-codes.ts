/** The ISO 3166-1 alpha-2 codes the package knows, without the postal and region tables (the prompt checks its attributes against them at startup). */
import { COUNTRY_LIST } from './data/country-codes.js';

/** ISO 3166-1 alpha-2 codes, sorted. */
export const COUNTRY_CODES: readonly string[] = Object.freeze(COUNTRY_LIST.split(' '));
