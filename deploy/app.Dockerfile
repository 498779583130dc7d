# The site's image for deploy/docker-compose.production.yml (build context: the repository root).
# The build itself runs when the stack starts (the `build` service): `next build` prerenders every
# published page from the production database, which does not exist while an image is built.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
ENV NODE_ENV=production
EXPOSE 3000
CMD ["npm", "start"]
