/** Defines the demo's own elements (explicitly: the package's `sideEffects` list does not cover demo/). */
import { DemoDispatcher } from './demo-dispatcher.js';
import { DemoEventLog } from './demo-event-log.js';
import { DemoSoftphone } from './demo-softphone.js';

const ELEMENTS = {
  'demo-softphone': DemoSoftphone,
  'demo-dispatcher': DemoDispatcher,
  'demo-event-log': DemoEventLog,
} as const;

export function defineDemoElements(): void {
  for (const [tag, element] of Object.entries(ELEMENTS)) {
    if (!customElements.get(tag)) customElements.define(tag, element);
  }
}
