import { useEffect, useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useFormKey } from '../../app/useFormKey';
import { QueryState } from '../../components/QueryState';
import { LearningActionsTable } from './LearningActionsTable';
import { formatLongDate, plural } from './report-format';
import { printableReportHref, reportSearch, reportYearFromSearch, yearOptions } from './report-params';
import { contactsInYear, reportSections } from './report-sections';
import { ReportTableView } from './ReportTableView';
import { ReportYearForm } from './ReportYearForm';
import { useAnnualReportQuery, type AnnualReportData } from './useAnnualReportQuery';
import { useReportYearsQuery } from './useReportYearsQuery';
import './report.css';

/** Set when the address named a year the page could not use, so it can say so after putting the default in its place. */
interface ReportLocationState {
  unusableYear?: string;
}

/**
 * The annual report for a financial year: every table of the generated report
 * in the printed report's order, with charts where they help, notes, CSV
 * downloads and a print stylesheet. The year lives in the address (?year=2009/10).
 */
export function AnnualReportPage() {
  const location = useLocation();
  const navigate = useNavigate();
  const fromUrl = useMemo(() => reportYearFromSearch(location.search), [location.search]);
  const years = useReportYearsQuery();
  const year = fromUrl.kind === 'year' ? fromUrl.year : years.fetching ? null : years.latest;
  const yearForm = useFormKey(year ?? '');
  const unusableYear =
    fromUrl.kind === 'invalid' ? fromUrl.value : (location.state as ReportLocationState | null)?.unusableYear;

  useDocumentTitle(year ? `Annual report, ${year}` : 'Annual report');

  // Show the default year in the address too, so the address always says which report this is.
  useEffect(() => {
    if (fromUrl.kind !== 'year' && year) {
      const state: ReportLocationState | null = fromUrl.kind === 'invalid' ? { unusableYear: fromUrl.value } : null;
      navigate({ search: reportSearch(year) }, { replace: true, state });
    }
  }, [fromUrl, year, navigate]);

  const [result, reexecute] = useAnnualReportQuery(year);

  return (
    <>
      <h1 className="heading-xl">Annual report on comments and complaints{year ? `, ${year}` : ''}</h1>
      <p className="lead report-lead">
        Every table of the annual report for a financial year, counted from the records, with notes on how each is
        counted. Download any table as a spreadsheet, or print the report.
      </p>

      {unusableYear !== undefined && (
        <div className="inset-text inset-text--warning" role="status">
          <p>
            The year in the link, <code>{unusableYear}</code>, is not a financial year such as 2009/10, so the latest
            year with contacts is shown instead.
          </p>
        </div>
      )}

      {year ? (
        <>
          <ReportYearForm
            key={yearForm.key}
            year={year}
            options={yearOptions(years.years, year)}
            yearsWithData={years.years}
            onSubmit={(next) => {
              yearForm.submitted(next);
              navigate({ search: reportSearch(next) });
            }}
          />
          <p className="report-printable">
            <a href={printableReportHref(year)}>
              Printable version<span className="visually-hidden"> of the {year} annual report</span>
            </a>{' '}
            <span className="hint-inline">(the whole report on one page, to print or save as a PDF)</span>
          </p>
          <QueryState
            result={result}
            label="annual report"
            onRetry={() => reexecute({ requestPolicy: 'network-only' })}
          >
            {(data) => <ReportBody report={data.annualReport} />}
          </QueryState>
        </>
      ) : (
        <p role="status" className="query-state__status--loading">
          Loading the years with contacts…
        </p>
      )}
    </>
  );
}

function ReportBody({ report }: { report: AnnualReportData }) {
  const sections = reportSections(report);
  const contacts = contactsInYear(report);
  const year = report.financialYear;

  return (
    <div className="report">
      <p>
        Contacts, complaints and information requests received from {formatLongDate(report.from)} to{' '}
        {formatLongDate(report.to)}
        {contacts !== null && contacts > 0 ? ` (${plural(contacts, 'contact')})` : ''}, compared with{' '}
        {report.previousFinancialYear} where a table compares years.
      </p>

      {contacts === 0 && (
        <div className="inset-text report-no-data">
          <p>
            <strong>No contacts are recorded for {year}.</strong> The tables below show zeros for it, and blanks where a
            percentage cannot be worked out. Choose another year, or import the year&rsquo;s records.
          </p>
        </div>
      )}

      <p className="report-print-only">Each chart is followed by its table, which gives every number.</p>

      <nav className="report-contents" aria-labelledby="report-contents-heading">
        <h2 className="heading-m" id="report-contents-heading">
          Contents
        </h2>
        <ol className="list report-contents__list">
          {sections.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`}>{section.heading}</a>
              <ol className="list report-contents__tables">
                {section.tables.map((table) => (
                  <li key={table.id}>
                    <a href={`#${table.id}`}>{table.title}</a>
                  </li>
                ))}
              </ol>
            </li>
          ))}
          <li>
            <a href="#appendix">Appendix 1: Learning from complaints</a>
          </li>
        </ol>
      </nav>

      {sections.map((section) => (
        <section key={section.id} className="report-section" id={section.id}>
          <h2 className="heading-l" id={`${section.id}-heading`}>
            {section.heading}
          </h2>
          {section.tables.map((table) => (
            <ReportTableView key={table.id} table={table} financialYear={year} />
          ))}
        </section>
      ))}

      <section className="report-section" id="appendix">
        <h2 className="heading-l" id="appendix-heading">
          Appendix 1: Learning from complaints
        </h2>
        <p className="report-learning-captured">{report.learningCaptured.summary}</p>
        <LearningActionsTable actions={report.learningActions} financialYear={year} />
      </section>
    </div>
  );
}
