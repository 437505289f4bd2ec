import Papa from 'papaparse';
import { ImportError, MAX_IMPORT_BYTES } from '../../backup/limits';

/** A job search is hundreds of rows; tens of thousands means the wrong file. */
export const MAX_CSV_ROWS = 50_000;
export const MAX_CSV_COLUMNS = 200;
const RESERVED_HEADERS = new Set(['__proto__', 'constructor', 'prototype']);

export interface CsvTable {
  headers: string[];
  /** Data rows, each padded to the header's width. */
  rows: string[][];
  /** The spreadsheet row number of each data row (the header is row 1), for messages. */
  rowNumbers: number[];
}

/**
 * Reads CSV text into a header and rows, refusing what no tracker writes: binary data, a cut-off quoted
 * cell, rows wider than the header, reserved column names. Cells are plain strings and never keys of
 * an object, so a hostile header cannot reach any prototype.
 */
export function parseCsvText(text: string): CsvTable {
  if (text.length > MAX_IMPORT_BYTES) throw new ImportError(`The file is ${Math.round(text.length / 1024 / 1024)} MB; an import can be at most 50 MB.`);
  if (text.includes('\u0000')) throw new ImportError('This file contains binary data; it is not a CSV file. Nothing was imported.');
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trim()) throw new ImportError('The file is empty. Nothing was imported.');
  const parsed = Papa.parse<string[]>(body, { header: false, skipEmptyLines: 'greedy', dynamicTyping: false });
  const broken = parsed.errors.find((error) => error.type === 'Quotes');
  if (broken) {
    throw new ImportError(`Row ${(broken.row ?? parsed.data.length - 1) + 1}: a quoted cell never ends, so the file looks cut off. Nothing was imported.`);
  }
  const [headerRow, ...data] = parsed.data;
  const headers = (headerRow ?? []).map((header) => header.trim());
  if (headers.length > MAX_CSV_COLUMNS) throw new ImportError(`The file has ${headers.length} columns; a tracker export has far fewer. Nothing was imported.`);
  headers.forEach((header, index) => {
    if (RESERVED_HEADERS.has(header.toLowerCase())) throw new ImportError(`Column ${index + 1} is named '${header}', which no spreadsheet uses. Nothing was imported.`);
  });
  if (data.length === 0) throw new ImportError('The file has a header but no rows. Nothing was imported.');
  if (data.length > MAX_CSV_ROWS) throw new ImportError(`The file has ${data.length.toLocaleString('en')} rows; Ajar imports at most ${MAX_CSV_ROWS.toLocaleString('en')} at a time. Nothing was imported.`);
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  data.forEach((cells, index) => {
    const extra = cells.slice(headers.length).filter((cell) => cell.trim() !== '');
    if (extra.length > 0) {
      throw new ImportError(`Row ${index + 2} has ${cells.length} cells but the header names ${headers.length} columns. Nothing was imported.`);
    }
    rows.push(headers.map((_, column) => cells[column] ?? ''));
    rowNumbers.push(index + 2);
  });
  return { headers, rows, rowNumbers };
}
