import type { Locator, Page, Response } from 'playwright-core';

/** What a click on an in-page link did. */
export interface ClickedNavigation {
  /** True when the document survived: the App Router swapped the page in place (no full load). */
  stayedInDocument: boolean;
  /** RSC payload requests (`RSC: 1`, `?_rsc=`) the click made itself, not prefetches: `<status> <url>`. */
  rscRequests: string[];
  /** Those of them that did not answer 200. */
  failedRscRequests: string[];
}

const MARKER = '__newsgraphNavigationMarker';

function isNavigationRsc(response: Response): boolean {
  const headers = response.request().headers();
  return headers['rsc'] === '1' && !headers['next-router-prefetch'] && !headers['next-router-segment-prefetch'];
}

/**
 * Marks the current document, clicks `link`, waits until the address matches `url` and `ready` is shown, and tells
 * whether the mark survived (a client-side navigation) and which RSC payload requests the click made. A link whose
 * payload request fails (e.g. a 404) makes the router fall back to a full load: the mark is gone.
 */
export async function clickAndFollow(
  page: Page,
  link: Locator,
  url: (url: URL) => boolean,
  ready: string,
): Promise<ClickedNavigation> {
  await page.evaluate((name) => {
    (window as unknown as Record<string, boolean>)[name] = true;
  }, MARKER);
  const rscRequests: string[] = [];
  const failedRscRequests: string[] = [];
  const onResponse = (response: Response) => {
    if (!isNavigationRsc(response)) return;
    const line = `${response.status()} ${response.url()}`;
    rscRequests.push(line);
    if (response.status() !== 200) failedRscRequests.push(line);
  };
  page.on('response', onResponse);
  try {
    await link.click();
    await page.waitForURL(url);
    await page.locator(ready).first().waitFor();
  } finally {
    page.off('response', onResponse);
  }
  const stayedInDocument = await page.evaluate(
    (name) => (window as unknown as Record<string, boolean | undefined>)[name] === true,
    MARKER,
  );
  return { stayedInDocument, rscRequests, failedRscRequests };
}
