/**
 * One demo account per role, created with the demo dataset (never in
 * production: the demo data is refused there). Listed in the README.
 */
import type { NewAccount } from '../auth/user.service';
import { Role } from '../auth/role';

export const DEMO_PASSWORD = 'complaints-demo';

export const DEMO_USERS: NewAccount[] = [
  { email: 'admin@demo.example', name: 'Demo administrator', role: Role.ADMIN, password: DEMO_PASSWORD },
  { email: 'officer@demo.example', name: 'Demo complaints officer', role: Role.COMPLAINTS_OFFICER, password: DEMO_PASSWORD },
  {
    email: 'manager@demo.example',
    name: 'Demo service manager (Safeguarding: Social Care)',
    role: Role.SERVICE_MANAGER,
    password: DEMO_PASSWORD,
    serviceAreas: ['SOCIAL_CARE'],
  },
  { email: 'analyst@demo.example', name: 'Demo analyst', role: Role.ANALYST, password: DEMO_PASSWORD },
  // The councillor who oversees complaints (Complaint Handling Code §9.5–9.7): disclosed figures only, never a case.
  { email: 'member@demo.example', name: 'Demo Member Responsible for Complaints', role: Role.MEMBER, password: DEMO_PASSWORD },
];
