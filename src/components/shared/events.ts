/** Event names and detail types of the elements, typed into `HTMLElementEventMap`. */
import type { CivicAddress } from '../../civic/civic-address.js';
import type { NetworkStatus } from '../../detect/types.js';
import type { EmergencyLocation } from '../../location.js';
import type { StoragePersistence } from '../../store/types.js';

export type PromptCloseReason = 'saved' | 'dismissed' | 'disclaimer-acknowledged';

export type NetworkChangeDetail = { status: NetworkStatus };
export type LocationChangeDetail = { location: EmergencyLocation | null };
export type PromptCloseDetail = { reason: PromptCloseReason };
export type ConfigErrorDetail = { message: string };
export type StorageChangeDetail = { locationPersisted: boolean; storagePersistence: StoragePersistence };
export type AddressSubmitDetail = { civic: CivicAddress; label: string };

declare global {
  interface HTMLElementEventMap {
    'e911-network-change': CustomEvent<NetworkChangeDetail>;
    'e911-location-change': CustomEvent<LocationChangeDetail>;
    'e911-prompt-open': CustomEvent<Record<string, never>>;
    'e911-prompt-close': CustomEvent<PromptCloseDetail>;
    'e911-config-error': CustomEvent<ConfigErrorDetail>;
    'e911-storage-change': CustomEvent<StorageChangeDetail>;
    'e911-address-submit': CustomEvent<AddressSubmitDetail>;
  }
}
