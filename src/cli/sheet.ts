/**
 * One imported CSV file with its headers understood: the row readers the record builders in
 * import-records.ts use, and the problem list that names file, row and column the way the
 * webmaster sees them in Excel ("officers.csv row 7, column Телефон: …").
 */
import { LOCALES, type Locale, type Text } from '../feed/types.js';
import { MAX_TEXT } from '../feed/read.js';
import { exampleHeaders, parseHeader, type Field } from './columns.js';
import type { CsvTable } from './csv.js';

export type FieldShape = 'value' | 'list' | 'text';

export interface SheetSpec {
  /** The fields this file may have, and how their cells are read. */
  readonly fields: Partial<Record<Field, FieldShape>>;
  /** Fields without which no row can be imported: a missing column makes the file unusable. */
  readonly required: readonly Field[];
}

export interface ImportProblem {
  readonly level: 'error' | 'warning';
  readonly file: string;
  readonly row?: number;
  /** The header as written in the file (or several, joined). */
  readonly column?: string;
  readonly message: string;
}

export function describeImportProblem(problem: ImportProblem): string {
  const where = [problem.file, problem.row ? ` row ${problem.row}` : '', problem.column ? `, column ${problem.column}` : ''].join('');
  return `${where}: ${problem.message}`;
}

/** The file cannot be imported at all (exit code 2). */
export class UnusableSheet extends Error {
  override readonly name = 'UnusableSheet';
}

interface Column {
  readonly index: number;
  readonly header: string;
  readonly field: Field;
  readonly lang?: Locale;
}

export class Sheet {
  readonly columns: readonly Column[];

  constructor(
    readonly file: string,
    readonly table: CsvTable,
    readonly spec: SheetSpec,
    readonly problems: ImportProblem[],
  ) {
    const columns: Column[] = [];
    table.header.forEach((raw, index) => {
      const header = raw.trim();
      if (header === '') return;
      const name = parseHeader(header);
      const shape = name && spec.fields[name.field];
      if (!name || !shape) {
        this.warn(undefined, header, 'unknown column, ignored (see docs/csv-import.md for the column names)');
        return;
      }
      const lang = shape === 'text' ? name.lang : undefined;
      const twin = columns.find((c) => c.field === name.field && c.lang === lang);
      if (twin && shape !== 'list') {
        this.warn(undefined, header, `ignored: column ${twin.header} already gives ${name.field}${lang ? ` in ${lang}` : ''}`);
        return;
      }
      columns.push({ index, header, field: name.field, ...(lang ? { lang } : {}) });
    });
    this.columns = columns;
    for (const field of spec.required) {
      if (!columns.some((c) => c.field === field)) {
        const text = spec.fields[field] === 'text';
        throw new UnusableSheet(`${file}: no column for ${field} (name it ${exampleHeaders(field, text)}; see docs/csv-import.md)`);
      }
    }
  }

  has(field: Field): boolean {
    return this.columns.some((c) => c.field === field);
  }

  /** The headers that give `field`, as written, for messages. */
  headerOf(field: Field): string {
    return this.columns.filter((c) => c.field === field).map((c) => c.header).join(', ') || field;
  }

  rows(): RowReader[] {
    return this.table.rows.map((row) => new RowReader(this, row.row, row.cells));
  }

  warn(row: number | undefined, column: string | undefined, message: string): void {
    this.problems.push({ level: 'warning', file: this.file, ...(row ? { row } : {}), ...(column ? { column } : {}), message });
  }

  error(row: number | undefined, column: string | undefined, message: string): void {
    this.problems.push({ level: 'error', file: this.file, ...(row ? { row } : {}), ...(column ? { column } : {}), message });
  }
}

export interface Cell {
  readonly value: string;
  readonly header: string;
}

export class RowReader {
  constructor(
    readonly sheet: Sheet,
    readonly row: number,
    private readonly cells: readonly string[],
  ) {}

  /** Every non-empty cell of the field's columns, trimmed. */
  filled(field: Field): Cell[] {
    return this.sheet.columns
      .filter((c) => c.field === field)
      .map((c) => ({ value: (this.cells[c.index] ?? '').trim(), header: c.header }))
      .filter((cell) => cell.value !== '');
  }

  /** The field's single value, or undefined when its cell is empty. */
  value(field: Field): Cell | undefined {
    return this.filled(field)[0];
  }

  /**
   * A Text from the field's language columns ({kk, ru, en}), or a plain string from a column
   * without a language when no language column is filled.
   */
  text(field: Field): Text | undefined {
    const cells = this.sheet.columns.filter((c) => c.field === field);
    const out: Partial<Record<Locale, string>> = {};
    let plain: string | undefined;
    for (const column of cells) {
      const value = this.cut((this.cells[column.index] ?? '').trim(), column.header);
      if (value === '') continue;
      if (column.lang) out[column.lang] = value;
      else plain ??= value;
    }
    const ordered: Partial<Record<Locale, string>> = {};
    for (const locale of LOCALES) if (out[locale] !== undefined) ordered[locale] = out[locale];
    return Object.keys(ordered).length ? ordered : plain;
  }

  /** Items of a list field: split on ";", "," and line breaks, across all its columns. */
  items(field: Field, separators = /[;,\n]/): Cell[] {
    return this.filled(field).flatMap((cell) =>
      cell.value.split(separators).map((value) => ({ value: value.trim(), header: cell.header })).filter((item) => item.value !== ''),
    );
  }

  private cut(value: string, header: string): string {
    if (value.length <= MAX_TEXT) return value;
    this.error(header, `longer than ${MAX_TEXT} characters; cut`);
    return value.slice(0, MAX_TEXT);
  }

  error(column: string | undefined, message: string): void {
    this.sheet.error(this.row, column, message);
  }

  warn(column: string | undefined, message: string): void {
    this.sheet.warn(this.row, column, message);
  }

  /** Reports that a required field is empty; the caller then skips the row. */
  missing(field: Field): undefined {
    this.error(this.sheet.headerOf(field), 'empty; the row was skipped');
    return undefined;
  }
}
