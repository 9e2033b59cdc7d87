// Makes tests/fixtures/office/: metric-sample files as LibreOffice Calc saves them in
// Ukrainian, Russian, Swedish, Serbian and British settings, plus a Windows-1251 file,
// a UTF-16 tab file, an .xlsx and a few broken ones. Run once by hand (the files are
// committed; tests never need LibreOffice):
//
//   apt-get install -y --no-install-recommends libreoffice-calc
//   node scripts/make-office-fixtures.mjs
//
// Each file starts from one flat ODF spreadsheet (.fods) with real number and date-time
// cells. LibreOffice runs under the locale (LC_ALL), as on a machine set to that language,
// so decimal marks and thousands separators come from its own locale data; the date-time
// column carries the locale's usual short date with 24-hour time.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'fixtures', 'office');

/** The samples every locale file holds: a decimal, a value ≥ 1000, two instants. */
const SAMPLES = [
  ['on_time_delivery', '2026-11-26T06:00:00', 87.5],
  ['delivery_backlog', '2026-11-26T06:00:00', 1250],
  ['first_response_hours', '2026-11-26T07:30:00', 3.75],
  ['support_backlog', '2026-11-26T07:30:00', 12500],
];

/** Date-time column layout per locale (LibreOffice's short date for it, 24-hour time). */
const LOCALES = {
  'uk-UA': { date: 'DD.MM.YYYY HH:mm', source: 'склад Київ' },
  'ru-RU': { date: 'DD.MM.YYYY HH:mm', source: 'склад Москва' },
  'sv-SE': { date: 'YYYY-MM-DD HH:mm', source: 'lager Göteborg' },
  'sr-RS': { date: 'DD.MM.YYYY. HH:mm', source: 'magacin Niš' },
  'en-GB': { date: 'DD/MM/YYYY HH:mm', source: 'warehouse Leeds' },
};

const PARTS = {
  DD: '<number:day number:style="long"/>',
  MM: '<number:month number:style="long"/>',
  YYYY: '<number:year number:style="long"/>',
  HH: '<number:hours number:style="long"/>',
  mm: '<number:minutes number:style="long"/>',
};

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function dateStyle(pattern) {
  return pattern
    .split(/(DD|MM|YYYY|HH|mm)/)
    .filter(Boolean)
    .map((t) => PARTS[t] ?? `<number:text>${esc(t)}</number:text>`)
    .join('');
}

const text = (s) =>
  `<table:table-cell office:value-type="string"><text:p>${esc(s)}</text:p></table:table-cell>`;

function fods(locale, samples, source) {
  const rows = samples.map(
    ([metric, at, value]) =>
      `<table:table-row>${text(metric)}` +
      `<table:table-cell table:style-name="cD" office:value-type="date" office:date-value="${at}"/>` +
      `<table:table-cell table:style-name="cN" office:value-type="float" office:value="${value}"/>` +
      `${text(source)}</table:table-row>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
<number:number-style style:name="N1"><number:number number:decimal-places="2" number:min-decimal-places="0" number:min-integer-digits="1" number:grouping="true"/></number:number-style>
<number:date-style style:name="D1">${dateStyle(LOCALES[locale].date)}</number:date-style>
<style:style style:name="cN" style:family="table-cell" style:data-style-name="N1"/>
<style:style style:name="cD" style:family="table-cell" style:data-style-name="D1"/>
</office:automatic-styles>
<office:body><office:spreadsheet><table:table table:name="Samples">
<table:table-row>${['metric', 'at', 'value', 'source'].map(text).join('')}</table:table-row>
${rows.join('\n')}
</table:table></office:spreadsheet></office:body></office:document>
`;
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'office-fixtures-'));
const profile = `file://${path.join(work, 'profile')}`;

/**
 * Converts a .fods under the locale. `filter` is a --convert-to target, e.g. the CSV filter's
 * options: field separator, text delimiter, charset, first line, column formats, language,
 * quote all text, detect special numbers, save cell contents as shown.
 */
function convert(locale, name, samples, source, ext, filter) {
  const dir = path.join(work, name);
  fs.mkdirSync(dir);
  const input = path.join(dir, `${name}.fods`);
  fs.writeFileSync(input, fods(locale, samples, source));
  const posix = `${locale.replace('-', '_')}.UTF-8`;
  execFileSync(
    'soffice',
    [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', filter, '--outdir', dir, input],
    { env: { ...process.env, LC_ALL: posix, LANG: posix }, stdio: 'ignore' },
  );
  const bytes = fs.readFileSync(path.join(dir, `${name}.${ext}`));
  return bytes;
}

const csv = (sep, charset, quoteAll = false) =>
  `csv:Text - txt - csv (StarCalc):${sep},34,${charset},1,,,${quoteAll},false,true`;
const SEMICOLON = 59;
const COMMA = 44;
const TAB = 9;
const UTF8 = 76;
const WINDOWS_1251 = 34;
const UTF16 = 65535;

fs.mkdirSync(OUT, { recursive: true });
const write = (file, bytes) => {
  fs.writeFileSync(path.join(OUT, file), bytes);
  console.log(`${file}: ${bytes.length} bytes`);
};

for (const [locale, { source }] of Object.entries(LOCALES)) {
  const sep = locale === 'en-GB' ? COMMA : SEMICOLON;
  // Swedish with every text cell quoted: the decimal comma sits between quoted fields.
  write(`${locale}.csv`, convert(locale, locale, SAMPLES, source, 'csv', csv(sep, UTF8, locale === 'sv-SE')));
}
write(
  'ru-RU.windows-1251.csv',
  convert('ru-RU', 'ru-1251', SAMPLES, LOCALES['ru-RU'].source, 'csv', csv(SEMICOLON, WINDOWS_1251)),
);
// Two Cyrillic letters and nothing else outside ASCII: as bytes they are "Þã" in Windows-1252 too.
write(
  'ru-RU.windows-1251-unsure.csv',
  convert('ru-RU', 'ru-unsure', SAMPLES.slice(0, 1), 'Юг', 'csv', csv(SEMICOLON, WINDOWS_1251)),
);
const utf16 = convert('uk-UA', 'uk-utf16', SAMPLES, LOCALES['uk-UA'].source, 'csv', csv(TAB, UTF16));
write('uk-UA.utf-16.txt', utf16);
// Cut one byte short, as an interrupted copy leaves it: half a UTF-16 code unit at the end.
write('uk-UA.utf-16-cut.txt', utf16.subarray(0, utf16.length - 1));
const xlsx = convert(
  'uk-UA',
  'uk-xlsx',
  SAMPLES,
  LOCALES['uk-UA'].source,
  'xlsx',
  'xlsx:Calc MS Excel 2007 XML',
);
write('uk-UA.xlsx', xlsx);
write('uk-UA-cut.xlsx', xlsx.subarray(0, Math.floor(xlsx.length / 2)));

const version = execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--version'], {
  encoding: 'utf8',
})
  .split(' ')
  .slice(0, 2)
  .join(' ');
/** Debian's package version, when dpkg knows it. */
const debian = (() => {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Version}', 'libreoffice-calc'], { encoding: 'utf8' });
  } catch {
    return undefined;
  }
})();
fs.writeFileSync(
  path.join(OUT, 'README.md'),
  `# Office files

Made by \`node scripts/make-office-fixtures.mjs\` with ${version} (Debian's
\`libreoffice-calc\`${debian ? ` ${debian}` : ''}, headless): one flat ODF spreadsheet of four samples (87.5, 1250,
3.75, 12500 at 26.11.2026 06:00 and 07:30) converted under \`LC_ALL=<locale>.UTF-8\`
with \`--convert-to\` (CSV filter, cell contents saved as shown; \`xlsx\`). Numbers,
decimal marks and thousands separators are LibreOffice's for the locale.

- \`uk-UA.csv\`, \`ru-RU.csv\`, \`sr-RS.csv\`: \`;\`, UTF-8; \`sv-SE.csv\` the same with every
  text cell quoted; \`en-GB.csv\`: \`,\`, UTF-8.
- \`ru-RU.windows-1251.csv\`: \`;\`, Windows-1251.
- \`ru-RU.windows-1251-unsure.csv\`: one sample whose source "Юг" is all the file holds
  outside ASCII: Windows-1251 or -1252 cannot be told, so it must be refused.
- \`uk-UA.utf-16.txt\`: tab-separated, UTF-16 ("Unicode"); \`uk-UA.utf-16-cut.txt\` one byte short.
- \`uk-UA.xlsx\`: the Ukrainian sheet as .xlsx; \`uk-UA-cut.xlsx\` its first half.
`,
);
fs.rmSync(work, { recursive: true, force: true });
