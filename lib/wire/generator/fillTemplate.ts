import {
  COMPANY_NAMES,
  COMPANY_TRADES,
  DEPARTMENTS,
  FESTIVALS,
  FIRST_NAMES,
  WOMEN_FIRST_NAMES,
  FOREIGN_FIRST_NAMES,
  FOREIGN_PLACES,
  FOREIGN_SURNAMES,
  INDIAN_PLACES,
  LOCAL_ISSUES,
  MONTH_NAMES,
  NAME_CONSONANTS,
  NAME_VOWEL_SIGNS,
  OFFICIALS,
  SCHEMES,
  STATES,
  SURNAMES,
  VILLAGE_ENDINGS,
  VILLAGE_ROOTS,
  WEEKDAYS,
} from "./commonVocabulary";
import { createRandom, type Random } from "./random";
import type { SectionVocabulary } from "./sectionVocabulary";

/** What one story has settled so far: the same {place} or {person} is used throughout it. */
export type StoryContext = {
  random: Random;
  section: SectionVocabulary;
  /** "city|country" or "city|state" of the dateline. */
  home: string;
  devanagariDigits: boolean;
  /** While set, a number slot keeps its value, so that headline and opening sentence quote the same figure. */
  pinNumbers: boolean;
  values: Map<string, string>;
};

/** Every combination of two lists, in a fixed shuffled order so that Zipf weights do not favour one root. */
function combinations(first: readonly string[], second: readonly string[], join: string, seed: string): string[] {
  const all = first.flatMap((a) => second.map((b) => a + join + b));
  const random = createRandom(seed);
  for (let i = all.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  return all;
}

const VILLAGES = combinations(VILLAGE_ROOTS, VILLAGE_ENDINGS, "", "villages");
const INVENTED_NAMES = 400_000;
const SYLLABLES = NAME_CONSONANTS.flatMap((consonant) => NAME_VOWEL_SIGNS.map((sign) => consonant + sign));

/** Invented name number `rank`: two or three syllables and often a village ending, the same name for the same rank. */
function inventedName(rank: number): string {
  // Scrambled so that neighbouring ranks do not share their first syllables.
  let code = Math.imul(rank + 1, 0x9e3779b1) >>> 0;
  const take = (modulus: number) => {
    const digit = code % modulus;
    code = Math.floor(code / modulus);
    return digit;
  };
  const syllables = 2 + take(2);
  let name = "";
  for (let i = 0; i < syllables; i++) name += SYLLABLES[take(SYLLABLES.length)];
  const ending = take(VILLAGE_ENDINGS.length + 6);
  return ending < VILLAGE_ENDINGS.length ? name + VILLAGE_ENDINGS[ending] : name;
}
const COMPANIES = combinations(COMPANY_NAMES, COMPANY_TRADES, " ", "companies");

const SHARED_LISTS: Record<string, readonly string[]> = {
  dept: DEPARTMENTS,
  official: OFFICIALS,
  scheme: SCHEMES,
  festival: FESTIVALS,
  issue: LOCAL_ISSUES,
  company: COMPANIES,
};

const cityOf = (entry: string) => entry.slice(0, entry.indexOf("|"));
const regionOf = (entry: string) => entry.slice(entry.indexOf("|") + 1);

type Draw = (context: StoryContext) => string;

const ENTITIES: Record<string, Draw> = {
  place: ({ random, section }) => cityOf(random.zipf(section.abroad ? FOREIGN_PLACES : INDIAN_PLACES)),
  foreign: ({ random }) => cityOf(random.zipf(FOREIGN_PLACES)),
  country: ({ random }) => regionOf(random.zipf(FOREIGN_PLACES)),
  state: ({ random }) => random.zipf(STATES),
  person: ({ random }) => `${random.zipf(FIRST_NAMES)} ${random.zipf(SURNAMES, 0.9)}`,
  woman: ({ random }) => `${random.zipf(WOMEN_FIRST_NAMES)} ${random.zipf(SURNAMES, 0.9)}`,
  fperson: ({ random }) => `${random.zipf(FOREIGN_FIRST_NAMES)} ${random.zipf(FOREIGN_SURNAMES)}`,
  weekday: ({ random }) => random.uniform(WEEKDAYS),
  // Half from a list of familiar names, half invented: the long tail of place names a real archive has.
  village: ({ random }) => (random.chance(0.5) ? random.zipf(VILLAGES) : inventedName(random.zipfRank(INVENTED_NAMES))),
};

// The unnumbered slot is the story's own: {place} is the dateline city, {state} its state.
const HOME_ENTITIES: Record<string, Draw> = {
  place: ({ home }) => cityOf(home),
  state: ({ home, section, random }) => (section.abroad ? random.zipf(STATES) : regionOf(home)),
  country: ({ home, section, random }) => (section.abroad ? regionOf(home) : regionOf(random.zipf(FOREIGN_PLACES))),
};

const DEVANAGARI_ZERO = 0x966;

export function toDevanagariDigits(text: string): string {
  return text.replace(/[0-9]/g, (digit) => String.fromCharCode(DEVANAGARI_ZERO + Number(digit)));
}

/** 1234567 → "12,34,567", the Indian grouping newspapers print. */
export function groupIndian(value: number): string {
  const digits = String(value);
  if (digits.length <= 3) return digits;
  const head = digits.slice(0, -3).replace(/\B(?=(\d{2})+$)/g, ",");
  return `${head},${digits.slice(-3)}`;
}

/** 12.0 → "12", 12.5 → "12.5". */
const tenths = (value: number) => (value % 10 === 0 ? String(value / 10) : (value / 10).toFixed(1));

const monthName = (random: Random, month: number) => random.uniform(MONTH_NAMES[month]!);

const CRORE_AMOUNTS = [12, 25, 40, 50, 75, 100, 120, 150, 200, 250, 300, 450, 500, 640, 800, 1200, 1500, 2400, 3750, 5000, 8200, 12500];

const NUMBERS: Record<string, (random: Random) => string> = {
  n: (random) => String(random.int(2, 15)),
  n2: (random) => String(random.int(10, 99)),
  count: (random) => groupIndian(random.int(12, 980) * 10),
  lakh: (random) => `${tenths(random.int(11, 450))} लाख`,
  crore: (random) => {
    const amount = groupIndian(random.zipf(CRORE_AMOUNTS, 0.6));
    return random.chance(0.5) ? `₹${amount} करोड़` : `${amount} करोड़ रुपये`;
  },
  lakhCrore: (random) => `${tenths(random.int(11, 190))} लाख करोड़ रुपये`,
  pct: (random) => `${tenths(random.int(5, 400))}${random.chance(0.7) ? " प्रतिशत" : "%"}`,
  decimal: (random) => `0.${String(random.int(1, 99)).padStart(2, "0")}`,
  decimal2: (random) => tenths(random.int(21, 79)),
  score: (random) => {
    const loser = random.int(18, 40);
    return `${loser + random.int(2, 12)}-${loser}`;
  },
  runs: (random) => String(random.int(60, 420)),
  points: (random) => String(random.int(110, 1450)),
  km: (random) => tenths(random.int(15, 250)),
  magnitude: (random) => tenths(random.int(41, 74)),
  temp: (random) => String(random.int(43, 48)),
  price: (random) => String(random.int(18, 180)),
  paise: (random) => String(random.int(3, 45)),
  fee: (random) => groupIndian(random.int(3, 30) * 50),
  mp: (random) => String(random.uniform([12, 48, 50, 64, 108, 200])),
  mah: (random) => String(random.uniform([4500, 5000, 5500, 6000, 7000])),
  age: (random) => String(random.int(15, 34)),
  year: (random) => String(random.int(2025, 2029)),
  month: (random) => monthName(random, random.int(0, 11)),
  date: (random) => `${random.int(1, 28)} ${monthName(random, random.int(0, 11))}`,
};

const SLOT = /\{([a-zA-Z]+)(\d*)\}/g;
const compiled = new Map<string, string[]>();

/** "a {x} b" → ["a ", "x", " b"]: literal text and slot names alternate. */
function compile(template: string): string[] {
  let parts = compiled.get(template);
  if (parts === undefined) {
    parts = template.split(/\{([a-zA-Z]+\d*)\}/);
    compiled.set(template, parts);
  }
  return parts;
}

export function createStoryContext(random: Random, section: SectionVocabulary, home: string, devanagariDigits: boolean): StoryContext {
  return { random, section, home, devanagariDigits, pinNumbers: false, values: new Map() };
}

/** Whether every {slot} in the template is known; checked by the tests for every template. */
export function unknownSlots(template: string, section: SectionVocabulary): string[] {
  return [...template.matchAll(SLOT)]
    .map((match) => match[1]!)
    .filter((base) => !(base in NUMBERS || base in ENTITIES || base in section.lists || base in SHARED_LISTS || base === "quote"));
}

function drawEntity(base: string, name: string, context: StoryContext): string {
  const own = name === base ? HOME_ENTITIES[base] : undefined;
  if (own !== undefined) return own(context);
  const draw = ENTITIES[base];
  if (draw !== undefined) return draw(context);
  const list = context.section.lists[base] ?? SHARED_LISTS[base];
  if (list === undefined) throw new Error(`Unknown slot {${name}} in a wire-copy template.`);
  return context.random.zipf(list);
}

function slotValue(name: string, context: StoryContext): string {
  const base = name.replace(/\d+$/, "");
  const number = NUMBERS[name] ?? NUMBERS[base];
  if (number !== undefined) {
    const pinned = context.pinNumbers ? context.values.get(`#${name}`) : undefined;
    if (pinned !== undefined) return pinned;
    const drawn = number(context.random);
    const value = context.devanagariDigits ? toDevanagariDigits(drawn) : drawn;
    if (context.pinNumbers) context.values.set(`#${name}`, value);
    return value;
  }
  const known = context.values.get(name);
  if (known !== undefined) return known;
  // {person2} must not be the same person as {person}: a few redraws, then accept a repeat from a short list.
  const taken = new Set<string>();
  for (const [key, value] of context.values) if (key.replace(/\d+$/, "") === base) taken.add(value);
  let value = drawEntity(base, name, context);
  for (let attempt = 0; attempt < 8 && taken.has(value); attempt++) value = drawEntity(base, name, context);
  context.values.set(name, value);
  return value;
}

export function fillTemplate(template: string, context: StoryContext, extra?: Record<string, string>): string {
  const parts = compile(template);
  let text = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    text += (extra?.[name] ?? slotValue(name, context)) + parts[i + 1]!;
  }
  return text;
}
