/** Keeps an element's parsed configuration: parses again only when an input changed, and reports each bad entry once per change. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { parsePromptConfig } from '../config/prompt-config.js';
import type { PromptConfig, PromptConfigInput } from '../config/prompt-config.js';
import { emit } from '../shared/emit.js';

export class PromptConfigController implements ReactiveController {
  private readonly _host: ReactiveControllerHost & HTMLElement;
  private readonly _inputs: () => PromptConfigInput;
  private _config: PromptConfig | null = null;
  private _key = '';

  constructor(host: ReactiveControllerHost & HTMLElement, inputs: () => PromptConfigInput) {
    this._host = host;
    this._inputs = inputs;
    host.addController(this);
  }

  hostConnected(): void {
    void this.current;
  }

  hostUpdate(): void {
    void this.current;
  }

  /** The configuration of the current inputs. */
  get current(): PromptConfig {
    const input = this._inputs();
    let key: string;
    try {
      key = JSON.stringify(input);
    } catch {
      key = String(Math.random()); // a cyclic `sites` value: parse again, validation reports it
    }
    if (this._config && key === this._key) return this._config;
    this._key = key;
    const config = parsePromptConfig(input);
    this._config = config;
    if (config.errors.length > 0) {
      // After the current task, so that a page listening right after creating the element hears them.
      setTimeout(() => {
        for (const message of config.errors) {
          console.warn(`${this._host.localName}: ${message}`);
          emit(this._host, 'e911-config-error', { message });
        }
      }, 0);
    }
    return config;
  }
}
