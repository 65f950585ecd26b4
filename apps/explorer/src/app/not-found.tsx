import Link from 'next/link';

/** 404 for unknown routes and unknown entity or source ids. */
export default function NotFound() {
  return (
    <section className="state">
      <h1>Not found</h1>
      <p>
        There is nothing here. Try a{' '}
        <Link prefetch={false} href="/">
          search
        </Link>
        .
      </p>
    </section>
  );
}
