/**
 * Astro writes the rule that keeps its island wrappers out of layout as a <style> just before the
 * first island, inside <body>, where HTML does not allow <style>. This moves it, unchanged (so its CSP
 * hash still matches), to the end of <head>. Pure: HTML in, HTML out; pages without it are returned as they are.
 */
const ISLAND_STYLE = /<style>astro-island,astro-slot,astro-static-slot\{display:contents\}<\/style>/;

export function hoistIslandStyle(html: string): string {
  const match = ISLAND_STYLE.exec(html);
  const headEnd = html.indexOf('</head>');
  if (!match || headEnd === -1 || match.index < headEnd) return html;
  const without = html.slice(0, match.index) + html.slice(match.index + match[0].length);
  return without.slice(0, headEnd) + match[0] + without.slice(headEnd);
}
