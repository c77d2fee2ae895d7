# The NRN app image: Node 24, the app, and the pinned CometBFT binary (used by `nrnd init`);
# in docker-compose.yml consensus itself runs from the official CometBFT image beside it.
FROM golang:1.23-bookworm AS cometbft
RUN go install github.com/cometbft/cometbft/cmd/cometbft@v0.38.26

FROM node:24-bookworm-slim
WORKDIR /nrn
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY . .
COPY --from=cometbft /go/bin/cometbft /usr/local/bin/cometbft
ENV NRN_HOME=/home/nrn NRN_COMETBFT_BIN=/usr/local/bin/cometbft
ENTRYPOINT ["node", "bin/nrnd.js"]
CMD ["start", "--abci-only", "--proxy_app", "tcp://0.0.0.0:26658", "--home", "/home/nrn"]
