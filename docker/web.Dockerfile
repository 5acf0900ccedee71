# syntax=docker/dockerfile:1
#
# Complaints Insight web app (apps/web) served by nginx, which proxies
# /graphql, /healthz and /export to the API.
# Build from the repository root:
#   docker build -f docker/web.Dockerfile -t complaints-insight-web .
# BuildKit reads docker/web.Dockerfile.dockerignore for this build.

ARG NODE_IMAGE=node:20-bookworm-slim
# NGINX's own unprivileged build of the official image: runs as the nginx user
# (uid 101), listens on 8080, keeps its pid and caches where that user may write.
ARG NGINX_IMAGE=nginxinc/nginx-unprivileged:alpine

# ---------------------------------------------------------------------------
# Build the static bundle (apps/web/dist).
# ---------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS build

# The npm the repository pins in package.json "packageManager".
ARG NPM_VERSION=11.19.1

ENV TURBO_TELEMETRY_DISABLED=1 \
    NPM_CONFIG_UPDATE_NOTIFIER=false \
    NPM_CONFIG_FUND=false \
    NPM_CONFIG_AUDIT=false

RUN npm install -g "npm@${NPM_VERSION}"

WORKDIR /app

# npm ci needs the package.json of EVERY workspace in the lockfile: add a line
# here when a new apps/* or packages/* workspace is created.
COPY package.json package-lock.json ./
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
COPY packages/schema/package.json packages/schema/
COPY packages/domain/package.json packages/domain/
# --ignore-scripts: the web build needs no native addons (better-sqlite3 is
# the API's), so no compiler toolchain is needed in this image.
RUN npm ci --ignore-scripts

COPY . .
RUN npx turbo run build --filter=@complaints/web

# ---------------------------------------------------------------------------
# Serve it. docker/nginx.conf is a template: the image's entrypoint fills in
# ${API_UPSTREAM} and ${NGINX_LOCAL_RESOLVERS} (from /etc/resolv.conf) and
# writes /etc/nginx/conf.d/default.conf on start.
# ---------------------------------------------------------------------------
FROM ${NGINX_IMAGE} AS runtime

ENV API_UPSTREAM=http://api:4000 \
    NGINX_ENTRYPOINT_LOCAL_RESOLVERS=1 \
    NGINX_ENVSUBST_FILTER="API_UPSTREAM|NGINX_LOCAL_RESOLVERS"

# The image's own files are root's; nginx (uid 101) only reads them.
USER root
RUN rm -f /etc/nginx/conf.d/default.conf && rm -rf /usr/share/nginx/html/*
COPY docker/nginx.conf /etc/nginx/templates/default.conf.template
# The GraphQL explorer's bundle (dist/graphiql) is for development only: production turns the explorer off.
COPY --from=build /app/apps/web/dist /usr/share/nginx/html
RUN rm -rf /usr/share/nginx/html/graphiql
USER nginx

EXPOSE 8080

# Checks nginx itself (not the API), so the web container stays up and can
# show its own error state while the API restarts.
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
  CMD ["wget", "-q", "-O", "/dev/null", "http://127.0.0.1:8080/"]
