import { describe, expect, it } from 'vitest';
import { CSV_BOM, neutralizeFormula, parseCsv, restoreFormula, toCsv } from '../../src/lib/records/csv.ts';

// Strings that have broken CSV code before: separators, quotes, line breaks of every kind,
// formula triggers, values that already look neutralised, BOMs and Chinese punctuation.
const TRICKY = [
	'',
	'plain',
	"'=x",
	"''=x",
	"'''+1",
	"'abc",
	"'",
	"''",
	'a,b',
	'say "hi"',
	'"',
	'""',
	'"quoted"',
	'line1\nline2',
	'line1\r\nline2',
	'line1\rline2',
	'\n',
	'\r\n',
	'trailing\n',
	'=1+1',
	'+86 138 0000 0000',
	'-3',
	'@SUM(A1)',
	'\tx',
	'\rx',
	'\0x',
	"'\tx",
	' =1+1',
	'中文，逗号',
	'中文,"引号"\n换行',
	'\uFEFFstarts with a BOM',
	'a\u2028b',
	'😀 emoji',
] as const;

function roundTrip(rows: string[][]): string[][] {
	const parsed = parseCsv(toCsv(rows));
	expect(parsed.errors).toEqual([]);
	return parsed.rows.map((row) => row.map(restoreFormula));
}

describe('CSV_BOM', () => {
	it('is U+FEFF, i.e. the bytes EF BB BF in UTF-8', () => {
		expect(CSV_BOM).toBe('\uFEFF');
		expect([...new TextEncoder().encode(CSV_BOM)]).toEqual([0xef, 0xbb, 0xbf]);
	});
});

describe('neutralizeFormula', () => {
	it.each([
		['=1+1', "'=1+1"],
		['+86', "'+86"],
		['-3', "'-3"],
		['@SUM(A1)', "'@SUM(A1)"],
		['\tx', "'\tx"],
		['\rx', "'\rx"],
		['\0x', "'\0x"],
		['=', "'="],
		// Already looks neutralised: prefixed again so restoreFormula can undo exactly one quote.
		["'=x", "''=x"],
		["''@x", "'''@x"],
		["'\tx", "''\tx"],
	])('prefixes %j as %j', (cell, expected) => {
		expect(neutralizeFormula(cell)).toBe(expected);
	});

	it.each(['', 'abc', "'abc", "'", "''", ' =1+1', 'a=b', '1-2', 'x@y.com', '中文', '\nx', '"=x'])(
		'leaves %j unchanged',
		(cell) => {
			expect(neutralizeFormula(cell)).toBe(cell);
		},
	);
});

describe('restoreFormula', () => {
	it.each([
		["'=1+1", '=1+1'],
		["'+86", '+86'],
		["'-3", '-3'],
		["'@SUM(A1)", '@SUM(A1)'],
		["'\tx", '\tx'],
		["'\rx", '\rx'],
		["'\0x", '\0x'],
		["''=x", "'=x"],
		// The documented ambiguity: a hand-written "'=x" was never prefixed but loses its quote.
		["'=x", '=x'],
	])('turns %j back into %j', (cell, expected) => {
		expect(restoreFormula(cell)).toBe(expected);
	});

	it.each(['', "'abc", "'", "''", "'' ", 'abc', '=1+1', "a'=x", " '=x"])('leaves %j unchanged', (cell) => {
		expect(restoreFormula(cell)).toBe(cell);
	});

	it.each(TRICKY)('undoes neutralizeFormula exactly for %j', (cell) => {
		expect(restoreFormula(neutralizeFormula(cell))).toBe(cell);
	});
});

describe('toCsv', () => {
	it('writes only the BOM for no rows', () => {
		expect(toCsv([])).toBe('\uFEFF');
	});

	it('starts with the BOM bytes and ends every record with CRLF', () => {
		const csv = toCsv([
			['a', 'b'],
			['c', 'd'],
		]);
		expect(csv).toBe('\uFEFFa,b\r\nc,d\r\n');
		expect([...new TextEncoder().encode(csv)]).toEqual([
			0xef, 0xbb, 0xbf, 0x61, 0x2c, 0x62, 0x0d, 0x0a, 0x63, 0x2c, 0x64, 0x0d, 0x0a,
		]);
	});

	it.each([
		['a,b', '"a,b"'],
		['say "hi"', '"say ""hi"""'],
		['"', '""""'],
		['line1\nline2', '"line1\nline2"'],
		['line1\r\nline2', '"line1\r\nline2"'],
		['cr\ronly', '"cr\ronly"'],
		['中文，逗号', '中文，逗号'],
		['中文,逗号', '"中文,逗号"'],
		['tab\tinside', 'tab\tinside'],
		[' spaced ', ' spaced '],
		['', ''],
	])('writes the cell %j as %j', (cell, field) => {
		expect(toCsv([[cell]])).toBe(`\uFEFF${field}\r\n`);
	});

	it.each([
		['=1+1', "'=1+1"],
		['+86', "'+86"],
		['-3', "'-3"],
		['@SUM(A1)', "'@SUM(A1)"],
		['\tx', "'\tx"],
		// Neutralised first, then quoted because of the CR.
		['\rx', `"'\rx"`],
		['=A1,B1', `"'=A1,B1"`],
		['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
		["'=x", "''=x"],
	])('neutralises the formula cell %j as %j', (cell, field) => {
		expect(toCsv([[cell]])).toBe(`\uFEFF${field}\r\n`);
	});

	it('keeps Chinese text byte for byte', () => {
		const csv = toCsv([['报修单', '张三', '已完成']]);
		expect(csv).toBe('\uFEFF报修单,张三,已完成\r\n');
		expect(new TextDecoder().decode(new TextEncoder().encode(csv))).toBe('报修单,张三,已完成\r\n');
	});

	it('writes empty cells as nothing between commas', () => {
		expect(toCsv([['', 'x', ''], ['']])).toBe('\uFEFF,x,\r\n\r\n');
	});
});

describe('parseCsv', () => {
	it.each([
		['empty text', '', []],
		['only a BOM', '\uFEFF', []],
		['one field', 'a', [['a']]],
		[
			'CRLF',
			'a,b\r\nc,d\r\n',
			[
				['a', 'b'],
				['c', 'd'],
			],
		],
		[
			'LF only',
			'a,b\nc,d\n',
			[
				['a', 'b'],
				['c', 'd'],
			],
		],
		[
			'CR only',
			'a,b\rc,d\r',
			[
				['a', 'b'],
				['c', 'd'],
			],
		],
		['mixed line ends', 'a\r\nb\nc\rd', [['a'], ['b'], ['c'], ['d']]],
		[
			'no trailing line end',
			'a,b\r\nc,d',
			[
				['a', 'b'],
				['c', 'd'],
			],
		],
		['a BOM', '\uFEFFa,b\r\n', [['a', 'b']]],
		['only the first BOM stripped', '\uFEFF\uFEFFa\r\n', [['\uFEFFa']]],
		['a single line break', '\r\n', [['']]],
		['a blank line inside', 'a\r\n\r\nb\r\n', [['a'], [''], ['b']]],
		['a blank line at the end', 'a\r\n\r\n', [['a'], ['']]],
		[
			'empty fields',
			',a,\r\n,\r\n',
			[
				['', 'a', ''],
				['', ''],
			],
		],
		['a trailing comma at the end', 'a,', [['a', '']]],
		['quoted comma', '"a,b",c\r\n', [['a,b', 'c']]],
		['doubled quotes', '"say ""hi""",x\r\n', [['say "hi"', 'x']]],
		['an empty quoted field', '"",x\r\n', [['', 'x']]],
		['a quoted field that is just a quote', '""""\r\n', [['"']]],
		['quoted LF', '"line1\nline2",x\n', [['line1\nline2', 'x']]],
		['quoted CRLF', '"line1\r\nline2",x\r\n', [['line1\r\nline2', 'x']]],
		['quoted CR', '"line1\rline2",x\r', [['line1\rline2', 'x']]],
		['quoted field at the end without a line end', 'a,"b"', [['a', 'b']]],
		['Chinese text', '报修单,"中文，逗号"\r\n', [['报修单', '中文，逗号']]],
		['spaces kept', ' a , b \r\n', [[' a ', ' b ']]],
		['formula cells read as written', "'=1+1,'-3\r\n", [["'=1+1", "'-3"]]],
	] as const)('reads %s', (_name, text, rows) => {
		expect(parseCsv(text)).toEqual({ rows, errors: [] });
	});

	it.each([
		[
			'unterminated quote on the last line',
			'a,b\r\nc,"d\r\n',
			[['a', 'b']],
			[{ line: 2, message: '第 2 行：引号未闭合' }],
		],
		[
			'unterminated quote, parsing resumes on the next line',
			'a,"b\nc,d\ne,f\n',
			[
				['c', 'd'],
				['e', 'f'],
			],
			[{ line: 1, message: '第 1 行：引号未闭合' }],
		],
		[
			'unterminated quote in a record that started lines earlier',
			'x\r\n"multi\r\nline",y,"open\r\nz\r\n',
			[['x'], ['z']],
			[{ line: 2, message: '第 2 行：引号未闭合' }],
		],
		[
			'stray quote in an unquoted field',
			'a,b\r\nc,d"e\r\nf,g\r\n',
			[
				['a', 'b'],
				['f', 'g'],
			],
			[{ line: 2, message: '第 2 行：未加引号的字段中出现引号' }],
		],
		[
			'space before an opening quote',
			'a, "b"\nc\n',
			[['c']],
			[{ line: 1, message: '第 1 行：未加引号的字段中出现引号' }],
		],
		[
			'text after a closing quote',
			'"a"b,c\r\nd\r\n',
			[['d']],
			[{ line: 1, message: '第 1 行：引号闭合后出现多余字符' }],
		],
		[
			'line numbers count quoted line breaks, LF',
			'"1\n2\n3",x\nok\nbad"\n',
			[['1\n2\n3', 'x'], ['ok']],
			[{ line: 5, message: '第 5 行：未加引号的字段中出现引号' }],
		],
		[
			'line numbers with CR only',
			'a\r"b\rc"\rd"\re\r',
			[['a'], ['b\rc'], ['e']],
			[{ line: 4, message: '第 4 行：未加引号的字段中出现引号' }],
		],
		[
			'line numbers count CRLF once',
			'a\r\n"b\r\nc"\r\nd"\r\ne\r\n',
			[['a'], ['b\r\nc'], ['e']],
			[{ line: 4, message: '第 4 行：未加引号的字段中出现引号' }],
		],
		[
			'BOM does not shift line numbers',
			'\uFEFFa"\r\nb\r\n',
			[['b']],
			[{ line: 1, message: '第 1 行：未加引号的字段中出现引号' }],
		],
		[
			'several bad records',
			'ok1\nx"y\nok2\n"a"b\nok3\n"open\nok4\n',
			[['ok1'], ['ok2'], ['ok3'], ['ok4']],
			[
				{ line: 2, message: '第 2 行：未加引号的字段中出现引号' },
				{ line: 4, message: '第 4 行：引号闭合后出现多余字符' },
				{ line: 6, message: '第 6 行：引号未闭合' },
			],
		],
		['one error per record', 'a"b,c"d\nok\n', [['ok']], [{ line: 1, message: '第 1 行：未加引号的字段中出现引号' }]],
		['a lone quote', '"', [], [{ line: 1, message: '第 1 行：引号未闭合' }]],
		[
			'a later error after an unterminated quote keeps its line',
			'"open\nx""y\nok\n',
			[['ok']],
			[
				{ line: 1, message: '第 1 行：引号未闭合' },
				{ line: 2, message: '第 2 行：未加引号的字段中出现引号' },
			],
		],
	] as const)('reports %s', (_name, text, rows, errors) => {
		expect(parseCsv(text)).toEqual({ rows, errors });
	});
});

describe('round trip toCsv → parseCsv → restoreFormula', () => {
	it.each(TRICKY)('keeps %j exactly as a single cell', (cell) => {
		expect(roundTrip([[cell]])).toEqual([[cell]]);
	});

	it.each(TRICKY)('keeps %j exactly between other cells', (cell) => {
		const rows = [
			['before', cell, 'after'],
			[cell, cell],
		];
		expect(roundTrip(rows)).toEqual(rows);
	});

	it('keeps all tricky strings in one row and one column', () => {
		const row = [...TRICKY];
		expect(roundTrip([row])).toEqual([row]);
		const column = TRICKY.map((cell) => [cell]);
		expect(roundTrip(column)).toEqual(column);
	});

	it('keeps randomly assembled cells (seeded, so failures reproduce)', () => {
		const alphabet = ['a', '中', ',', '，', '"', "'", '\r', '\n', '\t', '\0', '=', '+', '-', '@', ' ', '\uFEFF'];
		let seed = 20240513;
		const next = (n: number): number => {
			// Park–Miller LCG: deterministic without any dependency.
			seed = (seed * 48271) % 2147483647;
			return seed % n;
		};
		for (let round = 0; round < 200; round++) {
			const rows = Array.from({ length: 1 + next(4) }, () =>
				Array.from({ length: 1 + next(4) }, () =>
					Array.from({ length: next(7) }, () => alphabet[next(alphabet.length)]!).join(''),
				),
			);
			expect(roundTrip(rows)).toEqual(rows);
		}
	});
});
