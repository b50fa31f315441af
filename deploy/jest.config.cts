// Checks of the deployment files (docker-compose.yml, the Helm chart): no service runs.
module.exports = require('../jest.preset.cjs')(__dirname, { displayName: 'deploy', testTimeout: 300_000 });
