// Placeholder until the emulator lands (issue #3): lib/ tests that need Graph read GRAPH_TEST_BASE_URL.
export default function setup() {}
