// Reading a hash route (#/campaign/<key>?at=…), apart from the React hook in route.ts so the
// page's first script (early.ts) can read it without loading React.

export interface Route {
  view: string;
  params: string[];
  query: URLSearchParams;
}

export function parseRoute(hash: string): Route {
  const [path = '', search = ''] = hash.replace(/^#\/?/, '').split('?');
  const [view = '', ...params] = path.split('/').filter(Boolean).map(decodeURIComponent);
  return { view, params, query: new URLSearchParams(search) };
}
