/** The webmail clients whose open message "Log this email" can read. */
export const WEBMAILS = ['gmail', 'outlook', 'yahoo', 'proton', 'fastmail', 'icloud'] as const;
export type Webmail = (typeof WEBMAILS)[number];

export const WEBMAIL_NAMES: Record<Webmail, string> = {
  gmail: 'Gmail',
  outlook: 'Outlook',
  yahoo: 'Yahoo Mail',
  proton: 'Proton Mail',
  fastmail: 'Fastmail',
  icloud: 'iCloud Mail',
};

// Hosts each client serves its mail app from (personal and work accounts, old and new addresses).
const HOSTS: readonly { webmail: Webmail; host: RegExp; path?: RegExp }[] = [
  { webmail: 'gmail', host: /^mail\.google\.com$/ },
  { webmail: 'outlook', host: /^(?:outlook\.live\.com|outlook\.office\.com|outlook\.office365\.com|outlook\.cloud\.microsoft)$/, path: /^\/(?:mail|owa)\b/ },
  { webmail: 'yahoo', host: /^mail\.yahoo\.com$|^[a-z]{2}\.mail\.yahoo\.com$/ },
  { webmail: 'proton', host: /^(?:mail\.proton\.me|mail\.protonmail\.com)$/ },
  { webmail: 'fastmail', host: /^(?:app\.fastmail\.com|www\.fastmail\.com|beta\.fastmail\.com)$/, path: /^\/mail\b/ },
  { webmail: 'icloud', host: /^(?:www\.)?icloud\.com$/, path: /^\/mail\b/ },
];

/** Which webmail a tab's address is, or null: only these get "Log this email" in the popup. */
export function webmailOf(url: string | null | undefined): Webmail | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  const host = parsed.hostname.toLowerCase();
  for (const entry of HOSTS) {
    if (entry.host.test(host) && (!entry.path || entry.path.test(parsed.pathname))) return entry.webmail;
  }
  return null;
}
