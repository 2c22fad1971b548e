/** A set of subscribers called with the current list, each sandboxed so one failing callback cannot break the others. */
import type { EmergencyLocation } from '../location.js';
import { invalidArgument } from './errors.js';

export type Listener = (locations: EmergencyLocation[]) => void;

export class ListenerSet {
  readonly #listeners = new Set<Listener>();

  get size(): number {
    return this.#listeners.size;
  }

  add(listener: Listener): () => void {
    if (typeof listener !== 'function') {
      throw invalidArgument('subscribe(listener) needs a function: store.subscribe((locations) => { … })');
    }
    // Wrapped so the same function subscribed twice is called twice and unsubscribed once each.
    const entry: Listener = (locations) => listener(locations);
    this.#listeners.add(entry);
    return () => { this.#listeners.delete(entry); };
  }

  /** Calls every listener with its own copy of the list. */
  notify(locations: readonly EmergencyLocation[]): void {
    for (const listener of [...this.#listeners]) {
      try {
        listener(structuredClone(locations) as EmergencyLocation[]);
      } catch (error) {
        console.error('e911-location: a store subscriber threw; other subscribers were still called.', error);
      }
    }
  }

  clear(): void {
    this.#listeners.clear();
  }
}
