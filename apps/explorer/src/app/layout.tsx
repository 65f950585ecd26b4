import type { Metadata, Viewport } from 'next';
import { Suspense, type ReactNode } from 'react';
import Link from 'next/link';
import { NavigationProgress } from '../components/navigation-progress';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Newsgraph explorer', template: '%s · Newsgraph' },
  description: 'Browse companies, divisions, people, layoff events and the sentences in the news that support them.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0f172a' };

/** Every page reads the API at request time (never at build time). */
export const dynamic = 'force-dynamic';

const NAV = [
  { href: '/', label: 'Overview' },
  { href: '/events', label: 'Events' },
  { href: '/graph', label: 'Graph' },
  { href: '/path', label: 'Path' },
  { href: '/graphiql', label: 'GraphiQL' },
];

/** Header with the main navigation, a skip link and the page's main landmark. */
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
          <Link href="/" className="brand">
            Newsgraph
          </Link>
          <nav aria-label="Main">
            <ul>
              {NAV.map((item) => (
                <li key={item.href}>
                  <Link href={item.href}>{item.label}</Link>
                </li>
              ))}
            </ul>
          </nav>
        </header>
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
