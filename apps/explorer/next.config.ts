import type { NextConfig } from 'next';

/** Workspace packages ship TypeScript source, so Next compiles them. */
const nextConfig: NextConfig = {
  transpilePackages: ['@newsgraph/client', '@newsgraph/config'],
  poweredByHeader: false,
  reactStrictMode: true,
  /**
   * Browsers ask for /favicon.ico on their own whenever they have not (yet) seen the page's icon link — Next streams
   * metadata, so a fast page can finish before its head's link is read — and a 404 there is a console error on an
   * otherwise clean page. The app's one icon (app/icon.svg) answers that address too.
   */
  rewrites: async () => [{ source: '/favicon.ico', destination: '/icon.svg' }],
};

export default nextConfig;
