import { Link } from 'react-router';
import { useDocumentTitle } from '../app/useDocumentTitle';

export default function NotFoundRoute() {
  useDocumentTitle('Page not found');
  return (
    <>
      <h1 className="heading-xl">Page not found</h1>
      <p>If you typed the web address, check it is correct. If you pasted it, check you copied the entire address.</p>
      <p>
        <Link to="/">Go to the home page</Link>
      </p>
    </>
  );
}
