/**
 * Stands in for navigator.geolocation and navigator.permissions in this page, counting
 * every call: a test browser cannot be told to answer the permission question "denied",
 * to hang, or to say how often it was asked. Removed after each test.
 */
export type FakeGeolocation = {
  calls: { getCurrentPosition: number; watchPosition: number; permissionsQuery: number };
  /** The options of each getCurrentPosition call. */
  options: (PositionOptions | undefined)[];
  restore(): void;
};

type Answer =
  | { kind: 'position'; latitude: number; longitude: number; accuracy: number }
  | { kind: 'error'; code: 1 | 2 | 3 }
  | { kind: 'hang' };

/** Installs the stand-in: `permission` is what permissions.query says, `answer` what getCurrentPosition does. */
export function fakeGeolocation(permission: PermissionState, answer: Answer): FakeGeolocation {
  const calls = { getCurrentPosition: 0, watchPosition: 0, permissionsQuery: 0 };
  const options: (PositionOptions | undefined)[] = [];
  const geolocation = {
    getCurrentPosition(success: PositionCallback, failure?: PositionErrorCallback | null, given?: PositionOptions) {
      calls.getCurrentPosition += 1;
      options.push(given);
      if (answer.kind === 'hang') return;
      setTimeout(() => {
        if (answer.kind === 'position') {
          const { latitude, longitude, accuracy } = answer;
          success({ coords: { latitude, longitude, accuracy }, timestamp: Date.now() } as GeolocationPosition);
        } else {
          failure?.({ code: answer.code, message: 'test' } as GeolocationPositionError);
        }
      }, 5);
    },
    watchPosition() {
      calls.watchPosition += 1;
      return 0;
    },
    clearWatch() {},
  };
  const permissions = {
    query(descriptor: PermissionDescriptor) {
      calls.permissionsQuery += 1;
      return Promise.resolve({ name: descriptor.name, state: permission, onchange: null } as unknown as PermissionStatus);
    },
  };
  Object.defineProperty(navigator, 'geolocation', { configurable: true, value: geolocation });
  Object.defineProperty(navigator, 'permissions', { configurable: true, value: permissions });
  return {
    calls,
    options,
    restore() {
      // Own properties removed: the browser's own (on Navigator.prototype) show through again.
      delete (navigator as unknown as Record<string, unknown>).geolocation;
      delete (navigator as unknown as Record<string, unknown>).permissions;
    },
  };
}
