/**
 * Feed v1: the JSON document an akimat publishes, after validation.
 *
 * Components only ever see these types: `validateFeed` (validate.ts) turns the untrusted
 * document into them, dropping what does not fit. Every URL here is already checked to be
 * http(s) (relative ones are resolved against the feed URL), every phone is E.164.
 */

export const LOCALES = ['kk', 'ru', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** A text in the feed: a plain string (language not stated) or a per-language record. */
export type Text = string | Readonly<Partial<Record<Locale, string>>>;

export const REGION_KINDS = ['region', 'city', 'district', 'rural'] as const;
export type RegionKind = (typeof REGION_KINDS)[number];

/** The four levels at which officers for civil-society interaction are appointed. */
export const BODY_LEVELS = ['central', 'regional', 'regional-department', 'district'] as const;
export type BodyLevel = (typeof BODY_LEVELS)[number];

export interface Region {
  readonly id: string;
  /** null for a top-level unit; also null after a dangling parent or a cycle was cut. */
  readonly parent: string | null;
  readonly kind: RegionKind;
  readonly name: Text;
  /** Other spellings people type: abbreviations, old names, Latin forms. */
  readonly aliases: readonly string[];
  /** ISO 3166-2 code, e.g. KZ-63 (top-level units only). */
  readonly iso?: string;
}

export interface Body {
  readonly id: string;
  /** The region the body serves; null for central bodies that serve the whole country. */
  readonly region: string | null;
  readonly level: BodyLevel;
  readonly name: Text;
  readonly url?: string;
  readonly address?: Text;
  readonly phones: readonly Phone[];
  readonly email?: string;
}

export interface ReceptionSlot {
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  readonly day: number;
  /** Local time in Asia/Almaty (UTC+5), "HH:MM". */
  readonly from: string;
  readonly to: string;
  readonly place?: Text;
  readonly note?: Text;
}

export interface Officer {
  readonly id: string;
  readonly body: string;
  readonly name: Text;
  readonly position: Text;
  readonly phones: readonly Phone[];
  readonly email?: string;
  readonly photo?: string;
  readonly address?: Text;
  readonly reception: readonly ReceptionSlot[];
  readonly note?: Text;
}

export interface Person {
  readonly name: Text;
  readonly organization?: Text;
  readonly role?: Text;
}

export interface CouncilMember extends Person {
  /** True when the member represents civil society rather than a state body. */
  readonly civilSociety: boolean;
}

export interface Meeting {
  /** ISO 8601 date-time with offset, e.g. 2026-12-05T10:00:00+05:00. */
  readonly date: string;
  readonly agenda?: Text;
  readonly place?: Text;
  readonly protocol?: string;
}

export interface Council {
  readonly id: string;
  readonly body: string;
  readonly name: Text;
  readonly description?: Text;
  readonly chair?: Person;
  readonly members: readonly CouncilMember[];
  readonly meetings: readonly Meeting[];
  readonly email?: string;
  readonly phones: readonly Phone[];
  readonly url?: string;
}

export interface Publisher {
  readonly name: Text;
  readonly url?: string;
  readonly email?: string;
  readonly phones: readonly Phone[];
}

export interface Feed {
  readonly version: 1;
  readonly updated?: string;
  readonly publisher?: Publisher;
  readonly regions: readonly Region[];
  readonly bodies: readonly Body[];
  readonly officers: readonly Officer[];
  readonly councils: readonly Council[];
}

/** A phone number: E.164 for `tel:` links, and a display form grouped as published. */
export interface Phone {
  /** E.164, e.g. +77232123456. */
  readonly value: string;
  /** e.g. "+7 7232 12-34-56"; keeps the area-code length the feed used. */
  readonly display: string;
}

export const COLLECTIONS = ['regions', 'bodies', 'officers', 'councils'] as const;
export type Collection = (typeof COLLECTIONS)[number];

/** One thing validation had to drop or mend; logged once as a console warning. */
export interface FeedProblem {
  readonly collection: Collection | 'feed';
  /** The record's id, or its index when it has no usable id. */
  readonly record: string | number | null;
  readonly field: string;
  readonly message: string;
  /**
   * 'dropped': the record is skipped; 'mended': the field was removed or repaired, the record kept;
   * 'kept': the record is kept as it is but something about it needs the publisher's attention.
   */
  readonly effect: 'dropped' | 'mended' | 'kept';
}
