/** Web addresses of requests: by reference, each `/` written as `-` (FOI/2009/0001 → /information-requests/FOI-2009-0001). */
import { referenceKey } from '@complaints/domain';

export const REGISTER_PATH = '/information-requests';

export function requestPath(reference: string): string {
  return `${REGISTER_PATH}/${encodeURIComponent(referenceKey(reference))}`;
}
