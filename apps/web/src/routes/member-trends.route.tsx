export { MemberTrendsPage as default } from '../features/member/MemberTrendsPage';
