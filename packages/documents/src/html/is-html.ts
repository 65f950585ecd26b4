/**
 * True when text looks like an HTML page rather than prose: a doctype, `<html>`, or a head of mostly block tags.
 * Prose that mentions a tag ("Amazon <b>cut</b> jobs.") is not a page.
 */
export function isHtml(text: string): boolean {
  const head = text.slice(0, 2000).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return true;
  if (head.startsWith('<?xml') && /<html[\s>]/.test(head)) return true;
  return /<(?:body|head|div|p|article|main|section)[\s>]/i.test(head) && (head.match(/</g)?.length ?? 0) > 10;
}
