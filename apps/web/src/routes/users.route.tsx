import { ComingSoon } from '../components/ComingSoon';

export default function UsersRoute() {
  return (
    <ComingSoon title="Users">Add people, choose their roles and service areas, and deactivate accounts.</ComingSoon>
  );
}
