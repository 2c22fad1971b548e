/** Entry point `e911-location/pidf`: PIDF-LO writing and parsing, SIP call parts, without Lit or idb. */
export {};
