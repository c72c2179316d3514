// Credit lines that name a reporter; "ब्यूरो रिपोर्ट", "एजेंसी" and "इनपुट: …" name nobody.
const NAMED_CREDITS = [
  /^(?<name>.+?) की रिपोर्ट$/u, // सियासी मीयर की रिपोर्ट
  /^(?:[—–-] ?)?(?:संवाददाता|रिपोर्ट|रिपोर्टर) ?: ?(?<name>.+)$/u, // संवाददाता: अमित सहगल, — रिपोर्ट: नीरज अवस्थी
];

/** The name a byline credits, to be matched against the newsroom's authors; null when the line names no one. */
export function creditedName(byline: string): string | null {
  for (const form of NAMED_CREDITS) {
    const name = form.exec(byline)?.groups?.name?.trim();
    if (name) return name;
  }
  return null;
}
