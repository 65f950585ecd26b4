/** The site search: a GET form to /search with a labelled `<input type="search" name="q">`. */
export function SearchForm({ defaultValue = '', autoFocus = false }: { defaultValue?: string; autoFocus?: boolean }) {
  return (
    <form className="search-form" action="/search" method="get" role="search">
      <div className="field grow">
        <label htmlFor="q">Search companies, divisions and people</label>
        <input
          id="q"
          type="search"
          name="q"
          defaultValue={defaultValue}
          placeholder="e.g. Jassy, AWS, Amazon"
          autoFocus={autoFocus}
          required
        />
      </div>
      <button type="submit">Search</button>
    </form>
  );
}
