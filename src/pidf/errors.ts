/** The typed error `parsePidfLo` throws when a document cannot be read as PIDF-LO. */

export type PidfParseErrorCode = 'too-large' | 'doctype' | 'malformed' | 'trusted-types' | 'no-presence';

/** Thrown by `parsePidfLo` for input that is not a readable PIDF document; `code` says why. */
export class PidfParseError extends Error {
  override readonly name = 'PidfParseError';
  readonly code: PidfParseErrorCode;

  constructor(code: PidfParseErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}
