/** Reads a Netlify/Cloudflare `_headers` file: path patterns, each with its headers. */
export function parseHeadersFile(text: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = new Map();
      rules.set(line.trim(), current);
      continue;
    }
    const colon = line.indexOf(':');
    if (!current || colon === -1)
      throw new Error(`_headers: expected "Name: value" under a path, found "${line.trim()}"`);
    current.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return rules;
}

/** A CSP as directive name → its sources, in order. */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/**
 * Whether a `_headers` path pattern matches a URL path, as Netlify and Cloudflare Pages read it: a
 * `:name` segment matches one segment, a trailing `*` matches the rest of the path, anything else itself.
 */
export function ruleMatches(pattern: string, urlPath: string): boolean {
  const source = pattern
    .split('/')
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${source}$`).test(urlPath);
}

/** One rule of a Netlify `_redirects` file: where from, where to, the status, and whether it hides a file ("!"). */
export interface RedirectRule {
  from: string;
  to: string;
  status: number;
  force: boolean;
}

/** Reads a Netlify `_redirects` file: one rule a line, "from to [status][!]"; the status is 301 when absent. */
export function parseRedirectsFile(text: string): RedirectRule[] {
  const rules: RedirectRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) continue;
    const [from, to, code = '301', ...rest] = trimmed.split(/\s+/);
    const status = /^(\d{3})(!?)$/.exec(code);
    if (!to || !status || rest.length) throw new Error(`_redirects: expected "from to [status]", found "${trimmed}"`);
    rules.push({ from: from!, to, status: Number(status[1]), force: status[2] === '!' });
  }
  return rules;
}
