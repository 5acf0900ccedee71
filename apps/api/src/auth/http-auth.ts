/**
 * Authentication for every HTTP route: resolves the session from the cookie or
 * Bearer header once per request, and guards the REST routes (exports, the
 * printable report) with the same roles as GraphQL.
 */
import type { NextFunction, Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { SessionCookie } from '../graphql/context';
import { PASSWORD_CHANGE_REQUIRED_MESSAGE } from './auth-checker';
import type { Role } from './role';
import { SESSION_COOKIE, tokenFromRequest } from './request-token';
import type { DataVersions } from '../data-versions/data-versions';
import { readSession, type AuthUser } from './session.service';

declare module 'express-serve-static-core' {
  interface Request {
    user?: AuthUser | null;
    sessionToken?: string | null;
    /** The data versions read with the session (MySQL/MariaDB), for cached answers; absent otherwise. */
    dataVersions?: DataVersions;
  }
}

export function authenticate(dataSource: DataSource) {
  return async (req: Request, _res: Response, next: NextFunction) => {
    const token = tokenFromRequest(req);
    req.sessionToken = token;
    if (!token) {
      req.user = null;
      return next();
    }
    const session = await readSession(dataSource, token);
    req.user = session.user;
    req.dataVersions = session.versions;
    next();
  };
}

/** 401 without a session, 403 while a temporary password is unchanged or for a role not listed; plain-text messages. */
export function requireRole(roles: readonly Role[]) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!req.user) {
      res.status(401).type('text/plain').send('Sign in first.\n');
      return;
    }
    if (req.user.mustChangePassword) {
      res.status(403).type('text/plain').send(`${PASSWORD_CHANGE_REQUIRED_MESSAGE}\n`);
      return;
    }
    if (!roles.includes(req.user.role)) {
      res.status(403).type('text/plain').send('Your role may not do this.\n');
      return;
    }
    next();
  };
}

export function sessionCookie(res: Response, secure: boolean): SessionCookie {
  return {
    set: (token, expiresAt) =>
      res.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'strict', secure, expires: expiresAt, path: '/' }),
    clear: () => res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', secure, path: '/' }),
  };
}
