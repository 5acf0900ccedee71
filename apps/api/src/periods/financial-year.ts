/** Financial years and periods: the one definition is in @complaints/domain (dates/financial-year). */
export { financialQuarterOf, financialYearOf, financialYearRange, formatFinancialYear, isFinancialYear, monthOf, previousFinancialYear } from '@complaints/domain';
