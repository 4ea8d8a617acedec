// Shows a refused document's errors where they are: for a CSV or XLSX file a table of its faulty rows with the faulty
// cells marked and the rule and message beside them; for JSON the field path of each error.
import { h } from './dom.js';
import { has, t } from './i18n.js';
import { rowPointer } from './tables.js';

/** The plain-words family of a rule ID (FORMAT-COUNTRY -> "The value is not in the expected form."), or null. */
function ruleWords(rule) {
  const id = String(rule ?? '');
  const family = id.startsWith('FORMAT') ? 'FORMAT' : id.startsWith('HS-') ? 'HS' : id.includes('REQUIRED') ? 'REQUIRED' : id;
  return has(`rule.${family}`) ? t(`rule.${family}`) : null;
}

function explanation(error) {
  return h('span', { class: 'problem' },
    h('span', { class: 'message' }, error.message ?? ''),
    ' ', h('span', { class: 'rule' }, `(${t('rule', { rule: error.rule ?? '?' })}${ruleWords(error.rule) ? ` — ${ruleWords(error.rule)}` : ''})`));
}

/** A JSON pointer as a person reads it: "/crew/1/nationality" -> "crew › 2 › nationality" (positions counted from 1). */
export function readablePath(pointer) {
  const tokens = String(pointer ?? '').split('/').slice(1).map(token => token.replace(/~1/g, '/').replace(/~0/g, '~'));
  return tokens.length === 0 ? t('whole') : tokens.map(token => (/^\d+$/.test(token) ? String(Number(token) + 1) : token)).join(' › ');
}

/** The errors of a JSON document: a list of field paths with their message and rule. */
export function jsonErrors(errors) {
  return h('ul', { class: 'errors', 'data-testid': 'json-errors' }, errors.map(error =>
    h('li', {},
      h('code', { class: 'path', title: error.pointer ?? '' }, readablePath(error.pointer)), ': ', explanation(error))));
}

/** The errors of one form field: each message with its rule, shown beside the field they are about. */
export function fieldErrors(errors) {
  return h('ul', { class: 'errors field-errors' }, errors.map(error => h('li', { 'data-rule': error.rule ?? '' }, explanation(error))));
}

/**
 * The errors of a table (<sheet> = { header, rows } as read from the file): the faulty rows, with every faulty cell marked
 * and described, and what is wrong beside each row. Errors that point at no row are listed above.
 */
export function tableErrors(sheet, errors, fileName) {
  const byRow = new Map();
  const elsewhere = [];
  for (const error of errors) {
    const at = rowPointer(error.pointer);
    if (at && at.row < sheet.rows.length) {
      if (!byRow.has(at.row)) byRow.set(at.row, []);
      byRow.get(at.row).push({ ...error, column: at.column });
    } else {
      elsewhere.push(error);
    }
  }

  // What is wrong comes right after the row's number, so that it is seen without scrolling a wide table sideways.
  const header = h('tr', {}, h('th', { scope: 'col' }, t('row')), h('th', { scope: 'col' }, t('problems')), sheet.header.map(name => h('th', { scope: 'col' }, name)));
  const body = [...byRow.keys()].sort((a, b) => a - b).map(index => {
    const rowErrors = byRow.get(index);
    const faulty = new Set(rowErrors.map(error => error.column).filter(Boolean));
    const values = sheet.rows[index];
    return h('tr', { 'data-row': index },
      h('th', { scope: 'row' }, t('line', { n: index + 2 })),
      h('td', { class: 'row-problems' }, h('ul', {}, rowErrors.map(error =>
        h('li', {}, error.column ? h('strong', {}, `${error.column}: `) : null, explanation(error))))),
      sheet.header.map((name, column) => faulty.has(name)
        ? h('td', { class: 'faulty', 'data-column': name }, h('mark', {}, values[column] ?? ''), h('span', { class: 'visually-hidden' }, ` (${t('faultyCell')})`))
        : h('td', { 'data-column': name }, values[column] ?? '')));
  });

  return h('div', { class: 'table-errors' },
    elsewhere.length ? h('div', {}, h('h4', {}, t('otherProblems')), jsonErrors(elsewhere)) : null,
    byRow.size ? h('div', { class: 'scroll', role: 'region', 'aria-label': t('errorsIn', { file: fileName }), tabindex: '0' },
      h('table', { class: 'errors-table', 'data-testid': 'errors-table' },
        h('caption', {}, t('errorsIn', { file: fileName })),
        h('thead', {}, header), h('tbody', {}, body))) : null);
}
