/** The demo page's own session with the LIS simulator, so concurrent pages never share a scenario. */

function newSessionId(): string {
  // randomUUID needs a secure context; a static demo served over plain http still works.
  if (typeof crypto.randomUUID === 'function' && globalThis.isSecureContext) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** URLs of the simulator for one page, and the switch that moves this page to another network. */
export class LisSession {
  readonly id: string;
  readonly base: string;

  constructor(options: { base?: string; id?: string } = {}) {
    this.base = options.base ?? '/lis';
    this.id = options.id ?? newSessionId();
  }

  get heldUrl(): string {
    return this._url('held');
  }

  get ipEchoUrl(): string {
    return this._url('ip');
  }

  /** Makes the simulator answer this page as it would on the network of `scenario`. */
  async switchScenario(scenario: string): Promise<void> {
    const response = await fetch(this._url('scenario'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ scenario }),
    });
    if (!response.ok) {
      throw new Error(`The LIS simulator refused scenario "${scenario}" (HTTP ${response.status}). Is the demo served by \`npm start\`?`);
    }
  }

  private _url(endpoint: string): string {
    return `${this.base}/${endpoint}?session=${encodeURIComponent(this.id)}`;
  }
}
