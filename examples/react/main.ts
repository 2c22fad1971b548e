/**
 * A React 19 app with the elements as React components (`e911-location/react`): typed
 * props, `onE911…` callbacks, and a ref for `getEmergencyLocation()` at dial time.
 * Written without JSX so it runs as is, with or without a JSX build step.
 */
import { createElement as h, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { E911LocationPrompt, E911LocationStatus, type EmergencyCallLocation } from 'e911-location/react';
import type { E911LocationPrompt as PromptElement, EmergencyLocation } from 'e911-location';

const params = new URLSearchParams(location.search);
const scenario = params.get('scenario');
const lis = (path: string) => (scenario ? `${path}?scenario=${encodeURIComponent(scenario)}` : path);

function App() {
  const prompt = useRef<PromptElement>(null);
  const [location, setLocation] = useState<EmergencyLocation | null>(null);
  const [dialled, setDialled] = useState<EmergencyCallLocation | null>(null);

  async function dial() {
    // What a softphone sends with the call; hand it to e911-location/sip with your SIP stack.
    const answer = await prompt.current?.getEmergencyLocation();
    setDialled(answer ?? null);
  }

  return h('div', null,
    h('header', { className: 'topbar' },
      h('span', { className: 'brand' }, 'React web phone'),
      h(E911LocationStatus, { htmlFor: 'e911' }),
    ),
    h('main', null,
      h('section', { className: 'card', 'aria-labelledby': 'where' },
        h('h1', { id: 'where' }, 'Your emergency location'),
        h('p', { id: 'current-location' }, location ? `${location.label} (${location.validation})` : 'None yet'),
        h('div', { className: 'actions' },
          h('button', { type: 'button', onClick: () => prompt.current?.show() }, 'Change my emergency location'),
          h('button', { type: 'button', id: 'dial', onClick: () => void dial() }, 'Dial 911'),
        ),
        h('p', { id: 'dialled', role: 'status' },
          dialled ? `Would send: ${dialled.location?.label ?? 'no location'} — ${dialled.validation}, routing ${dialled.routing}` : ''),
      ),
    ),
    h(E911LocationPrompt, {
      id: 'e911',
      ref: prompt,
      heldUrl: lis('/lis/held'),
      ipEchoUrl: lis('/lis/ip'),
      countries: 'US CA',
      entity: 'sip:alice@example.com',
      dbName: params.get('db') ?? 'react-e911',
      onE911LocationChange: (event) => setLocation(event.detail.location),
    }),
  );
}

createRoot(document.getElementById('app') as HTMLElement).render(h(App));
document.documentElement.dataset.reactReady = 'true';
