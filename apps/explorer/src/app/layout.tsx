import type { Metadata, Viewport } from 'next';
import { Suspense, type ReactNode } from 'react';
import Link from 'next/link';
import { KeyboardShortcuts } from '../components/keyboard-shortcuts';
import { NavigationProgress } from '../components/navigation-progress';
import './globals.css';
import './theme-dark.css';
import './explorer.css';

export const metadata: Metadata = {
  title: { default: 'Newsgraph explorer', template: '%s · Newsgraph' },
  description: 'Browse companies, divisions, people, layoff events and the sentences in the news that support them.',
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#0f172a' },
    { media: '(prefers-color-scheme: dark)', color: '#020617' },
  ],
};

/** Every page reads the API at request time (never at build time). */
export const dynamic = 'force-dynamic';

const NAV = [
  { href: '/', label: 'Overview' },
  { href: '/events', label: 'Events' },
  { href: '/sources', label: 'Articles' },
  { href: '/graph', label: 'Graph' },
  { href: '/path', label: 'Path' },
  { href: '/graphiql', label: 'GraphiQL' },
];

/** The header search's id: the `/` key focuses it. */
const SITE_SEARCH_ID = 'site-search';

/** Header with the main navigation and the site search (`/`), a skip link and the page's main landmark. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <Suspense fallback={null}>
          <NavigationProgress />
        </Suspense>
        <header className="site-header">
          <Link prefetch={false} href="/" className="brand">
            Newsgraph
          </Link>
          <nav aria-label="Main">
            <ul>
              {NAV.map((item) => (
                <li key={item.href}>
                  <Link prefetch={false} href={item.href}>
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <form className="site-search" action="/search" method="get" role="search" aria-label="Site">
            <label htmlFor={SITE_SEARCH_ID} className="visually-hidden">
              Search (press /)
            </label>
            <input id={SITE_SEARCH_ID} type="search" name="q" placeholder="Search  /" required aria-keyshortcuts="/" />
          </form>
        </header>
        <KeyboardShortcuts searchId={SITE_SEARCH_ID} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <p>Every fact links to the sentence that states it.</p>
        </footer>
      </body>
    </html>
  );
}
