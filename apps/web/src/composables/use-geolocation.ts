import { ref } from 'vue';

export interface Position {
  lat: number;
  lng: number;
  accuracy?: number;
}

export type GeoFailure = 'denied' | 'unavailable' | 'timeout';

/** One-shot browser geolocation with a state a page can render. */
export function useGeolocation() {
  const position = ref<Position | null>(null);
  const locating = ref(false);
  const failure = ref<GeoFailure | null>(null);

  /** `fresh`: a new fix, never a cached one (重新定位 must not answer with a position a minute old). */
  function locate(timeoutMs = 15000, { fresh = false }: { fresh?: boolean } = {}): Promise<Position | null> {
    if (typeof navigator === 'undefined' || !navigator.geolocation) {
      failure.value = 'unavailable';
      return Promise.resolve(null);
    }
    locating.value = true;
    failure.value = null;
    return new Promise((resolve) => {
      navigator.geolocation.getCurrentPosition(
        (p) => {
          position.value = { lat: p.coords.latitude, lng: p.coords.longitude, accuracy: Math.round(p.coords.accuracy) };
          locating.value = false;
          resolve(position.value);
        },
        (err) => {
          failure.value = err.code === err.PERMISSION_DENIED ? 'denied' : err.code === err.TIMEOUT ? 'timeout' : 'unavailable';
          locating.value = false;
          resolve(null);
        },
        { enableHighAccuracy: true, timeout: timeoutMs, maximumAge: fresh ? 0 : 60_000 },
      );
    });
  }

  return { position, locating, failure, locate };
}
