// readHtmlTables on small hand-written markup: entities, spans, tag soup, XBRL, footnotes.
import fc from "fast-check";
import { readHtmlTables } from "../../../../src/core/schedule2/html";

const texts = (html: string) => readHtmlTables(html).map((t) => t.rows.map((r) => r.map((c) => c.text)));

test("character references: named, decimal, hex, windows-1252 &#151;, NBSP collapsed", () => {
  const html =
    "<table><tr><td>A&amp;B&nbsp;&nbsp;Co</td><td>&#151;</td><td>&#8212;</td><td>&#x2014;</td><td>&#150;</td><td>&lt;1&gt;</td><td>&bogus;</td></tr></table>";
  expect(texts(html)).toEqual([[["A&B Co", "—", "—", "—", "–", "<1>", "&bogus;"]]]);
});

test("colspan gives each cell its grid column and width; empty cells are dropped but keep their place", () => {
  const [table] = readHtmlTables(
    "<table><tr><td colspan=3>Balance</td><td></td><td colspan='2'>End</td></tr><tr><td>a</td><td>1</td><td>&nbsp;</td><td>2</td></tr></table>",
  );
  expect(table.rows[0].map((c) => [c.text, c.x, c.width])).toEqual([
    ["Balance", 0, 3],
    ["End", 4, 2],
  ]);
  expect(table.rows[1].map((c) => [c.text, c.x, c.width])).toEqual([
    ["a", 0, 1],
    ["1", 1, 1],
    ["2", 3, 1],
  ]);
});

test("rowspan pushes the cells of the rows below to the right", () => {
  const [table] = readHtmlTables(
    "<table><tr><td rowspan=2>Desc</td><td>Begin</td></tr><tr><td>100</td></tr><tr><td>x</td><td>5</td></tr></table>",
  );
  expect(table.rows.map((r) => r.map((c) => [c.text, c.x]))).toEqual([
    [
      ["Desc", 0],
      ["Begin", 1],
    ],
    [["100", 1]],
    [
      ["x", 0],
      ["5", 1],
    ],
  ]);
});

test("unclosed <TR><TD> soup in upper case, and rows with no text, are tolerated", () => {
  const html =
    "<TABLE><TR><TD><TR><TD><TR><TD>Bad debts<TD>$<TD>1,332,848<TR><TD>Sales returns<TD><TD>90,560</TABLE>";
  expect(texts(html)).toEqual([
    [
      ["Bad debts", "$1,332,848"],
      ["Sales returns", "90,560"],
    ],
  ]);
});

test("split negatives, percent, a lone $ before an empty cell stays a zero mark", () => {
  const html =
    "<table><tr><td>x</td><td>$</td><td>(1,447</td><td>)</td><td>(A)</td><td>12.5</td><td>%</td><td>$</td><td></td><td>7</td></tr></table>";
  expect(texts(html)).toEqual([[["x", "$(1,447) (A)", "12.5%", "$", "7"]]]);
});

test("a (1) in the very next column is minus one, unless a footnote below the table defines (1)", () => {
  const row = "<tr><td>r</td><td>955</td><td>(1)</td><td></td><td>(1)</td></tr>";
  expect(texts(`<table>${row}</table>`)).toEqual([[["r", "955", "(1)", "(1)"]]]);
  // The footnote list (here a row of the table, or a paragraph after it) makes the adjacent (1) a mark.
  expect(texts(`<table>${row}<tr><td>(1)</td><td>Acquired with GenDerm.</td></tr></table>`)[0][0]).toEqual([
    "r",
    "955 (1)",
    "(1)",
  ]);
  expect(texts(`<table>${row}</table><p>(1)&nbsp;Acquired with GenDerm.</p>`)[0][0]).toEqual([
    "r",
    "955 (1)",
    "(1)",
  ]);
  // A header "(1) Charged to costs and expenses" above the figures defines nothing.
  const header = "<tr><td></td><td>Balance</td><td>(1) Charged to costs and expenses</td></tr>";
  expect(texts(`<table>${header}${row}</table>`)[0][1]).toEqual(["r", "955", "(1)", "(1)"]);
});

test("<br> and block tags inside a cell become spaces; <sup> marks read as footnotes; ordinals stay glued", () => {
  const html =
    "<table><tr><td>Balance at<br/>Beginning<div>of Period</div></td><td>955<sup>1</sup></td><td>June 30<sup>th</sup></td></tr></table>";
  expect(texts(html)).toEqual([[["Balance at Beginning of Period", "955 (1)", "June 30th"]]]);
});

test("inline XBRL: ix wrappers are transparent, the hidden ix:header, scripts, styles and comments are ignored", () => {
  const html = `<div style="display:none"><ix:header><table><tr><td>hidden 1 2 3</td></tr></table></ix:header></div>
<script>var s = "<table><tr><td>no</td></tr></table>";</script><style>td{x:1}</style><!-- <table><tr><td>c</td></tr></table> -->
<p>Title</p><table><tr><td>Allowance</td><td>(<ix:nonFraction name="a" sign="-" scale="6">11</ix:nonFraction>)</td></tr></table>`;
  const tables = readHtmlTables(html);
  expect(tables).toHaveLength(1);
  expect(tables[0].rows.map((r) => r.map((c) => c.text))).toEqual([["Allowance", "(11)"]]);
  expect(tables[0].context).toBe("Title");
  expect(tables[0].source).toBe("html");
});

test("line numbers count from firstLine; context is the text before, at most about 600 characters", () => {
  const before = "word ".repeat(300);
  const html = `<p>${before}SCHEDULE II</p>\n<table>\n<tr><td>\nA</td>\n<td>1</td></tr></table>`;
  const [table] = readHtmlTables(html, 10);
  // Line 10 holds the title, 11 <table>, 12 <tr><td>, 13 "A", 14 "1".
  expect(table.rows[0].map((c) => c.line)).toEqual([13, 14]);
  expect(table.context.endsWith("word SCHEDULE II")).toBe(true);
  expect(table.context.length).toBeLessThanOrEqual(600);
});

test("a table nested in a cell is read as a table of its own", () => {
  const tables = texts(
    "<table><tr><td>outer<table><tr><td>inner</td><td>1</td></tr></table></td></tr></table>",
  );
  expect(tables).toEqual([[["outer"]], [["inner", "1"]]]);
});

const TAGS = [
  "<table>",
  "</table>",
  "<tr>",
  "</tr>",
  "<td colspan=2>",
  "<td rowspan='3'>",
  "</td>",
  "<th>",
  "<br>",
  "<sup>",
  "</sup>",
  "<!--",
  "-->",
  "<script>",
  "<ix:header>",
  "$",
  ")",
  "(1)",
  "&#151;",
  "&",
  "<",
  ">",
  "1,234",
  "(5",
  "\n",
  "<td/>",
];

test("arbitrary text and random tag soup never throw, and every cell is tidy", () => {
  fc.assert(
    fc.property(
      fc.oneof(
        fc.string(),
        fc.array(fc.constantFrom(...TAGS), { maxLength: 60 }).map((a) => a.join("")),
      ),
      (html) => {
        for (const table of readHtmlTables(html)) {
          for (const cell of table.rows.flat()) {
            expect(cell.text).toBe(cell.text.trim());
            expect(cell.text).not.toBe("");
            expect(cell.line).toBeGreaterThanOrEqual(1);
          }
        }
      },
    ),
    { numRuns: 500 },
  );
});

test("pathological input (unclosed tags and comments, 1 MB) finishes quickly", () => {
  const html = "<table><tr><td".repeat(20000) + "<!--" + "<td x".repeat(100000);
  const started = Date.now();
  readHtmlTables(html);
  expect(Date.now() - started).toBeLessThan(2000);
});

test('an inline XBRL fact with sign="-" reads as printed: "1" is 1, "(11)" is −11', () => {
  // The page is what an auditor ties; the fact's sign attribute is XBRL's, not the table's (see fixture 12).
  const html = `<table><tr><td>Allowance</td><td>Balance at beginning</td><td>Additions</td><td>Deductions</td><td>Balance at end</td></tr>
<tr><td>Reserve</td><td><ix:nonFraction name="a" sign="-">96</ix:nonFraction></td><td>5</td><td><ix:nonFraction name="d" sign="-">1</ix:nonFraction></td><td>102</td></tr>
<tr><td>Other</td><td>20</td><td>(<ix:nonFraction name="c" sign="-">11</ix:nonFraction>)</td><td>0</td><td>9</td></tr></table>`;
  expect(
    readHtmlTables(html)[0]
      .rows.slice(1)
      .map((row) => row.map((cell) => cell.text)),
  ).toEqual([
    ["Reserve", "96", "5", "1", "102"],
    ["Other", "20", "(11)", "0", "9"],
  ]);
});
