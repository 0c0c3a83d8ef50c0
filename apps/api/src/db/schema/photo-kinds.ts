/** What an uploaded image is: a shelf photo, or the store's signature (stored alike, never counted as a photo). */
export const PHOTO_KINDS = ['shelf', 'signature'] as const;
export type PhotoKind = (typeof PHOTO_KINDS)[number];
