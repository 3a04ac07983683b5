/** An org's slug: its name in lower-case words joined by dashes, made unique by the end of its id. */
export function orgSlug(name: string, orgId: string): string {
  const words = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `${words || 'org'}-${orgId.slice(-6)}`;
}
