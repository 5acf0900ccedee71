# syntax=docker/dockerfile:1
#
# Complaints Insight API (apps/api), which also serves the built web app at "/".
# Build from the repository root:
#   docker build -f docker/api.Dockerfile -t complaints-insight-api .
# BuildKit reads docker/api.Dockerfile.dockerignore for this build.

ARG NODE_IMAGE=node:20-bookworm-slim

# ---------------------------------------------------------------------------
# Build: install every workspace's dependencies, compile api + web, then drop
# devDependencies so the runtime stage copies production modules only.
# ---------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS build

# The npm the repository pins in package.json "packageManager".
ARG NPM_VERSION=11.19.1

ENV TURBO_TELEMETRY_DISABLED=1 \
    NPM_CONFIG_UPDATE_NOTIFIER=false \
    NPM_CONFIG_FUND=false \
    NPM_CONFIG_AUDIT=false

# better-sqlite3 falls back to node-gyp when no prebuilt binary can be downloaded.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*

RUN npm install -g "npm@${NPM_VERSION}"

WORKDIR /app

# Manifests first so the dependency layer is cached until they change.
# npm ci needs the package.json of EVERY workspace in the lockfile: add a line
# here when a new apps/* or packages/* workspace is created.
COPY package.json package-lock.json ./
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
COPY packages/schema/package.json packages/schema/
COPY packages/domain/package.json packages/domain/
RUN npm ci

COPY . .
RUN npx turbo run build --filter=@complaints/api --filter=@complaints/web

# Works offline from the lockfile; keeps the compiled better-sqlite3 binary.
# The GraphQL explorer's bundle is for development only (production turns the explorer off).
RUN npm prune --omit=dev \
 && rm -rf node_modules/.cache .turbo apps/web/dist/graphiql

# ---------------------------------------------------------------------------
# Runtime: the repository layout is kept (/app = repo root) because the API
# resolves apps/web/dist and data/ relative to the repository root.
# ---------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime

# HOST must not be the API's default 127.0.0.1 inside a container.
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000

# Chart images (PNG) are drawn with the system's fonts: Liberation Sans is the
# family apps/api/src/chart-images/svg-to-png.ts asks for, DejaVu the fallback.
RUN apt-get update \
 && apt-get install -y --no-install-recommends fonts-liberation fonts-dejavu-core \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /app

# Code stays root-owned (read-only to the app); only data/ is writable, for
# the SQLite fallback used when DATABASE_URL is not set.
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/packages ./packages
COPY --from=build /app/apps/api/package.json ./apps/api/
COPY --from=build /app/apps/api/dist ./apps/api/dist
COPY --from=build /app/apps/web/package.json ./apps/web/
COPY --from=build /app/apps/web/dist ./apps/web/dist
RUN mkdir -p /app/data && chown node:node /app/data

USER node

EXPOSE 4000

# docker stop sends SIGTERM: the API stops accepting, finishes the requests in
# flight and closes its pool (apps/api/src/operations/graceful-shutdown.ts, 20 s
# at most), so give it longer than that before SIGKILL (compose: stop_grace_period).
STOPSIGNAL SIGTERM

# Healthy only when /healthz answers {"status":"ok"} (database reachable).
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/healthz', { signal: AbortSignal.timeout(4000) }).then(async (res) => { const body = await res.json(); process.exit(res.ok && body.status === 'ok' ? 0 : 1); }).catch(() => process.exit(1))"]

# The same command the deploy check runs without Docker against MariaDB
# (apps/api/src/operations/container-start.integration.test.ts). One-off tasks
# use the same image: node apps/api/dist/operations/{migrate,backup,restore,db-copy}.cli.js
CMD ["node", "apps/api/dist/main.js"]
