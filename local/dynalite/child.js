// Starts dynalite's own command line (same arguments) as a child of a JVM, and exits when its
// standard input closes. The JVM keeps that pipe open for as long as it lives, so a JVM that is
// killed outright (no shutdown hook runs) still leaves no dynalite behind.
process.stdin.on('end', () => process.exit(0))
process.stdin.on('error', () => process.exit(0))
process.stdin.resume()
require('./node_modules/dynalite/cli.js')
