# syntax=docker/dockerfile:1
# Base Image Advisor itself: build the static site, then serve dist/ with nginx as a non-root user,
# gzip on, a health check, and a Content-Security-Policy where only embed.html may be framed.
#   docker build -t base-image-advisor .            (add --build-arg BASE_PATH=/advisor/ for a sub-path)
#   docker run --rm -p 8080:8080 base-image-advisor

# Pin by digest for repeatable builds: FROM node:22-bookworm-slim@sha256:<digest>
#   (the digest comes from: docker buildx imagetools inspect node:22-bookworm-slim)
FROM node:22-bookworm-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm \
    npm ci --no-audit --no-fund
COPY . .
ARG BASE_PATH=/
RUN BASE_PATH="${BASE_PATH}" npm run build

# Pin by digest for repeatable builds: FROM nginxinc/nginx-unprivileged:1.31-alpine@sha256:<digest>
#   (the digest comes from: docker buildx imagetools inspect nginxinc/nginx-unprivileged:1.31-alpine)
FROM nginxinc/nginx-unprivileged:1.31-alpine AS runtime
COPY deploy/nginx.conf /etc/nginx/conf.d/default.conf
# A sub-path build is served from the same sub-path, so no proxy has to strip the prefix.
ARG BASE_PATH=/
COPY --from=build /src/dist /usr/share/nginx/html${BASE_PATH}
# The image's own unprivileged user (uid 101), numeric so that runAsNonRoot accepts it.
USER 101
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=5s --retries=3 \
  CMD ["wget", "-q", "-O", "/dev/null", "http://127.0.0.1:8080/healthz"]
