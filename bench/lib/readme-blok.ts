// Bench: the part of latest.md the README shows (the machine line, the summary table and its checks), so the README's
// benchmark section is always the latest output; run.ts writes it, a test compares the two.

export const README_BEGIN = '<!-- bench:start -->';
export const README_EINDE = '<!-- bench:end -->';

export function readmeBlok(latestMd: string): string {
  const [, ...rest] = latestMd.split('\n## ')[0]?.split('\n') ?? [];
  const samenvatting = rest.join('\n').trim();
  return `${samenvatting}\n\nEvery table (bundles and init per Lambda, latency per route and concurrency, the cost lines, the scale runs) and\nwhy a goal is missed: [bench/results/latest.md](bench/results/latest.md); how each figure is measured: [bench/README.md](bench/README.md).`;
}

export function metBlok(readme: string, blok: string): string {
  const [voor, rest] = readme.split(README_BEGIN);
  const na = rest?.split(README_EINDE)[1];
  if (voor === undefined || na === undefined) throw new Error('README has no bench markers');
  return `${voor}${README_BEGIN}\n${blok}\n${README_EINDE}${na}`;
}
