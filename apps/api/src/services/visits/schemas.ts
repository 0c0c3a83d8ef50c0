import { Type } from 'typebox';
import { PHOTO_KINDS } from '../../db/schema/photo-kinds.js';
import { ExplanationFields } from '../../lib/explanation.js';
import { ClientId, Id, IsoDate, Money, Nullable, Timestamp } from '../../lib/schemas.js';

const Qty = Type.Integer({ minimum: 0, maximum: 10_000_000 });
const Note = Type.String({ maxLength: 4000 });

export const VisitLineBody = Type.Object({
  productId: Id,
  shelfPrice: Money,
  priceTagOk: Type.Boolean(),
  stockQty: Qty,
  productionDate: Type.Optional(IsoDate),
  shelfLayer: Type.Optional(Type.Union([Type.String({ maxLength: 50 }), Type.Integer({ minimum: 0, maximum: 100 })])),
  facings: Type.Integer({ minimum: 0, maximum: 10_000 }),
  onPromo: Type.Optional(Type.Boolean()),
  promoType: Type.Optional(Type.String({ maxLength: 100 })),
  promoStart: Type.Optional(IsoDate),
  promoEnd: Type.Optional(IsoDate),
  orderQty: Type.Optional(Qty),
});

/** The most 重新定位 fixes one visit keeps: a rep relocates a few times, not hundreds. */
export const MAX_RELOCATIONS = 20;

const Lat = Type.Number({ minimum: -90, maximum: 90 });
const Lng = Type.Number({ minimum: -180, maximum: 180 });
const Accuracy = Type.Number({ minimum: 0, maximum: 1_000_000, description: 'metres' });

/** A later fix (重新定位): kept as history beside the check-in, never its replacement. */
const RelocationBody = Type.Object({
  lat: Lat,
  lng: Lng,
  accuracy: Type.Optional(Accuracy),
  /** When the fix was taken: not before checkInAt (nor after checkOutAt), nor in the future. */
  at: Timestamp,
});

export const VisitBody = Type.Object({
  id: Type.Optional(ClientId),
  storeId: Id,
  checkInAt: Timestamp,
  checkOutAt: Type.Optional(Timestamp),
  location: Type.Optional(
    Type.Object({ lat: Lat, lng: Lng, accuracy: Type.Optional(Accuracy) }, { description: "the check-in's position: the geofence is computed from it alone" }),
  ),
  relocations: Type.Optional(
    Type.Array(RelocationBody, {
      maxItems: MAX_RELOCATIONS,
      description: 'later fixes (重新定位), oldest first; stored as history, never used for the geofence; only with a location',
    }),
  ),
  lines: Type.Array(VisitLineBody, { maxItems: 500 }),
  competitorNotes: Type.Optional(Note),
  promoterNotes: Type.Optional(Note),
  storeOpinion: Type.Optional(Note),
  repSuggestion: Type.Optional(Note),
  signedBy: Type.Optional(Type.String({ maxLength: 200 })),
});

/** A rule's explanation: the sentence in the caller's language, its key and params beside it (lib/explanation). */
const Explained = ExplanationFields;

const IssueDetail = Type.Object({ code: Type.String(), ...Explained });

const Suggestion = Type.Object(
  {
    suggested: Nullable(Type.Integer()),
    reason: Type.Union([Type.Literal('no_history'), Type.Literal('computed')]),
    flags: Type.Array(Type.String()),
    inputs: Type.Object({
      prevStock: Nullable(Type.Integer()),
      prevOrder: Nullable(Type.Integer()),
      currentStock: Type.Integer(),
      factor: Type.Number(),
      packSize: Type.Integer(),
    }),
    sold: Nullable(Type.Integer()),
    raw: Nullable(Type.Number()),
    formula: Type.String(),
    previousVisitId: Nullable(Type.String()),
    previousCheckInAt: Nullable(Type.String()),
    ...Explained,
  },
  { description: 'R1 (1.5倍订量原则) with its inputs, the previous count it used and why' },
);

const VisitLineView = Type.Object({
  productId: Type.String(),
  shelfPrice: Type.Number(),
  priceTagOk: Type.Boolean(),
  stockQty: Type.Integer(),
  productionDate: Nullable(Type.String()),
  shelfLayer: Nullable(Type.String()),
  facings: Type.Integer(),
  onPromo: Type.Boolean(),
  promoType: Nullable(Type.String()),
  promoStart: Nullable(Type.String()),
  promoEnd: Nullable(Type.String()),
  orderQty: Type.Integer(),
  suggestedOrderQty: Nullable(Type.Integer()),
  suggestion: Suggestion,
  issues: Type.Array(Type.String(), { description: 'R3 display issue codes' }),
  issueDetails: Type.Array(IssueDetail),
});

export const PhotoView = Type.Object({
  id: Type.String(),
  kind: Type.Enum([...PHOTO_KINDS], { description: 'shelf: a shelf photo (counted in photoCount); signature: the store’s signature (the visit’s signature, never counted as a photo)' }),
  sha256: Type.String(),
  size: Type.Integer(),
  contentType: Type.String(),
  duplicateOfVisitId: Nullable(Type.String()),
  createdAt: Type.String(),
});

const visitFields = {
  storeId: Type.String(),
  repId: Type.String(),
  checkInAt: Type.String({ description: 'UTC' }),
  checkOutAt: Nullable(Type.String()),
  visitDate: Type.String({ description: "the check-in's date in the organisation's time zone" }),
  location: Nullable(Type.Object({ lat: Type.Number(), lng: Type.Number(), accuracy: Nullable(Type.Number()) })),
  distanceMeters: Nullable(Type.Number()),
  relocations: Type.Array(
    Type.Object({
      lat: Type.Number(),
      lng: Type.Number(),
      accuracy: Nullable(Type.Number()),
      at: Type.String({ description: 'UTC' }),
      distanceMeters: Nullable(Type.Number({ description: 'from the store, whole metres; not used for the geofence' })),
    }),
    { description: '重新定位 history, oldest first (empty when none); the check-in location and its geofence stay the visit’s' },
  ),
  issues: Type.Array(Type.String(), { description: 'outside_geofence' }),
  issueDetails: Type.Array(IssueDetail),
  geofence: Type.Object({ distanceMeters: Nullable(Type.Number()), ...Explained }),
  lines: Type.Array(VisitLineView),
  competitorNotes: Nullable(Type.String()),
  promoterNotes: Nullable(Type.String()),
  storeOpinion: Nullable(Type.String()),
  repSuggestion: Nullable(Type.String()),
  signedBy: Nullable(Type.String()),
  photos: Type.Array(PhotoView),
};

/** The store's signature is uploaded like a photo (kind=signature) but is not one: `photos` and `photoCount` leave it out. */
const Signature = Type.Union([PhotoView, Type.Null()], { description: 'the store’s signature, uploaded with kind=signature (the latest); null when none' });
export const VisitView = Type.Object({ id: Type.String(), ...visitFields, signature: Signature, createdAt: Type.String() });

/**
 * A list item: the visit without its lines' explanations (a page of 50 full visits of 20 lines
 * is about 1 MB), with counts instead; `include=lines` adds the lines and photos as GET /visits/{id} has them.
 */
const { lines: _lines, photos: _photos, ...summaryFields } = visitFields;
export const VisitListItem = Type.Object({
  id: Type.String(),
  ...summaryFields,
  lineCount: Type.Integer(),
  photoCount: Type.Integer(),
  lines: Type.Optional(Type.Array(VisitLineView, { description: 'only with include=lines' })),
  photos: Type.Optional(Type.Array(PhotoView, { description: 'only with include=lines' })),
  signature: Type.Optional(Signature),
  createdAt: Type.String(),
});
export const VisitPreviewView = Type.Object({ id: Nullable(Type.String()), ...visitFields, createdAt: Nullable(Type.String()) });

export const VisitQuery = Type.Object({
  include: Type.Optional(Type.Literal('lines', { description: 'list items with their lines and photos (the full visit)' })),
  storeId: Type.Optional(Type.String({ maxLength: 100 })),
  repId: Type.Optional(Type.String({ maxLength: 100 })),
  from: Type.Optional(IsoDate),
  to: Type.Optional(IsoDate),
});
