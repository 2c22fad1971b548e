// The browser tests use the system Chromium and Firefox; puppeteer must never try to
// download a browser (these machines cannot, and CI installs them with apt-get).
module.exports = { skipDownload: true };
