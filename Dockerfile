# Production image: the API serving the built SPA. Migrations run before the server starts.
FROM node:20.20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx nx run-many -t build -p api web

FROM node:20.20-bookworm-slim
ENV NODE_ENV=production
# Listen on every interface inside the container (outside production the default is 127.0.0.1).
ENV HOST=0.0.0.0
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --omit=optional --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
USER node
EXPOSE 3000
CMD ["sh", "-c", "node dist/apps/api/cli.js migrate && exec node --enable-source-maps dist/apps/api/main.js"]
