/**
 * Rows into feed records, one builder per file. A builder returns undefined for a row it has
 * to skip (after reporting why); a cell it cannot read is reported and left out of the record.
 */
import type { Text } from '../feed/types.js';
import { readEmailCell, readIdCell, readKind, readLevel, readMeetingDate, readPhonesCell, readUrlCell, readYesNo } from './cells.js';
import { parseReception } from './reception.js';
import type { RowReader, SheetSpec } from './sheet.js';

export type Json = Record<string, unknown>;

export const SPECS = {
  regions: {
    fields: { id: 'value', parent: 'value', kind: 'value', name: 'text', aliases: 'list', iso: 'value' },
    required: ['id', 'kind', 'name'],
  },
  bodies: {
    fields: { id: 'value', region: 'value', level: 'value', name: 'text', url: 'value', address: 'text', phones: 'list', email: 'value' },
    required: ['id', 'region', 'level', 'name'],
  },
  officers: {
    fields: {
      id: 'value', body: 'value', name: 'text', position: 'text', phones: 'list', email: 'value', photo: 'value',
      address: 'text', reception: 'list', reception_place: 'text', reception_note: 'text', note: 'text',
    },
    required: ['id', 'body', 'name', 'position'],
  },
  councils: {
    fields: {
      id: 'value', body: 'value', name: 'text', description: 'text', chair_name: 'text', chair_org: 'text', chair_role: 'text',
      email: 'value', phones: 'list', url: 'value',
    },
    required: ['id', 'body', 'name'],
  },
  members: {
    fields: { council: 'value', name: 'text', organization: 'text', role: 'text', civil_society: 'value' },
    required: ['council', 'name'],
  },
  meetings: {
    fields: { council: 'value', date: 'value', time: 'value', agenda: 'text', place: 'text', protocol: 'value' },
    required: ['council', 'date'],
  },
} as const satisfies Record<string, SheetSpec>;
export type SheetKind = keyof typeof SPECS;

/** Leaves out empty values, so the feed has no `"email": undefined` or empty lists. */
function compact(record: Json): Json {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)));
}

function requiredText(row: RowReader, field: 'name' | 'position'): Text | undefined {
  return row.text(field) ?? row.missing(field);
}

export function buildRegion(row: RowReader): Json | undefined {
  const id = readIdCell(row, 'id');
  const kind = id && readKind(row);
  const name = kind && requiredText(row, 'name');
  if (!id || !kind || !name) return undefined;
  const iso = row.value('iso');
  if (iso && !/^KZ-\d{2}$/.test(iso.value)) row.error(iso.header, `"${iso.value}" is not an ISO 3166-2 code such as KZ-63; left out`);
  return compact({
    id,
    parent: row.value('parent')?.value ?? null,
    kind,
    name,
    aliases: row.items('aliases').map((item) => item.value.slice(0, 200)),
    iso: iso && /^KZ-\d{2}$/.test(iso.value) ? iso.value : undefined,
  });
}

export function buildBody(row: RowReader): Json | undefined {
  const id = readIdCell(row, 'id');
  const level = id && readLevel(row);
  const name = level && requiredText(row, 'name');
  if (!id || !level || !name) return undefined;
  const region = row.value('region')?.value ?? null;
  if (region === null && level !== 'central') {
    row.error(row.sheet.headerOf('region'), 'empty, but only central bodies serve the whole country; the body is not attached to any region');
  }
  return compact({
    id, region, level, name,
    url: readUrlCell(row, 'url'),
    address: row.text('address'),
    phones: readPhonesCell(row),
    email: readEmailCell(row),
  });
}

export function buildOfficer(row: RowReader): Json | undefined {
  const id = readIdCell(row, 'id');
  const body = id && readIdCell(row, 'body');
  const name = body && requiredText(row, 'name');
  const position = name && requiredText(row, 'position');
  if (!id || !body || !name || !position) return undefined;
  const place = row.text('reception_place');
  const note = row.text('reception_note');
  const reception = row.filled('reception').flatMap((cell) => {
    const parsed = parseReception(cell.value);
    for (const error of parsed.errors) row.error(cell.header, `${error}; left out`);
    return parsed.slots.map((slot) => compact({ ...slot, place, note }));
  });
  return compact({
    id, body, name, position,
    phones: readPhonesCell(row),
    email: readEmailCell(row),
    photo: readUrlCell(row, 'photo'),
    address: row.text('address'),
    reception,
    note: row.text('note'),
  });
}

export function buildCouncil(row: RowReader): Json | undefined {
  const id = readIdCell(row, 'id');
  const body = id && readIdCell(row, 'body');
  const name = body && requiredText(row, 'name');
  if (!id || !body || !name) return undefined;
  const chairName = row.text('chair_name');
  const organization = row.text('chair_org');
  const role = row.text('chair_role');
  if (!chairName && (organization || role)) {
    row.error(row.sheet.headerOf('chair_name'), 'the chair has an organization or role but no name; the chair is left out');
  }
  return compact({
    id, body, name,
    description: row.text('description'),
    chair: chairName ? compact({ name: chairName, organization, role }) : undefined,
    email: readEmailCell(row),
    phones: readPhonesCell(row),
    url: readUrlCell(row, 'url'),
  });
}

/** A member or meeting row: the council it belongs to, and the item for that council's list. */
export interface CouncilItem {
  readonly council: string;
  readonly item: Json;
}

export function buildMember(row: RowReader): CouncilItem | undefined {
  const council = readIdCell(row, 'council');
  const name = council && row.text('name');
  if (!council || !name) return council ? row.missing('name') : undefined;
  return {
    council,
    item: compact({ name, organization: row.text('organization'), role: row.text('role'), civilSociety: readYesNo(row, 'civil_society') }),
  };
}

export function buildMeeting(row: RowReader): CouncilItem | undefined {
  const council = readIdCell(row, 'council');
  const date = council && readMeetingDate(row);
  if (!council || !date) return undefined;
  return {
    council,
    item: compact({ date, agenda: row.text('agenda'), place: row.text('place'), protocol: readUrlCell(row, 'protocol') }),
  };
}
