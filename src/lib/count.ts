/** "1 story", "3 stories", "no stories": a number with its noun, in English. */
export function count(n: number, one: string, many: string): string {
  if (n === 0) return `no ${many}`;
  return `${n} ${n === 1 ? one : many}`;
}
