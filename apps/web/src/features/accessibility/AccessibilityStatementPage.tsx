/**
 * The accessibility statement the Public Sector Bodies (Websites and Mobile
 * Applications) Accessibility Regulations 2018 require, after GOV.UK's model
 * statement. Public, like "Have your say". Only the council's name and its
 * contact for problems are configured (ACCESSIBILITY_CONTACT_*, COUNCIL_NAME);
 * everything else is the product's own, and says honestly how it was tested.
 * The text is written here, not fetched, so it shows even when the server
 * cannot be reached.
 */
import { Link } from 'react-router';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { QueryState } from '../../components/QueryState';
import type { AccessibilityStatementQuery } from '../../graphql/graphql';
import { useAccessibilityStatementQuery } from './accessibility-statement-query';

/** When this statement was written and last reviewed against the product; change both when it is reviewed again. */
const STATEMENT_PREPARED = '28 November 2026';
const STATEMENT_REVIEWED = '28 November 2026';

type Contact = Pick<AccessibilityStatementQuery['accessibilityStatement'], 'contactEmail' | 'contactPhone'>;

/** The council's own ways to report a problem, or, when it has set none, whom to ask instead. */
function ContactDetails({ contactEmail, contactPhone }: Contact) {
  if (!contactEmail && !contactPhone) {
    return <p>Contact the Children&rsquo;s Services customer care and complaints team at the council, by any way you usually contact them.</p>;
  }
  return (
    <ul className="list list--bullet">
      {contactEmail && (
        <li>
          email <a href={`mailto:${contactEmail}`}>{contactEmail}</a>
        </li>
      )}
      {contactPhone && (
        <li>
          call <a href={`tel:${contactPhone.replace(/[^+0-9]/g, '')}`}>{contactPhone}</a>
        </li>
      )}
    </ul>
  );
}

export function AccessibilityStatementPage() {
  useDocumentTitle('Accessibility statement');
  const [result, reexecute] = useAccessibilityStatementQuery();
  const councilName = result.data?.accessibilityStatement.councilName;
  const council = councilName ?? 'the council';

  return (
    <article className="accessibility-statement">
      <h1 className="heading-xl">Accessibility statement for Complaints Insight</h1>
      <p className="lead">
        This statement applies to Complaints Insight: {council}&rsquo;s system for Children&rsquo;s Services complaints, enquiries and compliments. That includes
        the public <Link to="/have-your-say">Have your say</Link> page, the pages staff sign in to, and the charts the service publishes on other pages.
      </p>
      <p>This website is run by {council}. We want as many people as possible to be able to use it. For example, you should be able to:</p>
      <ul className="list list--bullet">
        <li>use the website with a keyboard alone, with the place you are on always shown</li>
        <li>skip straight to each page&rsquo;s main content</li>
        <li>change colours, text size and fonts using your browser or device settings</li>
        <li>read every chart&rsquo;s figures as a table, and every chart&rsquo;s description as text</li>
        <li>find out what went wrong and how to put it right when a form cannot be sent</li>
      </ul>
      <p>The &ldquo;Have your say&rdquo; page is written in plain words for children and young people.</p>

      <h2 className="heading-l">How accessible this website is</h2>
      <p>
        We do not know of any part of this website that fails the accessibility standard. But it has not yet been tested by a specialist accessibility auditor,
        or with screen readers such as JAWS, NVDA or VoiceOver, so there may be problems we have not found. If you find one, please tell us (below).
      </p>
      <p>
        If you download a chart as a PNG image to publish somewhere else, the image file carries no description of its own: give it the description shown
        under the chart as its alternative text. The SVG download carries that description inside the file, and the CSV download has every number.
      </p>

      <h2 className="heading-l">Feedback and contact information</h2>
      <p>
        If you need information on this website in a different format, such as accessible PDF, large print, easy read, audio recording or braille, or if you
        find a problem not listed on this page or think we are not meeting accessibility requirements:
      </p>
      <QueryState result={result} label="contact details" onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
        {(data) => <ContactDetails {...data.accessibilityStatement} />}
      </QueryState>
      <p>We will consider your request and get back to you.</p>

      <h2 className="heading-l">Enforcement procedure</h2>
      <p>
        The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications) (No. 2)
        Accessibility Regulations 2018 (the &lsquo;accessibility regulations&rsquo;). If you are not happy with how we respond to your complaint,{' '}
        <a href="https://www.equalityadvisoryservice.com/">contact the Equality Advisory and Support Service (EASS)</a>.
      </p>

      <h2 className="heading-l">Technical information about this website&rsquo;s accessibility</h2>
      <p>
        {councilName ?? 'The council'} is committed to making its website accessible, in accordance with the Public Sector Bodies
        (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018.
      </p>

      <h3 className="heading-m">Compliance status</h3>
      <p>
        This website is partially compliant with the <a href="https://www.w3.org/TR/WCAG22/">Web Content Accessibility Guidelines version 2.2</a> AA standard:
        it has been tested against the standard only with the automated and keyboard tests described below, not yet by a specialist.
      </p>

      <h2 className="heading-l">Non-accessible content</h2>
      <h3 className="heading-m">Non-compliance with the accessibility regulations</h3>
      <p>We have found no content that fails the WCAG 2.2 AA success criteria. We will list here anything the specialist audit finds, until it is fixed.</p>
      <h3 className="heading-m">Disproportionate burden</h3>
      <p>We are not claiming that fixing any part of this website would be a disproportionate burden.</p>

      <h2 className="heading-l">What we are doing to improve accessibility</h2>
      <p>
        Every change to Complaints Insight is checked before it is released: each page is tested automatically in the Chromium browser against the WCAG 2.2 A
        and AA rules of the axe-core checker, and the main tasks are tested using a keyboard alone. The next step is an audit by an accessibility specialist,
        with testing in screen readers; this statement will be updated with what it finds.
      </p>

      <h2 className="heading-l">Preparation of this accessibility statement</h2>
      <p>
        This statement was prepared on {STATEMENT_PREPARED}. It was last reviewed on {STATEMENT_REVIEWED}. The website was last tested on {STATEMENT_REVIEWED}{' '}
        by Complaints Insight&rsquo;s developers, using the automated and keyboard tests described above, on every page.
      </p>
    </article>
  );
}
