/**
 * The <title> of a page: "Page | Site" when that fits in 70 characters (what search results
 * show), the page's own title when only that fits, else the title cut at a word with an ellipsis.
 * Link previews use the full headline (og:title), so nothing is lost to sharing.
 */
export function pageTitle(title: string, siteName: string, max = 70): string {
  if (title === siteName) return title;
  const full = `${title} | ${siteName}`;
  if (full.length <= max) return full;
  if (title.length <= max) return title;
  const cut = title.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[\s,:;–—-]+$/, '')}…`;
}
