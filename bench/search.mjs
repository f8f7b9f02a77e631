// Search libraries for the portal's Ctrl/Cmd-K dialog, compared: MiniSearch (what ships), FlexSearch
// and Orama, on the portal's real documents and on 1,000 generated pages. Build time, serialized
// index bytes (raw and gzip), load time, query latency on the index loaded back from its serialized
// form, and the share of queries that find anything. Prints a table; `--update-readme` writes it
// into bench/README.md.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { create, insertMultiple, load, save, search } from "@orama/orama";
import FlexSearch from "flexsearch";
import MiniSearch from "minisearch";
import { tsImport } from "tsx/esm/api";

const SYNTHETIC_PAGES = 1000;
const SEED = 20261125;
const QUERY_COUNT = 200;
const TIMED_ROUNDS = 5;
/** Query p95 the issue asks for at 1,000 pages. */
const P95_TARGET_MS = 20;
/** Results asked of the libraries that take a limit; the dialog shows at most 8 per group. */
const LIMIT = 50;

const root = new URL("../", import.meta.url);
const versions = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")).dependencies;
// The very options the portal builds the index with and the dialog queries with.
const { SEARCH_OPTIONS, namedFirst } = await tsImport("../apps/portal/src/lib/search-options.ts", import.meta.url);
const FIELDS = SEARCH_OPTIONS.fields;
const BOOST = SEARCH_OPTIONS.searchOptions.boost;

const squash = (text) => text.replace(/\s+/g, " ").trim();
const read = (path) => readFileSync(new URL(path, root), "utf8");

/**
 * The documents of the built `/search-index.json`: its stored fields, and for `code`, which the
 * index does not store, the terms indexed under that field.
 */
function documentsFromBuild(json) {
  const raw = JSON.parse(json);
  const codeField = String(raw.fieldIds.code);
  const code = new Map();
  for (const [term, fields] of raw.index) {
    for (const shortId of Object.keys(fields[codeField] ?? {})) code.set(shortId, `${code.get(shortId) ?? ""} ${term}`);
  }
  return Object.entries(raw.documentIds).map(([shortId, id]) => ({
    id,
    ...raw.storedFields[shortId],
    code: (code.get(shortId) ?? "").trim(),
  }));
}

/** Markdown as a reader sees it: link text without targets, no emphasis, list or table markup. */
const plain = (markdown) =>
  markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/^\s*\|?(\s*:?-+:?\s*\|)+\s*$/gm, " ")
    .replace(/^\s*(?:[-*>]|\d+\.)\s/gm, " ")
    .replace(/[`*]/g, "")
    .replace(/\|/g, " ");
/** The anchor rehype-slug gives a heading. */
const slug = (heading) =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
const frontmatterField = (source, name) => {
  const value = new RegExp(`^${name}: (.*)$`, "m").exec(source)?.[1] ?? "";
  return value.startsWith('"') ? JSON.parse(value) : value;
};

/** A page split at its h2/h3 headings, fenced code apart, as `renderMdx` collects sections. */
function pageSections(body) {
  const sections = [{ id: "", heading: "", text: "", code: "" }];
  let inFence = false;
  for (const line of body.split("\n")) {
    const section = sections.at(-1);
    const heading = /^#{2,3} (.+)$/.exec(line);
    if (line.startsWith("```")) inFence = !inFence;
    else if (inFence) section.code += ` ${line}`;
    else if (heading) {
      const text = heading[1].replaceAll("`", "");
      sections.push({ id: slug(text), heading: text, text: "", code: "" });
    } else section.text += ` ${plain(line)}`;
  }
  return sections;
}

const OPERATION =
  /operationId: "(\w+)",\s*method: "(\w+)",\s*path: "([^"]+)",(?:\s*server: "[^"]*",)?\s*summary: ("(?:[^"\\]|\\.)*"),\s*description:\s*("(?:[^"\\]|\\.)*"),\s*tag: "([^"]+)"/g;

/** Operation fields read from a schemas source file; fails loudly if the file's layout changed. */
function operationsIn(path) {
  const source = read(path);
  const operations = [...source.matchAll(OPERATION)].map(
    ([, operationId, method, opPath, summary, description, tag]) => ({
      operationId,
      method,
      path: opPath,
      summary: JSON.parse(summary),
      description: JSON.parse(description),
      tag,
    }),
  );
  if (operations.length !== source.split("operationId:").length - 1) {
    throw new Error(`${path}: could not read every operation; update OPERATION in bench/search.mjs`);
  }
  return operations;
}

/**
 * What `searchDocuments()` produces, rebuilt from the same sources when there is no build: MDX
 * sections from content/, operations and error codes from packages/schemas.
 */
function documentsFromSources() {
  const documents = [];
  const [provision] = operationsIn("packages/schemas/src/openapi/operations.ts");
  const products = readdirSync(new URL("content/", root), { withFileTypes: true }).filter((e) => e.isDirectory());
  for (const { name: product } of products) {
    const { name: productName } = JSON.parse(read(`content/${product}/_product.json`));
    for (const file of readdirSync(new URL(`content/${product}/`, root)).filter((f) => f.endsWith(".mdx"))) {
      const source = read(`content/${product}/${file}`);
      const [, frontmatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
      const title = frontmatterField(frontmatter, "title");
      const href = `/${product}/${file.slice(0, -".mdx".length)}`;
      for (const section of pageSections(body)) {
        if (!section.id && !squash(section.text)) continue;
        documents.push({
          id: `${href}#${section.id}`,
          kind: "section",
          title: section.heading || title,
          href: section.id ? `${href}#${section.id}` : href,
          context: `${productName} · ${title}`,
          text: squash(section.id ? section.text : `${frontmatterField(frontmatter, "description")} ${section.text}`),
          code: squash(section.code),
        });
      }
    }
    const operationsFile = `packages/schemas/src/openapi/${product}-operations.ts`;
    if (!existsSync(new URL(operationsFile, root))) continue;
    for (const op of [...operationsIn(operationsFile), provision]) {
      documents.push({
        id: `${product}:${op.operationId}`,
        kind: "operation",
        title: `${op.method.toUpperCase()} ${op.path}`,
        href: `/${product}/reference#${op.operationId}`,
        context: `${productName} · ${op.tag}`,
        text: `${op.summary}. ${op.description}`,
        code: op.operationId,
      });
    }
  }
  const errorCodes = /ERROR_CODES = \[([\s\S]*?)\]/.exec(read("packages/schemas/src/common.ts"))[1];
  for (const [, code] of errorCodes.matchAll(/"(\w+)"/g)) {
    documents.push({
      id: `error:${code}`,
      kind: "error",
      title: code,
      href: "/throttle/conventions#errors",
      context: "Error codes · the error envelope",
      text: `error.code ${code.replaceAll("_", " ")}`,
      code,
    });
  }
  return documents;
}

/** mulberry32: small, seeded, and the same sequence on every machine. */
function prng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Words of the real documents, most frequent first, and their code identifiers. */
function vocabularyOf(documents) {
  const counts = new Map();
  for (const doc of documents) {
    for (const word of `${doc.title} ${doc.text}`.toLowerCase().match(/\p{L}{3,}/gu) ?? []) {
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  const words = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word);
  const identifiers = [
    ...new Set(documents.flatMap((doc) => doc.code.match(/[A-Za-z][\w-]*(?:[_-]|[a-z][A-Z])\w*/g) ?? [])),
  ].sort();
  return { words, identifiers };
}

/**
 * `pages` docs pages of several headed sections each, one document per section as the portal
 * indexes them. Three words in four come from the real documents, frequent ones more often; the
 * rest from a larger pool of made-up words, so the term dictionary grows as a real site's would.
 */
function syntheticDocuments(realDocuments, pages) {
  const random = prng(SEED);
  const { words, identifiers } = vocabularyOf(realDocuments);
  const syllables = ["ka", "lo", "ren", "ti", "sar", "mu", "vel", "do", "qui", "pan", "ex", "tor", "ba", "lin", "os"];
  const pick = (list) => list[Math.floor(random() * list.length)];
  const madeUp = Array.from({ length: 20000 }, () =>
    Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(syllables)).join(""),
  );
  const skewed = (list) => list[Math.floor(list.length * random() ** 2)];
  const word = () => (random() < 0.75 ? skewed(words) : skewed(madeUp));
  const phrase = (n) => Array.from({ length: n }, word).join(" ");
  const capital = (text) => text[0].toUpperCase() + text.slice(1);
  const identifier = () => {
    const kind = random();
    if (kind < 0.4) return pick(identifiers);
    if (kind < 0.7) return `${word()}${capital(word())}`;
    return `${word()}_${word()}`;
  };
  const documents = [];
  for (let page = 0; page < pages; page++) {
    const title = capital(phrase(2 + Math.floor(random() * 3)));
    const href = `/product-${page % 12}/${slug(title)}-${page}`;
    const sections = 3 + Math.floor(random() * 6);
    for (let s = 0; s < sections; s++) {
      const heading = s === 0 ? "" : capital(phrase(2 + Math.floor(random() * 4)));
      const sentence = () => `${capital(phrase(6 + Math.floor(random() * 14)))}.`;
      const sentences = Array.from({ length: 3 + Math.floor(random() * 6) }, sentence);
      documents.push({
        id: `${href}#${slug(heading)}`,
        kind: "section",
        title: heading || title,
        href: heading ? `${href}#${slug(heading)}` : href,
        context: `Product ${page % 12} · ${title}`,
        text: sentences.join(" "),
        code: Array.from({ length: Math.floor(random() * 10) }, identifier).join(" "),
      });
    }
  }
  return documents;
}

/**
 * The same 200 queries for every library and corpus: what readers of these docs type, including
 * half-typed prefixes and typos, then more of each kind drawn from the real documents' words.
 */
function queriesFor(realDocuments) {
  const random = prng(SEED + 1);
  const { words } = vocabularyOf(realDocuments);
  const longWords = words.filter((w) => w.length >= 6);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const typo = (w) => {
    const at = 1 + Math.floor(random() * (w.length - 2));
    return random() < 0.5 ? w.slice(0, at) + w.slice(at + 1) : w.slice(0, at) + w[at + 1] + w[at] + w.slice(at + 2);
  };
  const pairs = realDocuments.flatMap((doc) => {
    const tokens = doc.text.toLowerCase().match(/\p{L}{4,}/gu) ?? [];
    return tokens.slice(1).map((t, i) => [tokens[i], t]);
  });
  const queries = [
    "idem",
    "idempotency",
    "Idempotency-Key",
    "rate lim",
    "rate limit",
    "pagination",
    "cursor",
    "camelCase",
    "unrecognized_keys",
    "missing_application_id",
    "validation error",
    "retry backoff",
    "sandbox key",
    "line items",
    "X-Request-Id",
    "csv import",
    "audit",
    "paginaton",
    "idempotncy key",
    "quantum vulnerable",
  ];
  const kinds = [
    () => pick(words),
    () => pick(longWords).slice(0, 3 + Math.floor(random() * 3)),
    () => pick(pairs).join(" "),
    () => {
      const [first, second] = pick(pairs);
      return `${first} ${second.slice(0, 3)}`;
    },
    () => typo(pick(longWords)),
  ];
  for (let i = 0; queries.length < QUERY_COUNT; i++) queries.push(kinds[i % kinds.length]());
  return queries;
}

const ORAMA_SCHEMA = Object.fromEntries(FIELDS.map((field) => [field, "string"]));
/** threshold 0: every term must match, as the dialog's AND; tolerance 1: one edit. */
const ORAMA_QUERY = { properties: FIELDS, boost: BOOST, tolerance: 1, threshold: 0, limit: LIMIT };
const flexIndex = () =>
  new FlexSearch.Document({
    // Forward tokenizing gives prefix matches; the LatinBalance encoder some typo tolerance.
    tokenize: "forward",
    encoder: FlexSearch.Charset.LatinBalance,
    document: { id: "id", index: FIELDS, store: SEARCH_OPTIONS.storeFields },
  });

/**
 * Each library as its documentation suggests for prefix, typo-tolerant search, storing what the
 * dialog shows. `build` returns what the browser would download; `load` is what it would run.
 */
const LIBRARIES = [
  {
    name: `MiniSearch ${versions.minisearch} (ships)`,
    build(documents) {
      const index = new MiniSearch(SEARCH_OPTIONS);
      index.addAll(documents);
      return JSON.stringify(index);
    },
    load: (json) => MiniSearch.loadJSON(json, SEARCH_OPTIONS),
    // The dialog's own call: SEARCH_OPTIONS.searchOptions, plus the exact match on names.
    search: (index, query) => index.search(namedFirst(query)).length,
  },
  {
    name: `FlexSearch ${versions.flexsearch} (Document)`,
    build(documents) {
      const index = flexIndex();
      // Numeric ids, as FlexSearch advises: its index repeats an id under every prefix of a term.
      for (const [i, doc] of documents.entries()) index.add(i, doc);
      const chunks = [];
      index.export((key, data) => {
        chunks.push([key, data]);
      });
      return JSON.stringify(chunks);
    },
    load(json) {
      const index = flexIndex();
      for (const [key, data] of JSON.parse(json)) index.import(key, data);
      return index;
    },
    search: (index, query) => index.search(query, { limit: LIMIT, enrich: true, merge: true }).length,
  },
  {
    name: `Orama ${versions["@orama/orama"]}`,
    build(documents) {
      const db = create({ schema: ORAMA_SCHEMA });
      insertMultiple(db, documents);
      return JSON.stringify(save(db));
    },
    load(json) {
      const db = create({ schema: ORAMA_SCHEMA });
      load(db, JSON.parse(json));
      return db;
    },
    search: (db, query) => search(db, { term: query, ...ORAMA_QUERY }).hits.length,
  },
];

const elapsedMs = (start) => Number(process.hrtime.bigint() - start) / 1e6;
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const median = (values) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)];

function measure(library, documents, queries) {
  const builds = [];
  let json = "";
  for (let run = 0; run < 3; run++) {
    const start = process.hrtime.bigint();
    json = library.build(documents);
    builds.push(elapsedMs(start));
  }
  const loadStart = process.hrtime.bigint();
  const index = library.load(json);
  const loadMs = elapsedMs(loadStart);
  const found = queries.filter((query) => library.search(index, query) > 0).length;
  for (const query of queries) library.search(index, query);
  const samples = [];
  for (let round = 0; round < TIMED_ROUNDS; round++) {
    for (const query of queries) {
      const start = process.hrtime.bigint();
      library.search(index, query);
      samples.push(elapsedMs(start));
    }
  }
  samples.sort((a, b) => a - b);
  return {
    buildMs: median(builds),
    raw: Buffer.byteLength(json),
    gzip: gzipSync(json).length,
    loadMs,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    found: found / queries.length,
  };
}

const builtIndex = new URL("apps/portal/.next/server/app/search-index.json.body", root);
const fromBuild = existsSync(builtIndex);
const real = fromBuild ? documentsFromBuild(readFileSync(builtIndex, "utf8")) : documentsFromSources();
const synthetic = syntheticDocuments(real, SYNTHETIC_PAGES);
const queries = queriesFor(real);
const corpora = [
  { label: "real", documents: real },
  { label: `${SYNTHETIC_PAGES.toLocaleString("en")} pages`, documents: synthetic },
];

const kib = (bytes) => (bytes / 1024).toFixed(1);
const ms = (value) => value.toFixed(value < 0.1 ? 3 : value < 10 ? 2 : 0);
const rows = [];
for (const corpus of corpora) {
  for (const library of LIBRARIES) {
    const r = measure(library, corpus.documents, queries);
    rows.push(
      `| ${library.name} | ${corpus.label} | ${corpus.documents.length} | ${ms(r.buildMs)} | ${kib(r.raw)} | ${kib(r.gzip)} | ${ms(r.loadMs)} | ${ms(r.p50)} | ${ms(r.p95)} | ${r.p95 <= P95_TARGET_MS ? "within" : "OVER"} | ${Math.round(r.found * 100)}% |`,
    );
  }
}

const table = [
  `| library | corpus | documents | build ms | index KiB | index KiB (gzip) | load ms | query p50 ms | query p95 ms | p95 ≤ ${P95_TARGET_MS} ms | queries with a result |`,
  "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |",
  ...rows,
].join("\n");
console.log(table);

if (process.argv.includes("--update-readme")) {
  const readme = new URL("./README.md", import.meta.url);
  const source = fromBuild ? "the built `/search-index.json`" : "content/ and packages/schemas (no build found)";
  const stamp = `Measured ${new Date().toISOString().slice(0, 10)} on ${process.platform} ${process.arch}, Node ${process.version}. Real corpus from ${source}; ${queries.length} queries, ${TIMED_ROUNDS} timed runs each after a warm-up.`;
  const section = `<!-- search:start -->\n${stamp}\n\n${table}\n<!-- search:end -->`;
  writeFileSync(
    readme,
    readFileSync(readme, "utf8").replace(/<!-- search:start -->[\s\S]*<!-- search:end -->/, section),
  );
}
