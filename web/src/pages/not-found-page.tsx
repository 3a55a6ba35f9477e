import { usePageTitle } from '../components/use-page-title.ts';
import { Link } from '../router.tsx';

export function NotFoundPage() {
  usePageTitle('Page not found');
  return (
    <>
      <h1>Page not found</h1>
      <p>
        There is no page at this address. <Link href="/">Go to the studios</Link>.
      </p>
    </>
  );
}
