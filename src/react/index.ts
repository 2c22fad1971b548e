/**
 * Entry point `e911-location/react`: the three elements as React components, made by
 * @lit/react so that properties (not attributes) carry objects and each `e911-*` event has
 * a typed `on…` callback. React and @lit/react are the app's own (optional peer dependencies).
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { attributesFirst } from './attributes-first.js';
import { E911AddressForm as AddressFormElement } from '../components/address-form/address-form.js';
import { E911LocationPrompt as PromptElement } from '../components/location-prompt/location-prompt.js';
import { E911LocationStatus as StatusElement } from '../components/location-status/location-status.js';
import type {
  AddressSubmitDetail,
  ConfigErrorDetail,
  LocationChangeDetail,
  NetworkChangeDetail,
  PromptCloseDetail,
  StorageChangeDetail,
} from '../components/shared/events.js';

/**
 * `<e911-location-prompt>`: attributes as props (`heldUrl`, `ipEchoUrl`, `sites`, …), and
 * `onE911NetworkChange`, `onE911LocationChange`, `onE911PromptOpen`, `onE911PromptClose`,
 * `onE911ConfigError`, `onE911StorageChange`. A `ref` gives the element, for
 * `getEmergencyLocation()` at dial time.
 */
export const E911LocationPrompt = attributesFirst(createComponent({
  react: React,
  tagName: 'e911-location-prompt',
  elementClass: PromptElement,
  displayName: 'E911LocationPrompt',
  events: {
    onE911NetworkChange: 'e911-network-change' as EventName<CustomEvent<NetworkChangeDetail>>,
    onE911LocationChange: 'e911-location-change' as EventName<CustomEvent<LocationChangeDetail>>,
    onE911PromptOpen: 'e911-prompt-open' as EventName<CustomEvent<Record<string, never>>>,
    onE911PromptClose: 'e911-prompt-close' as EventName<CustomEvent<PromptCloseDetail>>,
    onE911ConfigError: 'e911-config-error' as EventName<CustomEvent<ConfigErrorDetail>>,
    onE911StorageChange: 'e911-storage-change' as EventName<CustomEvent<StorageChangeDetail>>,
  },
}), PromptElement);

/** `<e911-location-status>`: the badge; its `htmlFor` prop (the `for` attribute) names the prompt's id. */
export const E911LocationStatus = attributesFirst(createComponent({
  react: React,
  tagName: 'e911-location-status',
  elementClass: StatusElement,
  displayName: 'E911LocationStatus',
}), StatusElement);

/** `<e911-address-form>`: one civic address; `onE911AddressSubmit` gets `{ civic, label }`. */
export const E911AddressForm = attributesFirst(createComponent({
  react: React,
  tagName: 'e911-address-form',
  elementClass: AddressFormElement,
  displayName: 'E911AddressForm',
  events: {
    onE911AddressSubmit: 'e911-address-submit' as EventName<CustomEvent<AddressSubmitDetail>>,
  },
}), AddressFormElement);

export type {
  AddressSubmitDetail,
  ConfigErrorDetail,
  LocationChangeDetail,
  NetworkChangeDetail,
  PromptCloseDetail,
  StorageChangeDetail,
} from '../components/shared/events.js';
export type { EmergencyCallLocation } from '../components/location-prompt/dial-location.js';
