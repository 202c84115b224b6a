# Production image: the custom server (Next.js + socket.io) on Node 20.
FROM node:20-bookworm-slim

ENV NEXT_TELEMETRY_DISABLED=1 \
    TZ=UTC
WORKDIR /app

# Dependencies first, for layer caching. `npm ci` installs exactly the locked versions and
# runs the postinstall step, which generates the Prisma client from prisma/schema.prisma.
COPY package.json package-lock.json ./
COPY prisma ./prisma
COPY src/cli/generate-client.mjs ./src/cli/generate-client.mjs
RUN npm ci --no-audit --no-fund

COPY . .
RUN npm run build

ENV NODE_ENV=production \
    PORT=3000 \
    HOST=0.0.0.0
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
# Applies pending migrations, then serves on $PORT.
CMD ["npm", "start"]
