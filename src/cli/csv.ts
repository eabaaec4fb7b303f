/**
 * Reading the CSV files that Excel, LibreOffice and Google Sheets export.
 *
 * What webmasters actually send us: "CSV UTF-8" from a recent Excel (UTF-8 with a BOM, comma
 * or, in a Russian or Kazakh locale, semicolon), "CSV (разделители — запятые)" from an older
 * Excel (Windows-1251, semicolon), "Юникод-текст" (UTF-16 with a BOM, tab-separated), and
 * files saved on a Mac with bare CR line ends. All of them are read here; RFC 4180 quoting
 * (separators, doubled quotes and line breaks inside quoted cells) is honoured.
 */

export type CsvEncoding = 'utf-8' | 'windows-1251' | 'utf-16le';
export type CsvSeparator = ',' | ';' | '\t';

export interface CsvRow {
  /** The row number Excel shows: the header is row 1 (a cell with line breaks is still one row). */
  readonly row: number;
  readonly cells: readonly string[];
}

export interface CsvTable {
  readonly encoding: CsvEncoding;
  readonly separator: CsvSeparator;
  readonly header: readonly string[];
  /** Data rows without the ones where every cell is empty (Excel exports trailing ";;;;" rows). */
  readonly rows: readonly CsvRow[];
}

/** The file cannot be read as a table at all. */
export class CsvError extends Error {
  override readonly name = 'CsvError';
}

/**
 * Text and encoding of a CSV file. A BOM decides; otherwise text that is valid UTF-8 is UTF-8
 * (pure ASCII reads the same either way), and anything else is taken for Windows-1251, the
 * Cyrillic code page older Excel versions save "CSV" in.
 */
export function decodeCsv(bytes: Uint8Array, forced?: CsvEncoding): { text: string; encoding: CsvEncoding } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe && (!forced || forced === 'utf-16le')) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (forced) {
    const body = bom && forced === 'utf-8' ? bytes.subarray(3) : bytes;
    return { text: new TextDecoder(forced).decode(body), encoding: forced };
  }
  if (bom) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1251').decode(bytes), encoding: 'windows-1251' };
  }
}

/** The first line (up to the first line break outside quotes), for sniffing the separator. */
function headerLine(text: string): string {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) return text.slice(0, i);
  }
  return text;
}

/**
 * The separator the header row uses: whichever of tab, semicolon and comma occurs most often
 * outside quotes. Headers hardly ever contain either, while a data row may well have a comma
 * inside a name or an address, so only the header is counted. A tie goes to the comma.
 */
export function sniffSeparator(text: string): CsvSeparator {
  const counts: Record<CsvSeparator, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const char of headerLine(text)) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === ',' || char === ';' || char === '\t')) counts[char] += 1;
  }
  if (counts['\t'] > counts[';'] && counts['\t'] > counts[',']) return '\t';
  return counts[';'] > counts[','] ? ';' : ',';
}

/**
 * Splits CSV text into rows of cells (RFC 4180). Lenient where Excel is: a quote inside an
 * unquoted cell is an ordinary character, and text after a closing quote is kept. A quoted cell
 * that never closes swallows the rest of the file, so that is an error naming its row.
 */
export function parseCsv(text: string, separator: CsvSeparator): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let quoteRow = 0;
  let atCellStart = true;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      // A line break inside a cell is kept as "\n" whatever the file's line ends are.
      if (char === '\r') {
        cell += '\n';
        if (text[i + 1] === '\n') i += 1;
      } else if (char !== '"') cell += char;
      else if (text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else quoted = false;
      continue;
    }
    if (char === '"' && atCellStart) {
      quoted = true;
      quoteRow = rows.length + 1;
      atCellStart = false;
    } else if (char === separator) {
      row.push(cell);
      cell = '';
      atCellStart = true;
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      atCellStart = true;
    } else {
      cell += char;
      atCellStart = false;
    }
  }
  if (quoted) throw new CsvError(`row ${quoteRow}: a quoted cell is never closed (a missing " ?)`);
  // A final line break ends the last row; it does not start an empty one.
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

export interface ReadCsvOptions {
  readonly encoding?: CsvEncoding;
  readonly separator?: CsvSeparator;
}

/** Decodes, splits and separates the header row from the data rows. */
export function readCsv(bytes: Uint8Array, options: ReadCsvOptions = {}): CsvTable {
  const { text, encoding } = decodeCsv(bytes, options.encoding);
  // A UTF-16 file has no BOM left after decoding; a UTF-8 one read as forced utf-8 may.
  const clean = text.startsWith('\ufeff') ? text.slice(1) : text;
  const separator = options.separator ?? (encoding === 'utf-16le' ? '\t' : sniffSeparator(clean));
  const all = parseCsv(clean, separator);
  const [header, ...data] = all;
  if (!header || header.every((cell) => cell.trim() === '')) throw new CsvError('the file is empty: the first row must name the columns');
  const rows = data
    .map((cells, index) => ({ row: index + 2, cells }))
    .filter((row) => row.cells.some((cell) => cell.trim() !== ''));
  return { encoding, separator, header, rows };
}

/**
 * Where Kazakh letters were probably lost: Windows-1251 has no ә, ғ, қ, ң, ө, ұ, ү, һ, і, and
 * Excel writes "?" for each when it saves such a sheet in that code page ("?аза?стан").
 */
export function lostLetters(table: CsvTable): { row: number; column: number; cell: string } | null {
  if (table.encoding !== 'windows-1251') return null;
  const damaged = /[\u0400-\u04ff]\?|\?[\u0400-\u04ff]/;
  for (const row of table.rows) {
    const column = row.cells.findIndex((cell) => damaged.test(cell));
    if (column >= 0) return { row: row.row, column, cell: row.cells[column]! };
  }
  return null;
}
