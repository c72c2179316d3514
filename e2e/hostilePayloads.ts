/**
 * Text an attacker types wherever the portal takes text: headlines, bodies, tags, alt texts, search queries, URL
 * parameters and file names. The browser tests (e2e/hostile-input.spec.ts) and the unit tests share this one list.
 *
 * A payload that would run sets `window.__pwned` or calls `alert`, so a browser test can tell by looking whether
 * anything ran; none of them may ever execute, break a page's markup or make the server answer 500.
 */

export type PayloadCategory = "html" | "attribute" | "url" | "svg" | "unicode" | "sql" | "fts5" | "path" | "template";

export type HostilePayload = { label: string; category: PayloadCategory; text: string };

const pwn = "window.__pwned=1";

export const hostilePayloads: HostilePayload[] = [
  // Markup that runs script when a page inserts it as HTML.
  { label: "script tag", category: "html", text: `<script>${pwn}</script>` },
  { label: "script tag, upper case", category: "html", text: `<SCRIPT>${pwn}</SCRIPT>` },
  { label: "script with src", category: "html", text: `<script src="data:text/javascript,${pwn}"></script>` },
  { label: "closing script early", category: "html", text: `</script><script>${pwn}</script>` },
  { label: "img onerror", category: "html", text: `<img src=x onerror="${pwn}">` },
  { label: "img onerror without quotes", category: "html", text: `<img src=x onerror=alert(1)>` },
  { label: "body onload", category: "html", text: `<body onload=alert(1)>` },
  { label: "iframe srcdoc", category: "html", text: `<iframe srcdoc="<script>parent.${pwn}</script>"></iframe>` },
  { label: "details ontoggle", category: "html", text: `<details open ontoggle=alert(1)>` },
  { label: "style closing tag", category: "html", text: `</style><script>${pwn}</script>` },
  { label: "title closing tag", category: "html", text: `</title><script>${pwn}</script>` },
  { label: "textarea closing tag", category: "html", text: `</textarea><script>${pwn}</script>` },
  { label: "html comment breakout", category: "html", text: `--><script>${pwn}</script><!--` },
  { label: "CDATA breakout (feeds)", category: "html", text: `]]><script>${pwn}</script><![CDATA[` },
  { label: "meta refresh", category: "html", text: `<meta http-equiv="refresh" content="0;url=javascript:alert(1)">` },
  { label: "base href hijack", category: "html", text: `<base href="//evil.example/">` },
  { label: "form action hijack", category: "html", text: `<form action="javascript:alert(1)"><button>x</button></form>` },
  { label: "html entities for script", category: "html", text: `&lt;script&gt;alert(1)&lt;/script&gt;` },
  // Breaking out of an attribute the text lands in (alt, title, content, href).
  { label: "double quote breakout", category: "attribute", text: `" onmouseover="alert(1)" x="` },
  { label: "single quote breakout", category: "attribute", text: `' onfocus='alert(1)' autofocus '` },
  { label: "tag breakout from attribute", category: "attribute", text: `"><script>${pwn}</script>` },
  { label: "backtick attribute", category: "attribute", text: "`onmouseover=alert(1)`" },
  { label: "json breakout", category: "attribute", text: `"}]}</script><script>${pwn}</script>` },
  // URLs that run script or carry data when followed.
  { label: "javascript: link", category: "url", text: "javascript:alert(1)" },
  { label: "javascript: with case and spaces", category: "url", text: " JaVaScRiPt:alert(1)" },
  { label: "javascript: with tab and entity", category: "url", text: "java\tscript:alert(1)" },
  { label: "javascript: url-encoded", category: "url", text: "javascript%3Aalert(1)" },
  { label: "data: html", category: "url", text: `data:text/html,<script>${pwn}</script>` },
  { label: "data: base64", category: "url", text: "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==" },
  { label: "vbscript:", category: "url", text: "vbscript:msgbox(1)" },
  { label: "protocol-relative url", category: "url", text: "//evil.example/x" },
  { label: "https with credentials and quote", category: "url", text: `https://user:pass@evil.example/"><script>${pwn}</script>` },
  // SVG and MathML.
  { label: "svg onload", category: "svg", text: `<svg onload=alert(1)>` },
  { label: "svg script", category: "svg", text: `<svg><script>${pwn}</script></svg>` },
  { label: "svg animate href", category: "svg", text: `<svg><a><animate attributeName=href values=javascript:alert(1) /><text y=20>x</text></a></svg>` },
  { label: "math href", category: "svg", text: `<math><mtext><a href="javascript:alert(1)">x</a></mtext></math>` },
  // Broken and tricky Unicode.
  { label: "lone high surrogate", category: "unicode", text: "खबर \uD800 अंत" },
  { label: "lone low surrogate", category: "unicode", text: "\uDC00खबर" },
  { label: "overlong encoding as text", category: "unicode", text: "%C0%BCscript%C0%BE" },
  { label: "replacement and NUL", category: "unicode", text: "खबर\u0000\uFFFD\uFFFF" },
  { label: "RTL override", category: "unicode", text: "खबर \u202Egnp.exe\u202C" },
  { label: "zero-width characters", category: "unicode", text: "ख\u200Bब\u200C\u200Dर\uFEFF" },
  { label: "combining mark flood", category: "unicode", text: `क${"\u0301\u0308\u093C".repeat(300)}` },
  { label: "line and paragraph separators", category: "unicode", text: "खबर\u2028<script>\u2029" },
  { label: "fullwidth angle brackets", category: "unicode", text: "\uFF1Cscript\uFF1Ealert(1)\uFF1C/script\uFF1E" },
  { label: "emoji and astral plane", category: "unicode", text: "📰👨‍👩‍👧‍👦𝕏𝔸" },
  // SQL.
  { label: "sql quote", category: "sql", text: "' OR '1'='1" },
  { label: "sql comment", category: "sql", text: "admin'--" },
  { label: "sql union", category: "sql", text: "' UNION SELECT password_hash FROM users--" },
  { label: "sql drop", category: "sql", text: "'; DROP TABLE articles; --" },
  { label: "sql double quote", category: "sql", text: '" OR ""="' },
  // FTS5 query syntax.
  { label: "fts5 NEAR", category: "fts5", text: "NEAR(खबर दिल्ली, 2)" },
  { label: "fts5 column filter", category: "fts5", text: "headline:खबर" },
  { label: "fts5 column set", category: "fts5", text: "{headline body}: दिल्ली" },
  { label: "fts5 prefix star", category: "fts5", text: "*" },
  { label: "fts5 word star", category: "fts5", text: "दिल्ली*" },
  { label: "fts5 unbalanced parenthesis", category: "fts5", text: "(दिल्ली OR" },
  { label: "fts5 closing parenthesis", category: "fts5", text: ")) AND ((" },
  { label: "fts5 lone double quote", category: "fts5", text: '"' },
  { label: "fts5 operators only", category: "fts5", text: "AND OR NOT" },
  { label: "fts5 caret and plus", category: "fts5", text: "^खबर + -दिल्ली" },
  // Path traversal in slugs and file names.
  { label: "dot-dot slash", category: "path", text: "../../../../etc/passwd" },
  { label: "encoded dot-dot", category: "path", text: "%2e%2e%2f%2e%2e%2fetc%2fpasswd" },
  { label: "double-encoded dot-dot", category: "path", text: "%252e%252e%252fetc%252fpasswd" },
  { label: "backslash traversal", category: "path", text: "..\\..\\windows\\win.ini" },
  { label: "encoded NUL in name", category: "path", text: "photo.jpg%00.html" },
  { label: "absolute path", category: "path", text: "/etc/passwd" },
  // Template and expression syntax other engines might evaluate.
  { label: "template expression", category: "template", text: "{{constructor.constructor('alert(1)')()}}" },
  { label: "js template literal", category: "template", text: "${alert(1)}" },
  { label: "prototype key", category: "template", text: "__proto__" },
  { label: "huge single word", category: "template", text: "क".repeat(5000) },
];

/** The payloads that are meant to run script if they ever got into a page as markup. */
export const scriptPayloads = hostilePayloads.filter((payload) => ["html", "attribute", "svg", "url"].includes(payload.category));

/** Percent-encodes text; a lone surrogate becomes the bytes it would have in WTF-8, which are not UTF-8 at all. */
export function encodeSegment(text: string): string {
  // The u flag matches a valid pair as one character, so only lone surrogates are left as single units.
  return Array.from(text, (character) => (/^[\uD800-\uDFFF]$/.test(character) ? wtf8(character.charCodeAt(0)) : encodeURIComponent(character))).join("");
}

function wtf8(unit: number): string {
  return [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)].map((byte) => `%${byte.toString(16).toUpperCase()}`).join("");
}
