// Reads a chosen CSV or XLSX file in the browser as the app reads it (a header row, then one row per line), so that a
// refusal's pointers (/rows/{index}/{column}, zero-based, header excluded) can be shown on the rows the person sent.

/** { header: [..], rows: [[..], ..] } of CSV text (RFC 4180 quoting; a header with ';' and no ',' is ';'-separated). */
export function readCsv(text) {
  const source = text.replace(/^\uFEFF/, '');
  const firstLine = source.split(/\r?\n/, 1)[0] ?? '';
  const separator = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  const lines = [];
  let row = [], cell = '', quoted = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) { row.push(cell); cell = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && source[i + 1] === '\n') i++;
      row.push(cell); lines.push(row); row = []; cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) { row.push(cell); lines.push(row); }
  const nonEmpty = lines.filter(line => line.some(value => value.trim() !== ''));
  return { header: nonEmpty[0] ?? [], rows: nonEmpty.slice(1) };
}

/** { header, rows } of the first worksheet of an .xlsx file (ArrayBuffer). Elements by local name: writers differ in prefixes. */
export async function readXlsx(buffer) {
  const entries = zipEntries(new DataView(buffer));
  const text = async name => entries.has(name) ? inflate(buffer, entries.get(name)) : null;
  const parse = xml => new DOMParser().parseFromString(xml, 'application/xml');
  const shared = [];
  const sharedXml = await text('xl/sharedStrings.xml');
  if (sharedXml) {
    for (const item of parse(sharedXml).getElementsByTagNameNS('*', 'si')) {
      shared.push([...item.getElementsByTagNameNS('*', 't')].map(node => node.textContent).join(''));
    }
  }
  const sheet = parse(await text(await firstSheet(text, parse)) ?? '<worksheet/>');
  const lines = [];
  for (const row of sheet.getElementsByTagNameNS('*', 'row')) {
    const values = [];
    for (const cell of row.getElementsByTagNameNS('*', 'c')) {
      const column = columnIndex(cell.getAttribute('r') ?? '') ?? values.length;
      const type = cell.getAttribute('t');
      const raw = cell.getElementsByTagNameNS('*', 'v')[0]?.textContent ?? '';
      values[column] = type === 's' ? (shared[Number(raw)] ?? '')
        : type === 'inlineStr' ? [...cell.getElementsByTagNameNS('*', 't')].map(node => node.textContent).join('')
        : raw;
    }
    lines.push(Array.from(values, value => value ?? ''));
  }
  const nonEmpty = lines.filter(line => line.some(value => String(value).trim() !== ''));
  return { header: nonEmpty[0] ?? [], rows: nonEmpty.slice(1) };
}

const relationships = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

// The part of the workbook's first sheet, as xl/workbook.xml and its relationships name it.
async function firstSheet(text, parse) {
  const workbook = parse(await text('xl/workbook.xml') ?? '<workbook/>');
  const id = workbook.getElementsByTagNameNS('*', 'sheet')[0]?.getAttributeNS(relationships, 'id');
  const rels = parse(await text('xl/_rels/workbook.xml.rels') ?? '<Relationships/>');
  const target = [...rels.getElementsByTagNameNS('*', 'Relationship')].find(rel => rel.getAttribute('Id') === id)?.getAttribute('Target');
  if (!target) return 'xl/worksheets/sheet1.xml';
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

function columnIndex(reference) {
  const letters = /^[A-Z]+/.exec(reference)?.[0];
  if (!letters) return null;
  return [...letters].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0) - 1;
}

// The central directory of a zip file: name -> { offset, method, size }.
function zipEntries(view) {
  let end = view.byteLength - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip file');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries = new Map();
  const decoder = new TextDecoder();
  for (let i = 0; i < count && view.getUint32(at, true) === 0x02014b50; i++) {
    const method = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const offset = view.getUint32(at + 42, true);
    const name = decoder.decode(new Uint8Array(view.buffer, at + 46, nameLength));
    entries.set(name, { offset, method, size });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

async function inflate(buffer, entry) {
  const view = new DataView(buffer);
  const start = entry.offset + 30 + view.getUint16(entry.offset + 26, true) + view.getUint16(entry.offset + 28, true);
  const data = new Uint8Array(buffer, start, entry.size);
  if (entry.method === 0) return new TextDecoder().decode(data);
  const stream = new Blob([data]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Response(stream).text();
}

/** "/rows/3/identityDocument.type" -> { row: 3, column: 'identityDocument.type' }; null for other pointers. */
export function rowPointer(pointer) {
  const tokens = String(pointer ?? '').split('/').slice(1).map(token => token.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (tokens[0] !== 'rows' || !/^\d+$/.test(tokens[1] ?? '')) return null;
  return { row: Number(tokens[1]), column: tokens.length > 2 ? tokens.slice(2).join('.') : null };
}
