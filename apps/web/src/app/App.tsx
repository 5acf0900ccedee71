import { HomePage } from '../features/home/HomePage';

/**
 * The page frame: skip link, header, main navigation and the main landmark.
 * Feature pages render inside <main>; when a router is added, replace
 * <HomePage /> with the route outlet and turn the nav items into router links
 * (keeping aria-current="page" on the active one).
 */
export function App() {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>

      <header className="site-header">
        <div className="width-container site-header__inner">
          <a className="site-header__product" href="/">
            Complaints Insight
          </a>
          <span className="site-header__service">Children&rsquo;s Services</span>
        </div>
      </header>

      <nav className="site-nav" aria-label="Main">
        <div className="width-container">
          <ul className="site-nav__list">
            <li>
              <a className="site-nav__link" href="/" aria-current="page">
                Home
              </a>
            </li>
            {/* Trend explorer, annual report, action tracker and case work go here. */}
          </ul>
        </div>
      </nav>

      <div className="width-container">
        {/* tabIndex -1 lets the skip link move keyboard focus here, not just scroll. */}
        <main id="main" className="main" tabIndex={-1}>
          <HomePage />
        </main>
      </div>

      <footer className="site-footer">
        <div className="width-container">
          <p>Complaints Insight &middot; Children&rsquo;s Services complaints, enquiries and compliments</p>
        </div>
      </footer>
    </>
  );
}
